namespace DataSteward.Tests.Rules;

/// <summary>
/// Issue 15, item 1: a logger's <c>{@x}</c> renders an object by that library's own rules. Serilog (and
/// Microsoft.Extensions.Logging, whose <c>{@x}</c> only Serilog honours) writes public readable properties whatever
/// System.Text.Json or Newtonsoft attributes say, and hides Destructurama.Attributed's <c>[NotLogged]</c> and
/// <c>[LogMasked]</c> properties; NLog writes public readable properties. A JSON export still honours <c>[JsonIgnore]</c>.
/// </summary>
public sealed class DS0001DestructuringPerLibraryTests
{
    private const string Model = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using DataSteward;

        namespace Destructurama.Attributed
        {
            [AttributeUsage(AttributeTargets.Property)] public sealed class NotLoggedAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Property)] public sealed class LogMaskedAttribute : Attribute { }
        }

        public sealed class Claimant
        {
            public int Id { get; set; }

            [PersonalData(PersonalDataKind.ContactDetails), JsonIgnore, Newtonsoft.Json.JsonIgnore]
            public string Email { get; set; } = "";

            [PersonalData(PersonalDataKind.Name), Destructurama.Attributed.NotLogged]
            public string FullName { get; set; } = "";

            [PersonalData(PersonalDataKind.NationalIdentifier), Destructurama.Attributed.LogMasked]
            public string Nir { get; set; } = "";

            [PersonalData(PersonalDataKind.Financial), JsonIgnore]
            public string Iban = "";
        }

        """;

    [Fact]
    public async Task Serilog_destructuring_writes_a_JsonIgnore_property_and_hides_NotLogged_and_LogMasked()
    {
        await FlowVerifier.VerifyAsync(Model + """
            class Audit(Serilog.ILogger log)
            {
                void Stored(Claimant claimant) => log.Information("Claimant stored {@Claimant}", {|DS0001:claimant|});
            }
            """,
            "'Claimant.Email' (personal data: contact) is written to a log by 'ILogger.Information' without pseudonymisation");
    }

    [Fact]
    public async Task Microsoft_Extensions_Logging_destructuring_follows_Serilog()
    {
        await FlowVerifier.VerifyAsync(Model + """
            class Audit(Microsoft.Extensions.Logging.ILogger logger)
            {
                void Stored(Claimant claimant) => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Claimant stored {@Claimant}", {|DS0001:claimant|});
            }
            """,
            "'Claimant.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task NLog_destructuring_writes_every_public_property()
    {
        await FlowVerifier.VerifyAsync(Model + """
            class Audit
            {
                private static readonly NLog.Logger Log = NLog.LogManager.GetCurrentClassLogger();

                void Stored(Claimant claimant) => Log.Info("Claimant stored {@Claimant}", {|DS0001:claimant|});
            }
            """,
            "'Claimant.Email, Claimant.FullName, Claimant.Nir' (personal data: contact; personal data: name; personal data: national identifier) is written to a log by 'Logger.Info' without pseudonymisation");
    }

    [Fact]
    public async Task A_JSON_export_still_honours_JsonIgnore()
    {
        await FlowVerifier.VerifyAsync(Model + """
            static class Archive
            {
                static string Save(Claimant claimant) => JsonSerializer.Serialize({|DS0002:claimant|});

                static string SaveAll(Claimant claimant) => Newtonsoft.Json.JsonConvert.SerializeObject({|DS0002:claimant|});
            }
            """,
            "'Claimant.FullName, Claimant.Nir' (personal data: name; personal data: national identifier) is exported by 'JsonSerializer.Serialize' without pseudonymisation",
            "'Claimant.FullName, Claimant.Nir, Claimant.Iban' (personal data: name; personal data: national identifier; personal data: financial) is exported by 'JsonConvert.SerializeObject' without pseudonymisation");
    }
}
