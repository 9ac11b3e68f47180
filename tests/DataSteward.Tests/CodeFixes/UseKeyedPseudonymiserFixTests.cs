using DataSteward.Analyzers.Rules;
using DataSteward.CodeFixes.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DataSteward.Tests.CodeFixes;

public sealed class UseKeyedPseudonymiserFixTests
{
    private const string Model = """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using DataSteward;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataKind.NationalIdentifier)] public string Nir { get; set; } = "";
        }

        public sealed record Row(string CitizenKey, string Municipality);

        """;

    private static Task VerifyAsync(string source, string? fixedSource, FixAllScope scope = FixAllScope.Document) =>
        new CodeFixTest(new UnkeyedHashAnalyzer(), new UseKeyedPseudonymiserFix())
        {
            Source = Model + source,
            FixedSource = fixedSource is null ? null : Model + fixedSource,
            FixAllScope = scope,
        }.RunAsync();

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Replaces_hex_base64_and_BitConverter_text_of_a_hash(FixAllScope scope)
    {
        await VerifyAsync(
            """
            sealed class Extract(HmacPseudonymiser pseudonymiser)
            {
                string Hex(Citizen citizen) => Convert.ToHexString({|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email))|});

                string Lower(Citizen citizen) => Convert.ToHexString({|DS0006:MD5.HashData(Encoding.ASCII.GetBytes(citizen.Nir))|}).ToLowerInvariant();

                string Legacy(Citizen citizen)
                {
                    using var sha = SHA1.Create();
                    return Convert.ToBase64String({|DS0006:sha.ComputeHash(Encoding.UTF8.GetBytes(citizen.Email))|});
                }

                string Dashes(Citizen citizen) => BitConverter.ToString({|DS0006:SHA512.HashData(Encoding.UTF8.GetBytes(citizen.Email.Trim()))|}).Replace("-", "");
            }
            """,
            """
            sealed class Extract(HmacPseudonymiser pseudonymiser)
            {
                string Hex(Citizen citizen) => pseudonymiser.Pseudonymise(citizen.Email);

                string Lower(Citizen citizen) => pseudonymiser.Pseudonymise(citizen.Nir);

                string Legacy(Citizen citizen)
                {
                    using var sha = SHA1.Create();
                    return pseudonymiser.Pseudonymise(citizen.Email);
                }

                string Dashes(Citizen citizen) => pseudonymiser.Pseudonymise(citizen.Email.Trim());
            }
            """,
            scope);
    }

    [Fact]
    public async Task Replaces_a_digest_local_used_once_and_removes_it()
    {
        await VerifyAsync(
            """
            sealed class Extract
            {
                private readonly HmacPseudonymiser _pseudonymiser;

                public Extract(HmacPseudonymiser pseudonymiser) => _pseudonymiser = pseudonymiser;

                public Row ToRow(Citizen citizen, string municipality)
                {
                    byte[] digest = {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Nir))|};
                    return new Row(Convert.ToHexString(digest), municipality);
                }
            }
            """,
            """
            sealed class Extract
            {
                private readonly HmacPseudonymiser _pseudonymiser;

                public Extract(HmacPseudonymiser pseudonymiser) => _pseudonymiser = pseudonymiser;

                public Row ToRow(Citizen citizen, string municipality)
                {
                    return new Row(_pseudonymiser.Pseudonymise(citizen.Nir), municipality);
                }
            }
            """);
    }

    [Fact]
    public async Task Replaces_a_hash_code_turned_into_text_with_a_local_or_property_pseudonymiser()
    {
        await VerifyAsync(
            """
            sealed class Extract
            {
                public static HmacPseudonymiser Pseudonyms { get; set; } = null!;

                public string? Key { get; set; }

                public static Row ToRow(Citizen citizen) => new Row({|DS0006:citizen.Email.GetHashCode()|}.ToString(), "Lyon");

                public void Store(Citizen citizen, HmacPseudonymiser local)
                {
                    Key = {|DS0006:citizen.Nir.GetHashCode()|}.ToString();
                }
            }
            """,
            """
            sealed class Extract
            {
                public static HmacPseudonymiser Pseudonyms { get; set; } = null!;

                public string? Key { get; set; }

                public static Row ToRow(Citizen citizen) => new Row(Pseudonyms.Pseudonymise(citizen.Email), "Lyon");

                public void Store(Citizen citizen, HmacPseudonymiser local)
                {
                    Key = local.Pseudonymise(citizen.Nir);
                }
            }
            """);
    }

    [Fact]
    public async Task No_fix_without_an_HmacPseudonymiser_in_scope()
    {
        await VerifyAsync(
            """
            sealed class Extract
            {
                [Pseudonymiser] static string Pseudonym(string value) => value;

                string Hex(Citizen citizen) => Convert.ToHexString({|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email))|});
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task No_fix_when_the_result_is_bytes_or_a_number_or_the_input_is_not_a_string_expression()
    {
        await VerifyAsync(
            """
            sealed class Extract(HmacPseudonymiser pseudonymiser)
            {
                public int Code { get; set; }

                byte[] Bytes(Citizen citizen) => {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email))|};

                void Number(Citizen citizen) => Code = {|DS0006:citizen.Email.GetHashCode()|};

                string FromLocal(Citizen citizen)
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(citizen.Email);
                    return Convert.ToHexString({|DS0006:SHA256.HashData(bytes)|});
                }

                string Combined(Citizen citizen) => {|DS0006:HashCode.Combine(citizen.Email, citizen.Nir)|}.ToString();

                string Used(Citizen citizen)
                {
                    byte[] digest = {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Nir))|};
                    Console.WriteLine(digest.Length);
                    return Convert.ToHexString(digest);
                }
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task Instance_pseudonymiser_is_not_offered_in_a_static_method()
    {
        await VerifyAsync(
            """
            sealed class Extract(HmacPseudonymiser pseudonymiser)
            {
                HmacPseudonymiser Pseudonymiser => pseudonymiser;

                static string Hex(Citizen citizen) => Convert.ToHexString({|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email))|});
            }
            """,
            fixedSource: null);
    }
}
