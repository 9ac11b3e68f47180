namespace DataSteward.Tests.Rules;

public sealed class DS0003SensitiveDataTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics;
        using System.Text.Json;
        using Microsoft.Extensions.Logging;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task Special_category_data_is_an_error_on_every_sink_instead_of_the_sink_rule()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service(ILogger logger)
            {
                void Run(Patient patient, Activity activity)
                {
                    logger.LogInformation("{Diagnosis}", {|DS0003:patient.Diagnosis|});
                    var json = JsonSerializer.Serialize({|DS0003:patient.Diagnosis|});
                    activity.SetTag("diagnosis", {|DS0003:patient.Diagnosis|});
                    throw new InvalidOperationException({|DS0003:$"Unknown diagnosis {patient.Diagnosis}"|});
                }
            }
            """,
            "'Patient.Diagnosis' (special-category data: health) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Patient.Diagnosis' (special-category data: health) is exported by 'JsonSerializer.Serialize' without pseudonymisation",
            "'Patient.Diagnosis' (special-category data: health) is sent to telemetry by 'Activity.SetTag' without pseudonymisation",
            "'Patient.Diagnosis' (special-category data: health) is put in an exception message by 'new InvalidOperationException' without pseudonymisation");
    }

    [Fact]
    public async Task Mixed_values_report_the_special_category_only()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service(ILogger logger)
            {
                void Run(Patient patient) =>
                    logger.LogInformation({|DS0003:$"{patient.Name}: {patient.Diagnosis}"|});
            }
            """,
            "'Patient.Diagnosis' (special-category data: health) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Every_category_has_its_words()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed class Member
            {
                [SensitiveData(SensitiveCategory.TradeUnionMembership)] public string Union { get; set; } = "";
                [SensitiveData(SensitiveCategory.CriminalOffences)] public string Conviction { get; set; } = "";
                [SensitiveData(SensitiveCategory.Biometric)] public byte[] Fingerprint { get; set; } = [];
                [SensitiveData(SensitiveCategory.ReligiousOrPhilosophicalBeliefs)] public string Religion { get; set; } = "";
            }

            class Service(ILogger logger)
            {
                void Run(Member member)
                {
                    logger.LogInformation("{Union}", {|DS0003:member.Union|});
                    logger.LogInformation("{Conviction}", {|DS0003:member.Conviction|});
                    logger.LogInformation("{Fingerprint}", {|DS0003:member.Fingerprint|});
                    logger.LogInformation("{Religion}", {|DS0003:member.Religion|});
                }
            }
            """,
            "'Member.Union' (special-category data: trade union membership) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Member.Conviction' (special-category data: criminal offences) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Member.Fingerprint' (special-category data: biometric) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Member.Religion' (special-category data: religious or philosophical beliefs) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task A_sensitive_type_makes_every_instance_special_category()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            [SensitiveData(SensitiveCategory.Health)]
            public sealed record MedicalNote(string Text, bool Urgent);

            class Service(ILogger logger)
            {
                void Run(MedicalNote note)
                {
                    logger.LogInformation("{Text}", {|DS0003:note.Text|});
                    logger.LogInformation("{Note}", {|DS0003:note|});
                    logger.LogInformation("{Urgent}", note.Urgent);
                }
            }
            """,
            "'MedicalNote.Text' (special-category data: health) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'MedicalNote.Text' (special-category data: health) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }
}
