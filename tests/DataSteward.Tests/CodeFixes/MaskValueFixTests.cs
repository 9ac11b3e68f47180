using DataSteward.Analyzers.Rules;
using DataSteward.CodeFixes.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DataSteward.Tests.CodeFixes;

public sealed class MaskValueFixTests
{
    private const string Model = """
        using System;
        using System.Diagnostics;
        using Microsoft.Extensions.Logging;
        using DataSteward;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataKind.ContactDetails)] public string MobilePhone { get; set; } = "";
            [PersonalData(PersonalDataKind.Financial)] public string Iban { get; set; } = "";
            [PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = "";
            [PersonalData(PersonalDataKind.DateOfBirth)] public DateOnly BirthDate { get; set; }
            [PersonalData(PersonalDataKind.DateOfBirth)] public DateTime? DeclaredBirth { get; set; }
            [PersonalData(PersonalDataKind.Financial)] public decimal MonthlyIncome { get; set; }
            [PersonalData(PersonalDataKind.Financial)] public int? Dependants { get; set; }
            [PersonalData(PersonalDataKind.OnlineIdentifier)] public Guid DeviceId { get; set; }
            public string Municipality { get; set; } = "";
        }

        """;

    private static Task VerifyAsync(string source, string? fixedSource, FixAllScope scope = FixAllScope.Document) =>
        new CodeFixTest(new PersonalDataFlowAnalyzer(), new MaskValueFix())
        {
            Source = Model + source,
            FixedSource = fixedSource is null ? null : Model + fixedSource,
            FixAllScope = scope,
        }.RunAsync();

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Picks_the_mask_from_the_kind_of_each_value(FixAllScope scope)
    {
        await VerifyAsync(
            """
            class Notifications(ILogger logger)
            {
                void Sent(Citizen citizen)
                {
                    logger.LogInformation("Mail sent to {Email}", {|DS0001:citizen.Email|});
                    logger.LogInformation("SMS sent to {Phone}", {|DS0001:citizen.MobilePhone|});
                    logger.LogInformation("Refund to {Iban}", {|DS0001:citizen.Iban|});
                    logger.LogInformation("Letter for {Name}", {|DS0001:citizen.FullName|});
                }
            }
            """,
            """
            class Notifications(ILogger logger)
            {
                void Sent(Citizen citizen)
                {
                    logger.LogInformation("Mail sent to {Email}", Mask.Email(citizen.Email));
                    logger.LogInformation("SMS sent to {Phone}", Mask.Phone(citizen.MobilePhone));
                    logger.LogInformation("Refund to {Iban}", Mask.Iban(citizen.Iban));
                    logger.LogInformation("Letter for {Name}", Mask.Keep(citizen.FullName, 1, 0));
                }
            }
            """,
            scope);
    }

    [Fact]
    public async Task Masks_each_hole_of_an_interpolated_message_and_export_exception_and_telemetry_values()
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, Activity activity)
                {
                    logger.LogWarning({|DS0001:$"Duplicate {citizen.FullName} <{citizen.Email}> in {citizen.Municipality}"|});
                    activity.SetTag("citizen.email", {|DS0005:citizen.Email|});
                    System.IO.File.WriteAllText("contacts.txt", {|DS0002:citizen.Email|});
                    throw new InvalidOperationException({|DS0004:"Unknown account " + citizen.Iban|});
                }
            }
            """,
            """
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, Activity activity)
                {
                    logger.LogWarning($"Duplicate {Mask.Keep(citizen.FullName, 1, 0)} <{Mask.Email(citizen.Email)}> in {citizen.Municipality}");
                    activity.SetTag("citizen.email", Mask.Email(citizen.Email));
                    System.IO.File.WriteAllText("contacts.txt", Mask.Email(citizen.Email));
                    throw new InvalidOperationException("Unknown account " + Mask.Iban(citizen.Iban));
                }
            }
            """);
    }

    [Fact]
    public async Task Uses_the_kind_in_the_message_for_a_local_copy_in_another_namespace()
    {
        await VerifyAsync(
            """
            namespace Other
            {
                using Microsoft.Extensions.Logging;

                class Registration(ILogger logger)
                {
                    void Register(global::Citizen citizen)
                    {
                        var phone = citizen.MobilePhone;
                        logger.LogInformation("Calling {Phone}", {|DS0001:phone|});
                    }
                }
            }
            """,
            """
            namespace Other
            {
                using Microsoft.Extensions.Logging;

                class Registration(ILogger logger)
                {
                    void Register(global::Citizen citizen)
                    {
                        var phone = citizen.MobilePhone;
                        logger.LogInformation("Calling {Phone}", Mask.Phone(phone));
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task No_fix_when_a_pseudonymiser_is_in_scope()
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task Keeps_only_the_year_of_a_date_and_masks_the_digits_of_a_number()
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, DateTimeOffset seen)
                {
                    logger.LogInformation("Born {BirthDate}", {|DS0001:citizen.BirthDate|});
                    logger.LogInformation("Declared {Birth}", {|DS0001:citizen.DeclaredBirth|});
                    logger.LogInformation("Income {Income} for {Dependants}", {|DS0001:citizen.MonthlyIncome|}, {|DS0001:citizen.Dependants|});
                    logger.LogInformation({|DS0001:$"Born {citizen.BirthDate.AddDays(1)}"|});
                }
            }
            """,
            """
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, DateTimeOffset seen)
                {
                    logger.LogInformation("Born {BirthDate}", Mask.Year(citizen.BirthDate.Year));
                    logger.LogInformation("Declared {Birth}", Mask.Year(citizen.DeclaredBirth?.Year));
                    logger.LogInformation("Income {Income} for {Dependants}", Mask.Number(citizen.MonthlyIncome), Mask.Number(citizen.Dependants));
                    logger.LogInformation($"Born {Mask.Year(citizen.BirthDate.AddDays(1).Year)}");
                }
            }
            """);
    }

    [Fact]
    public async Task No_fix_for_a_value_that_is_not_a_string_a_number_or_a_date()
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen) => logger.LogInformation("Device {Device}", {|DS0001:citizen.DeviceId|});
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task Offered_when_the_pseudonymiser_in_scope_does_not_accept_the_value()
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger)
            {
                [Pseudonymiser] static string Pseudonym(int value) => "";

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
            }
            """,
            """
            class Registration(ILogger logger)
            {
                [Pseudonymiser] static string Pseudonym(int value) => "";

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", Mask.Email(citizen.Email));
            }
            """);
    }
}
