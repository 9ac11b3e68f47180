namespace DataSteward.Tests.Rules;

public sealed class DS0005TelemetryTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Diagnostics.Metrics;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task Activity_tags_baggage_and_events()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service
            {
                private static readonly ActivitySource Source = new("Register");

                void Run(Citizen citizen)
                {
                    using Activity? activity = Source.StartActivity("register");
                    activity?.SetTag("citizen.email", {|DS0005:citizen.Email|});
                    activity?.AddTag("citizen.nir", {|DS0005:citizen.Nir|});
                    activity?.SetBaggage("citizen", {|DS0005:citizen.FullName|});
                    activity?.AddBaggage("born", {|DS0005:citizen.BirthDate.ToString()|});
                    activity?.SetTag("citizen.municipality", citizen.Municipality);
                    activity?.SetTag("citizen.id", citizen.Id);
                    activity?.AddEvent(new ActivityEvent("registered", tags: {|DS0005:new ActivityTagsCollection { ["email"] = citizen.Email }|}));
                    var tags = new ActivityTagsCollection();
                    tags["nir"] = citizen.Nir;
                    activity?.AddEvent(new ActivityEvent("checked", tags: {|DS0005:tags|}));
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is sent to telemetry by 'Activity.SetTag' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is sent to telemetry by 'Activity.AddTag' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is sent to telemetry by 'Activity.SetBaggage' without pseudonymisation",
            "'Citizen.BirthDate' (personal data: date of birth) is sent to telemetry by 'Activity.AddBaggage' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is sent to telemetry by 'new ActivityEvent' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is sent to telemetry by 'new ActivityEvent' without pseudonymisation");
    }

    [Fact]
    public async Task Metric_tags()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service
            {
                private static readonly Meter Meter = new("Register");
                private static readonly Counter<long> Registrations = Meter.CreateCounter<long>("registrations");
                private static readonly Histogram<double> Latency = Meter.CreateHistogram<double>("latency");

                void Run(Citizen citizen, double elapsed)
                {
                    Registrations.Add(1, {|DS0005:new KeyValuePair<string, object?>("email", citizen.Email)|});
                    Registrations.Add(1, new KeyValuePair<string, object?>("municipality", citizen.Municipality));
                    Latency.Record(elapsed, {|DS0005:new KeyValuePair<string, object?>("nir", citizen.Nir)|});
                    var tags = new TagList();
                    tags.Add("name", citizen.FullName);
                    tags.Add("municipality", citizen.Municipality);
                    Registrations.Add(1, {|DS0005:tags|});
                    var safe = new TagList { { "municipality", citizen.Municipality } };
                    Registrations.Add(1, safe);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is sent to telemetry by 'Counter.Add' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is sent to telemetry by 'Histogram.Record' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is sent to telemetry by 'Counter.Add' without pseudonymisation");
    }
}
