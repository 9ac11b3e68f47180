using DataSteward.Analyzers.Rules;
using DataSteward.CodeFixes.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.CodeFixes;

public sealed class PseudonymiseValueFixTests
{
    private const string Model = """
        using System;
        using Microsoft.Extensions.Logging;
        using DataSteward;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = "";
            [PersonalData(PersonalDataKind.DateOfBirth)] public DateOnly BirthDate { get; set; }
            public string Municipality { get; set; } = "";
        }

        """;

    private static Task VerifyAsync(string source, string? fixedSource) =>
        new CodeFixTest(new PersonalDataFlowAnalyzer(), new PseudonymiseValueFix())
        {
            Source = Model + source,
            FixedSource = fixedSource is null ? null : Model + fixedSource,
        }.RunAsync();

    [Fact]
    public async Task A_local_pseudonymiser_declared_after_the_value_is_not_used()
    {
        await VerifyAsync(
            """
            class RegistrationService(ILogger logger, HmacPseudonymiser shared)
            {
                void Register(Citizen citizen, byte[] key)
                {
                    logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
                    using var later = new HmacPseudonymiser(key, "k1", "registrations");
                    logger.LogInformation("Confirmed {Email}", {|DS0001:citizen.Email|});
                }
            }
            """,
            """
            class RegistrationService(ILogger logger, HmacPseudonymiser shared)
            {
                void Register(Citizen citizen, byte[] key)
                {
                    logger.LogInformation("Registered {Email}", shared.Pseudonymise(citizen.Email));
                    using var later = new HmacPseudonymiser(key, "k1", "registrations");
                    logger.LogInformation("Confirmed {Email}", later.Pseudonymise(citizen.Email));
                }
            }
            """);
    }

    [Fact]
    public async Task Wraps_a_template_argument_with_a_pseudonymiser_method_of_the_class()
    {
        await VerifyAsync(
            """
            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser] static string Pseudonym(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
            }
            """,
            """
            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser] static string Pseudonym(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", Pseudonym(citizen.Email));
            }
            """);
    }

    [Fact]
    public async Task Wraps_the_holes_of_an_interpolated_message_not_the_message()
    {
        await VerifyAsync(
            """
            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser] static string Pseudonym(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation({|DS0001:$"Registered {citizen.FullName} <{citizen.Email}> in {citizen.Municipality}"|});
            }
            """,
            """
            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser] static string Pseudonym(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation($"Registered {Pseudonym(citizen.FullName)} <{Pseudonym(citizen.Email)}> in {citizen.Municipality}");
            }
            """);
    }

    [Fact]
    public async Task Uses_an_accessible_static_pseudonymiser_of_another_class()
    {
        await VerifyAsync(
            """
            static class Privacy
            {
                [Pseudonymiser] public static string Pseudonym(string value) => value;
            }

            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen)
                {
                    Console.WriteLine({|DS0001:citizen.Email|});
                    logger.LogWarning("Duplicate {Email}", {|DS0001:citizen.Email|});
                }
            }
            """,
            """
            static class Privacy
            {
                [Pseudonymiser] public static string Pseudonym(string value) => value;
            }

            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen)
                {
                    Console.WriteLine(Privacy.Pseudonym(citizen.Email));
                    logger.LogWarning("Duplicate {Email}", Privacy.Pseudonym(citizen.Email));
                }
            }
            """);
    }

    [Fact]
    public async Task Uses_an_instance_pseudonymiser_held_by_a_parameter()
    {
        await VerifyAsync(
            """
            public interface IPseudonyms
            {
                [Pseudonymiser] string Of(string value);
            }

            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser] string Local(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
            }
            """,
            """
            public interface IPseudonyms
            {
                [Pseudonymiser] string Of(string value);
            }

            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser] string Local(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", Local(citizen.Email));
            }
            """);
    }

    [Fact]
    public async Task Prefers_an_HmacPseudonymiser_field()
    {
        await VerifyAsync(
            """
            class RegistrationService(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                private readonly HmacPseudonymiser logPseudonyms = pseudonymiser;

                [Pseudonymiser] static string Pseudonym(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email} ({Name})", {|DS0001:citizen.Email|}, {|DS0001:citizen.FullName|});
            }
            """,
            """
            class RegistrationService(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                private readonly HmacPseudonymiser logPseudonyms = pseudonymiser;

                [Pseudonymiser] static string Pseudonym(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation("Registered {Email} ({Name})", logPseudonyms.Pseudonymise(citizen.Email), logPseudonyms.Pseudonymise(citizen.FullName));
            }
            """);
    }

    [Fact]
    public async Task No_fix_without_a_pseudonymiser_in_scope()
    {
        await VerifyAsync(
            """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task No_fix_when_the_value_is_not_a_string_the_pseudonymiser_accepts()
    {
        await VerifyAsync(
            """
            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser] static string Pseudonym(string value) => value;

                void Register(Citizen citizen) => logger.LogInformation("Born {BirthDate}", {|DS0001:citizen.BirthDate|});
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task Instance_pseudonymiser_is_not_offered_in_a_static_method()
    {
        await VerifyAsync(
            """
            class RegistrationService
            {
                [Pseudonymiser] string Pseudonym(string value) => value;

                static void Register(Citizen citizen) => Console.WriteLine({|DS0001:citizen.Email|});
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task Primary_constructor_parameter_is_not_offered_in_a_static_method()
    {
        await VerifyAsync(
            """
            class RegistrationService(HmacPseudonymiser pseudonymiser)
            {
                string Instance(Citizen citizen) => pseudonymiser.Pseudonymise(citizen.Email);

                static void Register(Citizen citizen) => Console.WriteLine({|DS0001:citizen.Email|});
            }
            """,
            fixedSource: null);
    }
}
