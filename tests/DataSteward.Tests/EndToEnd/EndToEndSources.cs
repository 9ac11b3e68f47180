namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// Consumer sources and what DataSteward reports on them, shared by the in-process check of the Roslyn 4.14 build
/// (<c>HostParityTests</c>) and the Roslyn 4.8 host (tests/DataSteward.Roslyn48.Tests), so both builds of the
/// analysers are held to the same diagnostics.
/// </summary>
internal static class EndToEndSources
{
    public const string Logging = """
        using System;
        using DataSteward;

        namespace Consumer;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";

            [SensitiveData(SensitiveCategory.Health)]
            public string Diagnosis { get; init; } = "";
        }

        public static class Program
        {
            public static void Main()
            {
                var citizen = new Citizen { Email = "jeanne.martin@example.org", Diagnosis = "asthma" };
                Console.WriteLine($"Registered {citizen.Email}");
                Console.WriteLine("Treated for " + citizen.Diagnosis);
                Notify(citizen.Email.Length.ToString());
            }

            private static void Notify(string email) => Console.WriteLine(email);
        }

        """;

    public const string Exporting = """
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;
        using DataSteward;

        namespace Consumer;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";

            public string Municipality { get; init; } = "";

            public string Key => System.Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Email)));
        }

        public static class Export
        {
            public static void Write(Citizen citizen) =>
                File.WriteAllText("citizen.json", JsonSerializer.Serialize(citizen));
        }

        """;

    /// <summary>Every DataSteward diagnostic of the sources, as "file(line): id: message" (1-based lines, invariant messages).</summary>
    public static readonly string[] Expected =
    [
        "Exporting.cs(16): DS0006: 'Citizen.Email' (personal data: contact) is hashed with 'SHA256.HashData', which has no key: anyone can hash every likely value (e-mail addresses, phone numbers, national ids) and reverse it; use a keyed pseudonymiser such as HmacPseudonymiser",
        "Exporting.cs(22): DS0002: 'Citizen.Email' (personal data: contact) is exported by 'File.WriteAllText' without pseudonymisation",
        "Exporting.cs(22): DS0002: 'Citizen.Email' (personal data: contact) is exported by 'JsonSerializer.Serialize' without pseudonymisation",
        "Logging.cs(20): DS0001: 'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation",
        "Logging.cs(21): DS0003: 'Citizen.Diagnosis' (special-category data: health) is written to a log by 'Console.WriteLine' without pseudonymisation",
        "Logging.cs(25): DS0101: 'email' looks like personal data (contact) and is written to a log by 'Console.WriteLine' without pseudonymisation",
    ];

    /// <summary>A baseline accepting the DS0001 and the DS0003 (error severity) of <see cref="Logging"/>.</summary>
    public const string Baseline = """
        { "version": 2, "project": "Consumer", "violations": [
          { "rule": "DS0001", "symbol": "M:Consumer.Program.Main", "message": "'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation", "count": 1 },
          { "rule": "DS0003", "symbol": "M:Consumer.Program.Main", "message": "'Citizen.Diagnosis' (special-category data: health) is written to a log by 'Console.WriteLine' without pseudonymisation", "count": 1 } ] }
        """;

    /// <summary>
    /// <see cref="Expected"/> with <see cref="Baseline"/>: DS0001 suppressed by the suppressor, DS0003 (which no
    /// suppressor may suppress) reported suppressed by its own analyser, the others still reported.
    /// </summary>
    public static readonly string[] ExpectedWithBaseline =
        [.. Expected.Select(e => e.StartsWith("Logging.cs(20)", StringComparison.Ordinal) || e.StartsWith("Logging.cs(21)", StringComparison.Ordinal) ? e + " [suppressed]" : e)];
}
