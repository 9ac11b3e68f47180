namespace DataSteward.Tests.Rules;

public sealed class DS0001PersonalDataLoggedTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task Member_passed_as_template_argument()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger<RegistrationService> logger)
            {
                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Local_copy_of_a_member()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger<RegistrationService> logger)
            {
                void Register(Citizen citizen)
                {
                    var email = citizen.Email;
                    var copy = email;
                    logger.LogWarning("Duplicate {Email}", {|DS0001:copy|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogWarning' without pseudonymisation");
    }

    [Fact]
    public async Task Interpolated_message()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger<RegistrationService> logger)
            {
                void Register(Citizen citizen) => logger.LogInformation({|DS0001:$"Registered {citizen.FullName} in {citizen.Municipality}"|});
            }
            """,
            "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Concatenated_message()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger<RegistrationService> logger)
            {
                void Register(Citizen citizen) => logger.LogError({|DS0001:"Rejected NIR " + citizen.Nir|});
            }
            """,
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogError' without pseudonymisation");
    }

    [Theory]
    [InlineData("LogTrace")]
    [InlineData("LogDebug")]
    [InlineData("LogInformation")]
    [InlineData("LogWarning")]
    [InlineData("LogError")]
    [InlineData("LogCritical")]
    public async Task Every_level_extension(string method)
    {
        await FlowVerifier.VerifyAsync(Usings + $$"""
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen)
                {
                    logger.{{method}}("E-mail {Email}", {|DS0001:citizen.Email|});
                    logger.{{method}}(new EventId(7), "E-mail {Email}", {|DS0001:citizen.Email|});
                    logger.{{method}}(new InvalidOperationException(), "E-mail {Email}", {|DS0001:citizen.Email|});
                    logger.{{method}}(new EventId(7), new InvalidOperationException(), "E-mail {Email}", {|DS0001:citizen.Email|});
                }
            }
            """,
            [.. Enumerable.Repeat($"'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.{method}' without pseudonymisation", 4)]);
    }

    [Fact]
    public async Task Log_with_level_and_ILogger_Log()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen)
                {
                    logger.Log(LogLevel.Information, "E-mail {Email}", {|DS0001:citizen.Email|});
                    logger.Log(LogLevel.Information, new EventId(1), {|DS0001:citizen.Email|}, null, (state, _) => state);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.Log' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is written to a log by 'ILogger.Log' without pseudonymisation");
    }

    [Fact]
    public async Task BeginScope()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen)
                {
                    using var scope = logger.BeginScope("Citizen {Email}", {|DS0001:citizen.Email|});
                    using var other = logger.BeginScope({|DS0001:citizen.Nir|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.BeginScope' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'ILogger.BeginScope' without pseudonymisation");
    }

    [Fact]
    public async Task Console_write_and_write_line()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Report
            {
                void Print(Citizen citizen)
                {
                    Console.WriteLine({|DS0001:citizen.Email|});
                    Console.Write({|DS0001:$"{citizen.FullName};"|});
                    Console.WriteLine("{0} {1}", citizen.Municipality, {|DS0001:citizen.Nir|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is written to a log by 'Console.Write' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'Console.WriteLine' without pseudonymisation");
    }

    [Fact]
    public async Task Classified_parameter()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Mailer(ILogger<Mailer> logger)
            {
                void Send([PersonalData(PersonalDataKind.ContactDetails)] string recipient) =>
                    logger.LogInformation("Sending to {Recipient}", {|DS0001:recipient|});
            }
            """,
            "'recipient' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Pseudonymiser_method_clears_the_value()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                [Pseudonymiser]
                static string Pseudonym(string value) => value.GetHashCode().ToString();

                void Register(Citizen citizen)
                {
                    logger.LogInformation("Registered {Email}", Pseudonym(citizen.Email));
                    var pseudonym = Pseudonym(citizen.Nir);
                    logger.LogInformation($"Registered {pseudonym}");
                    logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Pseudonymised_record_printed_by_a_log_is_clean()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            [Pseudonymised]
            public sealed record Subject([property: PersonalData(PersonalDataKind.ContactDetails)] string Email);

            public sealed record Recipient([property: PersonalData(PersonalDataKind.ContactDetails)] string Email);

            class RegistrationService(ILogger logger)
            {
                void Register(Subject subject, Recipient recipient)
                {
                    logger.LogInformation("Registered {Subject}", subject);
                    logger.LogInformation("Registered {Recipient}", {|DS0001:recipient|});
                }
            }
            """,
            "'Recipient.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Values_that_no_longer_carry_the_data_are_clean()

    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen, string expected)
                {
                    logger.LogInformation("Has e-mail: {HasEmail}", !string.IsNullOrEmpty(citizen.Email));
                    logger.LogInformation("Length {Length}", citizen.FullName.Length);
                    logger.LogInformation("Matches {Matches}", citizen.Email == expected);
                    logger.LogInformation("Contains {Contains}", citizen.Email.Contains('@'));
                    logger.LogInformation("Active {Active}", citizen.IsActive);
                    logger.LogInformation("Trimmed {Email}", {|DS0001:citizen.Email.Trim()|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Unclassified_and_pseudonymised_members_are_clean()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen)
                {
                    logger.LogInformation("Registered in {Municipality}", citizen.Municipality);
                    logger.LogInformation("Registered {Key}", citizen.CitizenKey);
                    logger.LogInformation("Registered {Id}", citizen.Id);
                    logger.LogInformation($"Registered {citizen.Id} in {citizen.Municipality}");
                    logger.LogInformation({|DS0001:$"Registered {citizen.Nir} in {citizen.Municipality}"|});
                }
            }
            """,
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Variable_overwritten_with_a_clean_value_is_clean()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen)
                {
                    string label = citizen.Email;
                    label = citizen.Municipality;
                    logger.LogInformation("Label {Label}", label);
                    label = citizen.Email;
                    logger.LogInformation("Label {Label}", {|DS0001:label|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    }

    [Fact]
    public async Task Conditionally_overwritten_variable_still_carries_the_data()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen, bool anonymous)
                {
                    string label = citizen.Email;
                    if (anonymous)
                    {
                        label = "anonymous";
                    }

                    logger.LogInformation("Label {Label}", {|DS0001:label|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Explicit_argument_array()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(ILogger logger)
            {
                void Register(Citizen citizen) =>
                    logger.LogInformation("Registered {Email} in {Municipality}", new object[] { {|DS0001:citizen.Email|}, citizen.Municipality });
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }
}
