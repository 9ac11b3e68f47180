using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.CodeFixes;

/// <summary>
/// Issue 15, item 7: for every flow rule, <c>dotnet format analyzers --diagnostics &lt;id&gt;</c> (simulated by
/// <see cref="FormatAnalyzersRun"/>) fixes a file with several diagnostics in one run, prints no "didn't return a Fix
/// All action" warning, leaves code that compiles, and the rule no longer fires. The first diagnostic of each file is
/// one the first fix provider of the rule has no fix for, which is what used to stop the whole run.
/// </summary>
public sealed class FixAllFromCommandLineTests
{
    private const string Model = """
        using System;
        using System.Diagnostics;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;
        using Microsoft.Extensions.Logging;
        using DataSteward;

        public sealed class Claimant
        {
            public int Id { get; set; }
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = "";
            [PersonalData(PersonalDataKind.DateOfBirth)] public DateOnly BirthDate { get; set; }
            [PersonalData(PersonalDataKind.Financial)] public decimal MonthlyIncome { get; set; }
            [SensitiveData(SensitiveCategory.Health)] public string DisabilityStatus { get; set; } = "";
        }

        """;

    private static async Task VerifyAsync(string id, DiagnosticAnalyzer analyzer, string source, string expected, string? expectedModel = null)
    {
        Assert.True((await FormatAnalyzersRun.DiagnosticsAsync(Model + source, id, analyzer)).Length >= 3, $"the source should hold several {id}");
        FormatResult result = await FormatAnalyzersRun.RunAsync(Model + source, id, analyzer);
        Assert.Empty(result.Warnings);
        Assert.Equal(((expectedModel ?? Model) + expected).ReplaceLineEndings("\n"), result.Source.ReplaceLineEndings("\n"));
        Assert.Empty(await FormatAnalyzersRun.DiagnosticsAsync(result.Source, id, analyzer));
    }

    [Fact]
    public async Task DS0001_dates_numbers_and_strings_are_masked_and_pseudonymised_where_a_pseudonymiser_is_in_scope()
    {
        await VerifyAsync(
            RuleIdentifiers.PersonalDataLogged,
            new PersonalDataFlowAnalyzer(),
            """
            public sealed class Audit(ILogger logger)
            {
                public void Stored(Claimant claimant)
                {
                    logger.LogInformation("Claimant born {BirthDate}", claimant.BirthDate);
                    logger.LogInformation("Income {Income}", claimant.MonthlyIncome);
                    logger.LogInformation("Mail to {Email}", claimant.Email);
                }
            }

            public sealed class Notifier(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                public void Sent(Claimant claimant) => logger.LogInformation("Sent to {Email}", claimant.Email);
            }
            """,
            """
            public sealed class Audit(ILogger logger)
            {
                public void Stored(Claimant claimant)
                {
                    logger.LogInformation("Claimant born {BirthDate}", Mask.Year(claimant.BirthDate.Year));
                    logger.LogInformation("Income {Income}", Mask.Number(claimant.MonthlyIncome));
                    logger.LogInformation("Mail to {Email}", Mask.Email(claimant.Email));
                }
            }

            public sealed class Notifier(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                public void Sent(Claimant claimant) => logger.LogInformation("Sent to {Email}", pseudonymiser.Pseudonymise(claimant.Email));
            }
            """);
    }

    [Fact]
    public async Task DS0002_json_objects_get_JsonIgnore_and_written_values_a_mask_in_the_same_run()
    {
        await VerifyAsync(
            RuleIdentifiers.PersonalDataExported,
            new PersonalDataFlowAnalyzer(),
            """
            public sealed class ContactCard
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            }

            public static class Exports
            {
                public static void Write(Claimant claimant)
                {
                    File.WriteAllText("born.txt", $"{claimant.BirthDate}");
                    File.WriteAllText("mail.txt", claimant.Email);
                }

                public static string Card(ContactCard card) => JsonSerializer.Serialize(card);
            }
            """,
            """
            public sealed class ContactCard
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataKind.ContactDetails)]
                [JsonIgnore]
                public string Email { get; set; } = "";
            }

            public static class Exports
            {
                public static void Write(Claimant claimant)
                {
                    File.WriteAllText("born.txt", $"{Mask.Year(claimant.BirthDate.Year)}");
                    File.WriteAllText("mail.txt", Mask.Email(claimant.Email));
                }

                public static string Card(ContactCard card) => JsonSerializer.Serialize(card);
            }
            """,
            Model.Replace("using System.Text.Json;\n", "using System.Text.Json;\nusing System.Text.Json.Serialization;\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DS0003_special_category_data_is_removed_from_a_template_or_pseudonymised()
    {
        await VerifyAsync(
            RuleIdentifiers.SensitiveDataReachesSink,
            new PersonalDataFlowAnalyzer(),
            """
            public sealed class Claims(ILogger logger)
            {
                public void Received(Claimant claimant) => logger.LogInformation("Claim {Id} received (status {Status})", claimant.Id, claimant.DisabilityStatus);

                public void Assessed(Claimant claimant) => logger.LogDebug("Assessed: {Status}", claimant.DisabilityStatus);
            }

            public sealed class Review(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                public void Reviewed(Claimant claimant) => logger.LogWarning($"Reviewed {claimant.DisabilityStatus}");
            }
            """,
            """
            public sealed class Claims(ILogger logger)
            {
                public void Received(Claimant claimant) => logger.LogInformation("Claim {Id} received (status)", claimant.Id);

                public void Assessed(Claimant claimant) => logger.LogDebug("Assessed:");
            }

            public sealed class Review(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                public void Reviewed(Claimant claimant) => logger.LogWarning($"Reviewed {pseudonymiser.Pseudonymise(claimant.DisabilityStatus)}");
            }
            """);
    }

    [Fact]
    public async Task DS0004_exception_messages_are_masked()
    {
        await VerifyAsync(
            RuleIdentifiers.PersonalDataInExceptionMessage,
            new PersonalDataFlowAnalyzer(),
            """
            public static class Checks
            {
                public static void Born(Claimant claimant) => throw new InvalidOperationException($"Born {claimant.BirthDate}");

                public static void Mail(Claimant claimant) => throw new ArgumentException("Unknown " + claimant.Email);

                public static void Name(Claimant claimant) => throw new InvalidOperationException($"No file for {claimant.FullName}");
            }
            """,
            """
            public static class Checks
            {
                public static void Born(Claimant claimant) => throw new InvalidOperationException($"Born {Mask.Year(claimant.BirthDate.Year)}");

                public static void Mail(Claimant claimant) => throw new ArgumentException("Unknown " + Mask.Email(claimant.Email));

                public static void Name(Claimant claimant) => throw new InvalidOperationException($"No file for {Mask.Keep(claimant.FullName, 1, 0)}");
            }
            """);
    }

    [Fact]
    public async Task DS0005_telemetry_values_are_masked_and_pseudonymised()
    {
        await VerifyAsync(
            RuleIdentifiers.PersonalDataInTelemetry,
            new PersonalDataFlowAnalyzer(),
            """
            public static class Tracing
            {
                public static void Tag(Activity activity, Claimant claimant)
                {
                    activity.SetTag("claimant.income", claimant.MonthlyIncome);
                    activity.SetTag("claimant.email", claimant.Email);
                }
            }

            public sealed class PseudonymousTracing(HmacPseudonymiser pseudonymiser)
            {
                public void Tag(Activity activity, Claimant claimant) => activity.SetTag("claimant.email", claimant.Email);
            }
            """,
            """
            public static class Tracing
            {
                public static void Tag(Activity activity, Claimant claimant)
                {
                    activity.SetTag("claimant.income", Mask.Number(claimant.MonthlyIncome));
                    activity.SetTag("claimant.email", Mask.Email(claimant.Email));
                }
            }

            public sealed class PseudonymousTracing(HmacPseudonymiser pseudonymiser)
            {
                public void Tag(Activity activity, Claimant claimant) => activity.SetTag("claimant.email", pseudonymiser.Pseudonymise(claimant.Email));
            }
            """);
    }

    [Fact]
    public async Task DS0006_hashes_get_the_keyed_pseudonymiser_where_one_is_in_scope()
    {
        const string Source = """
            public static class Legacy
            {
                public static string Key(Claimant claimant) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(claimant.Email)));
            }

            public sealed class Extract(HmacPseudonymiser pseudonymiser)
            {
                public string Mail(Claimant claimant) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(claimant.Email)));

                public string Name(Claimant claimant) => Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(claimant.FullName)));
            }
            """;

        FormatResult result = await FormatAnalyzersRun.RunAsync(Model + Source, RuleIdentifiers.UnkeyedHashUsedAsPseudonym, new UnkeyedHashAnalyzer());

        Assert.Empty(result.Warnings);
        Assert.Equal(
            (Model + """
            public static class Legacy
            {
                public static string Key(Claimant claimant) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(claimant.Email)));
            }

            public sealed class Extract(HmacPseudonymiser pseudonymiser)
            {
                public string Mail(Claimant claimant) => pseudonymiser.Pseudonymise(claimant.Email);

                public string Name(Claimant claimant) => pseudonymiser.Pseudonymise(claimant.FullName);
            }
            """).ReplaceLineEndings("\n"),
            result.Source.ReplaceLineEndings("\n"));

        // Only the hash with no keyed pseudonymiser in scope is left: it has no fix.
        Assert.Single(await FormatAnalyzersRun.DiagnosticsAsync(result.Source, RuleIdentifiers.UnkeyedHashUsedAsPseudonym, new UnkeyedHashAnalyzer()));
    }

    [Fact]
    public async Task DS0101_likely_personal_values_are_pseudonymised()
    {
        await VerifyAsync(
            RuleIdentifiers.LikelyPersonalDataReachesSink,
            new PersonalDataFlowAnalyzer(),
            """
            public sealed record Applicant(string EmailAddress, string PhoneNumber);

            public sealed class Intake(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                public void Received(Applicant applicant)
                {
                    logger.LogInformation("Applicant {Email}", applicant.EmailAddress);
                    logger.LogInformation("Phone {Phone}", applicant.PhoneNumber);
                    Console.WriteLine(applicant.EmailAddress);
                }
            }
            """,
            """
            public sealed record Applicant(string EmailAddress, string PhoneNumber);

            public sealed class Intake(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                public void Received(Applicant applicant)
                {
                    logger.LogInformation("Applicant {Email}", pseudonymiser.Pseudonymise(applicant.EmailAddress));
                    logger.LogInformation("Phone {Phone}", pseudonymiser.Pseudonymise(applicant.PhoneNumber));
                    Console.WriteLine(pseudonymiser.Pseudonymise(applicant.EmailAddress));
                }
            }
            """);
    }
}
