using System.Collections.Immutable;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Rules;

public sealed class DS0006UnkeyedHashTests
{
    [Fact]
    public async Task Sha256_HashData_of_encoded_member()
    {
        await DS0006Verifier.VerifyAsync("""
            static class Extract
            {
                static string Key(Citizen citizen) => Convert.ToHexString({|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email))|});
            }
            """,
            DS0006Verifier.Message("Citizen.Email", "personal data: contact", "SHA256.HashData"));
    }
}

public sealed class DS0006HashApiTests
{
    private static Task VerifyAsync(string source, params string[] messages) => DS0006Verifier.VerifyAsync(source, messages);

    private static string Email(string api) => DS0006Verifier.Message("Citizen.Email", "personal data: contact", api);

    private static string Nir(string api) => DS0006Verifier.Message("Citizen.Nir", "personal data: national identifier", api);

    [Theory]
    [InlineData("MD5")]
    [InlineData("SHA1")]
    [InlineData("SHA256")]
    [InlineData("SHA384")]
    [InlineData("SHA512")]
    public async Task Static_HashData_of_each_algorithm(string algorithm)
    {
        await VerifyAsync($$"""
            static class Extract
            {
                static byte[] Key(Citizen citizen) => {|DS0006:{{algorithm}}.HashData(Encoding.UTF8.GetBytes(citizen.Email))|};
            }
            """,
            Email(algorithm + ".HashData"));
    }

    [Fact]
    public async Task HashData_into_a_span_and_TryHashData()
    {
        await VerifyAsync("""
            static class Extract
            {
                static void Key(Citizen citizen, Span<byte> destination)
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(citizen.Nir);
                    {|DS0006:SHA256.HashData(bytes, destination)|};
                    {|DS0006:SHA512.TryHashData(bytes, destination, out int written)|};
                }
            }
            """,
            Nir("SHA256.HashData"),
            Nir("SHA512.TryHashData"));
    }

    [Fact]
    public async Task HashDataAsync_of_a_stream_over_personal_bytes()
    {
        await VerifyAsync("""
            static class Extract
            {
                static async Task<byte[]> Key(Citizen citizen)
                {
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(citizen.Email));
                    return await {|DS0006:SHA256.HashDataAsync(stream)|};
                }
            }
            """,
            Email("SHA256.HashDataAsync"));
    }

    [Fact]
    public async Task CryptographicOperations_HashData()
    {
        await VerifyAsync("""
            static class Extract
            {
                static byte[] Key(Citizen citizen) =>
                    {|DS0006:CryptographicOperations.HashData(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(citizen.Email))|};
            }
            """,
            Email("CryptographicOperations.HashData"));
    }

    [Fact]
    public async Task ComputeHash_on_Create_instances_and_on_a_local_of_the_base_type()
    {
        await VerifyAsync("""
            static class Extract
            {
                static string Legacy(Citizen citizen)
                {
                    using var md5 = MD5.Create();
                    return Convert.ToBase64String({|DS0006:md5.ComputeHash(Encoding.UTF8.GetBytes(citizen.Email))|});
                }

                static byte[] Inline(Citizen citizen) => {|DS0006:SHA1.Create().ComputeHash(Encoding.ASCII.GetBytes(citizen.Nir))|};

                static byte[] ThroughBase(Citizen citizen)
                {
                    HashAlgorithm algorithm = SHA384.Create();
                    var bytes = Encoding.UTF8.GetBytes(citizen.Email);
                    return {|DS0006:algorithm.ComputeHash(bytes, 0, bytes.Length)|};
                }
            }
            """,
            Email("HashAlgorithm.ComputeHash"),
            Nir("HashAlgorithm.ComputeHash"),
            Email("HashAlgorithm.ComputeHash"));
    }

    [Fact]
    public async Task Managed_instances_TryComputeHash_and_TransformBlock()
    {
        await VerifyAsync("""
            static class Extract
            {
            #pragma warning disable SYSLIB0021
                static void Key(Citizen citizen, byte[] output)
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(citizen.Email);
                    using var managed = new SHA256Managed();
                    {|DS0006:managed.TryComputeHash(bytes, output, out int written)|};
                    using HashAlgorithm sha = SHA512.Create();
                    {|DS0006:sha.TransformBlock(bytes, 0, bytes.Length, null, 0)|};
                    {|DS0006:sha.TransformFinalBlock(bytes, 0, 0)|};
                }
            #pragma warning restore SYSLIB0021
            }
            """,
            Email("HashAlgorithm.TryComputeHash"),
            Email("HashAlgorithm.TransformBlock"),
            Email("HashAlgorithm.TransformFinalBlock"));
    }

    [Fact]
    public async Task IncrementalHash_created_without_a_key()
    {
        await VerifyAsync("""
            static class Extract
            {
                static byte[] Key(Citizen citizen)
                {
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    hash.AppendData(Encoding.UTF8.GetBytes(citizen.Municipality));
                    {|DS0006:hash.AppendData(Encoding.UTF8.GetBytes(citizen.Nir))|};
                    return hash.GetHashAndReset();
                }
            }
            """,
            Nir("IncrementalHash.AppendData"));
    }

    [Fact]
    public async Task Flows_through_locals_interpolation_and_string_transforms()
    {
        await VerifyAsync("""
            static class Extract
            {
                static byte[] Key(Citizen citizen)
                {
                    string normalised = citizen.Email.Trim().ToLowerInvariant();
                    string salted = $"salt:{normalised}";
                    byte[] bytes = Encoding.UTF8.GetBytes(salted);
                    return {|DS0006:SHA256.HashData(bytes)|};
                }
            }
            """,
            Email("SHA256.HashData"));
    }

    [Fact]
    public async Task Classified_parameter_and_several_origins()
    {
        await VerifyAsync("""
            static class Extract
            {
                static byte[] Key([PersonalData(PersonalDataKind.ContactDetails)] string email) =>
                    {|DS0006:MD5.HashData(Encoding.UTF8.GetBytes(email))|};

                static byte[] Both(Citizen citizen) =>
                    {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.FullName + "|" + citizen.Email))|};
            }
            """,
            DS0006Verifier.Message("email", "personal data: contact", "MD5.HashData"),
            DS0006Verifier.Message("Citizen.FullName, Citizen.Email", "personal data: name; personal data: contact", "SHA256.HashData"));
    }

    [Fact]
    public async Task Special_category_data_is_reported_too()
    {
        await VerifyAsync("""
            static class Extract
            {
                static byte[] Key(Patient patient) => {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(patient.Diagnosis))|};
            }
            """,
            DS0006Verifier.Message("Patient.Diagnosis", "special-category data: health", "SHA256.HashData"));
    }

    [Theory]
    [InlineData("SHA3_256")]
    [InlineData("SHA3_384")]
    [InlineData("SHA3_512")]
    public async Task Sha3_is_unkeyed_too(string algorithm)
    {
        await VerifyAsync($$"""
            static class Extract
            {
                static byte[] Key(Citizen citizen) => {|DS0006:{{algorithm}}.HashData(Encoding.UTF8.GetBytes(citizen.Nir))|};
            }
            """,
            Nir(algorithm + ".HashData"));
    }

    [Fact]
    public async Task HashAlgorithm_Create_by_name_unless_the_name_is_an_HMAC()
    {
        await VerifyAsync("""
            static class Extract
            {
            #pragma warning disable SYSLIB0045
                static byte[]? ByName(Citizen citizen)
                {
                    HashAlgorithm? sha = HashAlgorithm.Create("SHA256");
                    return {|DS0006:sha!.ComputeHash(Encoding.UTF8.GetBytes(citizen.Email))|};
                }

                static byte[]? Hmac(Citizen citizen)
                {
                    HashAlgorithm? hmac = HashAlgorithm.Create("HMACSHA256");
                    return hmac!.ComputeHash(Encoding.UTF8.GetBytes(citizen.Email));
                }
            #pragma warning restore SYSLIB0045
            }
            """,
            Email("HashAlgorithm.ComputeHash"));
    }

    [Fact]
    public async Task Through_a_helper_of_the_project_and_a_positional_record()
    {
        await VerifyAsync("""
            static class Extract
            {
                static string Normalise(string value) => value.Trim().ToLowerInvariant();

                static byte[] Key(Citizen citizen) => {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(citizen.Email)))|};

                static byte[] Record(PositionalCitizen citizen) => {|DS0006:SHA1.HashData(Encoding.UTF8.GetBytes(citizen.Email))|};
            }
            """,
            Email("SHA256.HashData"),
            DS0006Verifier.Message("PositionalCitizen.Email", "personal data: contact", "SHA1.HashData"));
    }

    [Fact]
    public async Task Keyed_hashes_are_clean()
    {
        await VerifyAsync("""
            sealed class Keyed(byte[] key, HmacPseudonymiser pseudonymiser)
            {
                byte[] Static(Citizen citizen) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(citizen.Email));

                byte[] Instance(Citizen citizen)
                {
                    using var hmac = new HMACSHA256(key);
                    return hmac.ComputeHash(Encoding.UTF8.GetBytes(citizen.Email));
                }

                byte[] ThroughBase(Citizen citizen)
                {
                    HashAlgorithm algorithm = new HMACSHA512(key);
                    return algorithm.ComputeHash(Encoding.UTF8.GetBytes(citizen.Nir));
                }

                byte[] Incremental(Citizen citizen)
                {
                    using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
                    hash.AppendData(Encoding.UTF8.GetBytes(citizen.Nir));
                    return hash.GetHashAndReset();
                }

                string Pseudonym(Citizen citizen) => pseudonymiser.Pseudonymise(citizen.Email);

                byte[] HmacOperations(Citizen citizen) => CryptographicOperations.HmacData(HashAlgorithmName.SHA256, key, Encoding.UTF8.GetBytes(citizen.Email));

                byte[] Control(Citizen citizen) => {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email))|};
            }
            """,
            Email("SHA256.HashData"));
    }

    [Fact]
    public async Task Non_personal_input_file_bytes_and_unknown_instances_are_clean()
    {
        await VerifyAsync("""
            sealed class Clean(HashAlgorithm injected)
            {
                byte[] Municipality(Citizen citizen) => SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Municipality));

                byte[] Pseudonymised(Citizen citizen) => SHA256.HashData(Encoding.UTF8.GetBytes(citizen.CitizenKey));

                byte[] FileBytes(string path) => SHA256.HashData(File.ReadAllBytes(path));

                byte[] FileStream(string path)
                {
                    using var stream = File.OpenRead(path);
                    using var sha = SHA256.Create();
                    return sha.ComputeHash(stream);
                }

                // The analysis cannot tell whether an injected HashAlgorithm is keyed: not reported.
                byte[] Injected(Citizen citizen) => injected.ComputeHash(Encoding.UTF8.GetBytes(citizen.Email));

                // Names alone do not count: DS0100 asks to classify the value first.
                byte[] NameOnly(string email) => SHA256.HashData(Encoding.UTF8.GetBytes(email));

                byte[] Length(Citizen citizen) => SHA256.HashData(BitConverter.GetBytes(citizen.Email.Length));

                byte[] Control(Citizen citizen) => {|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Nir))|};
            }
            """,
            Nir("SHA256.HashData"));
    }
}

public sealed class DS0006HashCodeTests
{
    private static Task VerifyAsync(string source, params string[] messages) => DS0006Verifier.VerifyAsync(source, messages);

    private static string Email(string api) => DS0006Verifier.Message("Citizen.Email", "personal data: contact", api);

    [Fact]
    public async Task Stored_in_a_property_or_field()
    {
        await VerifyAsync("""
            sealed class Row
            {
                public int CitizenKey { get; set; }
                public string? Token;

                static Row From(Citizen citizen) => new Row
                {
                    CitizenKey = {|DS0006:citizen.Email.GetHashCode()|},
                    Token = {|DS0006:citizen.Email.GetHashCode(StringComparison.OrdinalIgnoreCase)|}.ToString(),
                };
            }
            """,
            Email("String.GetHashCode"),
            Email("String.GetHashCode"));
    }

    [Fact]
    public async Task Logged_through_a_local_and_exported_through_a_constructor()
    {
        await VerifyAsync("""
            sealed record Export(string Key, string Municipality);

            sealed class Service(ILogger logger)
            {
                void Log(Citizen citizen)
                {
                    int key = {|DS0006:citizen.Email.GetHashCode()|};
                    logger.LogInformation("Citizen {Key} registered", key);
                }

                Export ToExport(Citizen citizen) => new Export({|DS0006:HashCode.Combine(citizen.Email, citizen.Municipality)|}.ToString(), citizen.Municipality);
            }
            """,
            Email("String.GetHashCode"),
            Email("HashCode.Combine"));
    }

    [Fact]
    public async Task Returned_as_an_identifier()
    {
        await VerifyAsync("""
            static class Keys
            {
                public static string CitizenKey(Citizen citizen) => "c" + {|DS0006:StringComparer.Ordinal.GetHashCode(citizen.Email)|};
            }
            """,
            Email("StringComparer.GetHashCode"));
    }

    [Fact]
    public async Task Equality_members_and_in_memory_uses_are_clean()
    {
        await VerifyAsync("""
            sealed class Person : IEquatable<Person>
            {
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
                private int cachedHashCode;

                public bool Equals(Person? other) => other is not null && other.Email.GetHashCode() == Email.GetHashCode() && other.Email == Email;
                public override bool Equals(object? obj) => Equals(obj as Person);
                public override int GetHashCode() => HashCode.Combine(Email);

                public void Cache() => cachedHashCode = Email.GetHashCode();
            }

            sealed class ByEmail : IEqualityComparer<Citizen>
            {
                public bool Equals(Citizen? x, Citizen? y) => x?.Email == y?.Email;
                public int GetHashCode(Citizen citizen) => citizen.Email.GetHashCode();
            }

            static class InMemory
            {
                static int Bucket(Citizen citizen) => Math.Abs(citizen.Email.GetHashCode() % 16);

                static Dictionary<int, Citizen> Index(List<Citizen> citizens)
                {
                    var index = new Dictionary<int, Citizen>();
                    foreach (var citizen in citizens)
                    {
                        index[citizen.Email.GetHashCode()] = citizen;
                    }

                    return index;
                }

                static ILookup<int, Citizen> Group(List<Citizen> citizens) => System.Linq.Enumerable.ToLookup(citizens, c => c.Email.GetHashCode());

                static int NotPersonal(Citizen citizen) => citizen.Municipality.GetHashCode();
            }

            static class Keys
            {
                public static string CitizenKey(Citizen citizen) => "c" + {|DS0006:citizen.Email.GetHashCode()|};
            }
            """,
            Email("String.GetHashCode"));

    }

    [Fact]
    public async Task Half_written_code_does_not_throw()
    {
        ImmutableArray<Diagnostic> diagnostics = await DS0006Verifier.RunOnBrokenCodeAsync("""
            static class Control
            {
                static byte[] Key(Citizen citizen) => SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Nir));
            }

            static class Broken
            {
                static byte[] Missing(Citizen citizen) => SHA256.HashData();
                static byte[] Wrong(Citizen citizen) => SHA256.HashData(citizen.Email);
                static byte[] Unknown(Citizen citizen) => Nope.HashData(Encoding.UTF8.GetBytes(citizen.Email));
                static int Code(Citizen citizen) => citizen.Email.GetHashCode(;
                static byte[] Instance(Citizen citizen) => undefined.ComputeHash(Encoding.UTF8.GetBytes(citizen.Email));
                static void Incremental(Citizen citizen) => IncrementalHash.CreateHash().AppendData(citizen.Email);
            }
            """);
        Assert.All(diagnostics, d => Assert.Equal("DS0006", d.Id));

        // The control line beside the broken code is still analysed and reported.
        Diagnostic control = Assert.Single(diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'Citizen.Nir'", StringComparison.Ordinal));
        Assert.Equal(DS0006Verifier.Message("Citizen.Nir", "personal data: national identifier", "SHA256.HashData"), control.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Nir))", control.Location.SourceTree!.GetText().ToString(control.Location.SourceSpan));
    }

}

internal static class DS0006Verifier
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using DataSteward;
        using Register;

        """;

    private const string Tail = ", which has no key: anyone can hash every likely value (e-mail addresses, phone numbers, national ids) and reverse it; use a keyed pseudonymiser such as HmacPseudonymiser";

    public static string Message(string origins, string classification, string api) => $"'{origins}' ({classification}) is hashed with '{api}'" + Tail;

    public static Task VerifyAsync(string source, params string[] messages)
    {
        var test = new AnalyzerTest(new UnkeyedHashAnalyzer());
        test.Sources.Add(Usings + source);
        test.Sources.Add(Models.Source);
        test.ExpectedMessages.AddRange(messages);
        return test.RunAsync();
    }

    /// <summary>Runs the analyser on code that does not compile: it must neither throw nor report anything odd.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunOnBrokenCodeAsync(string source)
    {
        Compilation compilation = TestCompilation.Create([Usings + source, Models.Source]);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new UnkeyedHashAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray())).ConfigureAwait(false);
    }
}
