namespace DataSteward.Tests.Realistic;

/// <summary>OpenTelemetry-style Activity tags, metrics, and Serilog enrichment.</summary>
public sealed class TelemetryAndEnrichmentTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Diagnostics.Metrics;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;
        using Serilog.Context;
        using Serilog.Core;
        using Serilog.Events;

        """;

    private static Task Verify(string code, params string[] messages) => Rules.FlowVerifier.VerifyAsync(Usings + code, messages);

    [Fact]
    public Task Activity_tags_of_the_signed_in_identity_user() => Verify("""
        public sealed class SignInTelemetry
        {
            public void Record(IdentityUser user)
            {
                Activity.Current?.SetTag("enduser.id", user.Id);
                Activity.Current?.SetTag("enduser.email", {|DS0005:user.Email|});
                Activity.Current?.SetTag("enduser.email_confirmed", user.EmailConfirmed);
            }
        }
        """,
        "'IdentityUser.Email' (personal data: contact) is sent to telemetry by 'Activity.SetTag' without pseudonymisation");

    [Fact]
    public Task Activity_started_with_tags_and_an_error_status() => Verify("""
        public sealed record CertificateRequest(Guid RequestId, [DataSteward.PersonalData(DataSteward.PersonalDataKind.NationalIdentifier)] string Nir, string Kind);

        public sealed class CertificateTracing
        {
            private static readonly ActivitySource Source = new("Registry.Certificates");

            public void Trace(CertificateRequest request, Exception? failure)
            {
                using var activity = Source.StartActivity(
                    "IssueCertificate",
                    ActivityKind.Internal,
                    parentContext: default,
                    tags: {|DS0005:new Dictionary<string, object?> { ["certificate.kind"] = request.Kind, ["citizen.nir"] = request.Nir }|});
                activity?.SetTag("certificate.request_id", request.RequestId);
                if (failure is not null)
                {
                    activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
                    activity?.SetStatus(ActivityStatusCode.Error, {|DS0005:$"Unknown NIR {request.Nir}"|});
                }
            }
        }
        """,
        "'CertificateRequest.Nir' (personal data: national identifier) is sent to telemetry by 'ActivitySource.StartActivity' without pseudonymisation",
        "'CertificateRequest.Nir' (personal data: national identifier) is sent to telemetry by 'Activity.SetStatus' without pseudonymisation");

    [Fact]
    public Task Metric_tags_with_a_user_name_and_with_a_pseudonym() => Verify("""
        public sealed class LoginMetrics(DataSteward.HmacPseudonymiser pseudonymiser)
        {
            private static readonly Meter Meter = new("Accounts");
            private static readonly Counter<long> Logins = Meter.CreateCounter<long>("accounts.logins");

            public void Record(IdentityUser user, bool succeeded)
            {
                Logins.Add(1, new KeyValuePair<string, object?>("succeeded", succeeded));
                Logins.Add(1, new KeyValuePair<string, object?>("user", pseudonymiser.Pseudonymise(user.Email!)));
                Logins.Add(1, {|DS0005:new KeyValuePair<string, object?>("user", user.UserName)|});
            }
        }
        """,
        "'IdentityUser.UserName' (personal data: online identifier) is sent to telemetry by 'Counter.Add' without pseudonymisation");

    // Once a false negative, now reported: LogContext.PushProperty with User.FindFirstValue(ClaimTypes.Email) (same cause as Email_claim_of_the_signed_in_user_is_logged).
    [Fact]
    public Task Serilog_LogContext_enrichment_with_the_email_claim() => Verify("""
        public sealed class UserEnrichmentMiddleware(RequestDelegate next)
        {
            public async Task InvokeAsync(HttpContext context)
            {
                using (LogContext.PushProperty("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier)))
                using (LogContext.PushProperty("UserEmail", {|DS0101:context.User.FindFirstValue(ClaimTypes.Email)|}))
                {
                    await next(context);
                }
            }
        }
        """,
        "'claim ClaimTypes.Email' looks like personal data (contact) and is written to a log by 'LogContext.PushProperty' without pseudonymisation");

    // Once a false negative, now reported: ILogEventPropertyFactory.CreateProperty / LogEvent.AddPropertyIfAbsent in a Serilog enricher are not log sinks.
    [Fact]
    public Task Serilog_enricher_adds_the_email_to_every_event() => Verify("""
        public sealed class UserEmailEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
        {
            public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
            {
                var email = accessor.HttpContext?.User.FindFirstValue(ClaimTypes.Email);
                if (email is not null)
                {
                    logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("UserEmail", {|DS0101:email|}));
                }
            }
        }
        """,
        "'claim ClaimTypes.Email' looks like personal data (contact) and is written to a log by 'ILogEventPropertyFactory.CreateProperty' without pseudonymisation");

    [Fact]
    public Task Serilog_destructuring_of_a_form_with_health_data() => Verify("""
        public sealed class ApplicationForm
        {
            public Guid Id { get; set; }

            [DataSteward.PersonalData(DataSteward.PersonalDataKind.Name)]
            public string ApplicantName { get; set; } = "";

            [DataSteward.SensitiveData(DataSteward.SensitiveCategory.Health)]
            public string? DisabilityDetails { get; set; }

            public string Programme { get; set; } = "";
        }

        public sealed class ApplicationIntake(Serilog.ILogger log)
        {
            public void Receive(ApplicationForm form)
            {
                log.Information("Received application {@Application}", {|DS0003:form|});
                log.Information("Received application {ApplicationId} for {Programme}", form.Id, form.Programme);
                log.Debug("Received {Application}", form);
            }
        }
        """,
        "'ApplicationForm.DisabilityDetails' (special-category data: health) is written to a log by 'ILogger.Information' without pseudonymisation");
}
