namespace DataSteward.Tests.Rules;

/// <summary>What cuts a flow: pseudonymisers, redactors, encryption, configured sanitisers.</summary>
public sealed class SanitizerTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task HmacPseudonymiser_in_a_field_a_parameter_and_through_an_interface_name()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public interface IPseudonyms { string Pseudonymise(string value); }

            class Service(ILogger logger, HmacPseudonymiser pseudonymiser, IPseudonyms pseudonyms)
            {
                private readonly HmacPseudonymiser field = new(new byte[32], "k1", "logs");

                void Run(Citizen citizen)
                {
                    logger.LogInformation("{Email}", pseudonymiser.Pseudonymise(citizen.Email));
                    logger.LogInformation("{Email}", field.Pseudonymise(citizen.Email.AsSpan()));
                    var pseudonym = pseudonyms.Pseudonymise(citizen.Nir);
                    logger.LogInformation($"Registered {pseudonym}");
                    logger.LogInformation("{Email}", {|DS0001:citizen.Email|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Masking_and_redacting_helpers()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service(ILogger logger)
            {
                static string MaskEmail(string value) => value.Substring(0, 1) + "***";
                static string Redact(string value) => "[redacted]";
                static string Shorten(string value) => value.Substring(0, 3);

                void Run(Citizen citizen)
                {
                    logger.LogInformation("{Email}", Mask.Email(citizen.Email));
                    logger.LogInformation("{Email}", MaskEmail(citizen.Email));
                    logger.LogInformation("{Nir}", Redact(citizen.Nir));
                    logger.LogInformation("{Nir}", {|DS0001:Shorten(citizen.Nir)|});
                }
            }
            """,
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Microsoft_Redactor_by_metadata_name()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            namespace Microsoft.Extensions.Compliance.Redaction
            {
                public abstract class Redactor
                {
                    public string Redact(string? source) => "";
                    public abstract int Redact(ReadOnlySpan<char> source, Span<char> destination);
                    public abstract int GetRedactedLength(ReadOnlySpan<char> input);
                }
            }

            class Service(ILogger logger, Microsoft.Extensions.Compliance.Redaction.Redactor redactor)
            {
                void Run(Citizen citizen) => logger.LogInformation("{Email}", redactor.Redact(citizen.Email));

                void Control(Citizen citizen) => logger.LogInformation("{Email}", {|DS0001:citizen.Email|});
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    }

    [Fact]
    public async Task Data_protection_encrypts()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using Microsoft.AspNetCore.DataProtection;

            class Service(ILogger logger, IDataProtectionProvider provider)
            {
                void Run(Citizen citizen)
                {
                    IDataProtector protector = provider.CreateProtector("citizens");
                    logger.LogInformation("{Email}", protector.Protect(citizen.Email));
                    logger.LogInformation("{Email}", {|DS0001:citizen.Email|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Configured_sanitiser_and_configured_sink()
    {
        await FlowVerifier.VerifyWithOptionsAsync(Usings + """
            namespace Vendor
            {
                public static class Crypto { public static string Seal(string value) => value; }
                public sealed class Journal { public void Append(string line) { } }
            }

            class Service(ILogger logger, Vendor.Journal journal)
            {
                void Run(Citizen citizen)
                {
                    logger.LogInformation("{Email}", Vendor.Crypto.Seal(citizen.Email));
                    journal.Append({|DS0001:citizen.Email|});
                    journal.Append(citizen.Municipality);
                }
            }
            """,
            """
            datasteward.sanitizers = M:Vendor.Crypto.Seal(System.String)
            datasteward.sinks.log = M:Vendor.Journal.Append(System.String)
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Journal.Append' without pseudonymisation");
    }

    [Fact]
    public async Task Base64_is_not_pseudonymisation()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using System.Text;

            class Service(ILogger logger)
            {
                void Run(Citizen citizen) =>
                    logger.LogInformation("{Encoded}", {|DS0001:Convert.ToBase64String(Encoding.UTF8.GetBytes(citizen.Email))|});
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }
}
