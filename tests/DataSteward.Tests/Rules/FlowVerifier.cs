using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Rules;

/// <summary>
/// Runs <see cref="PersonalDataFlowAnalyzer"/> on a test source plus the shared models of <see cref="Models"/>
/// (a second file, so the models' own declarations are not under test).
/// </summary>
internal static class FlowVerifier
{
    public static Task VerifyAsync(string markup, params string[] expectedMessages) =>
        VerifyWithOptionsAsync(markup, editorConfig: null, expectedMessages);

    public static async Task VerifyWithOptionsAsync(string markup, string? editorConfig, params string[] expectedMessages)
    {
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer()) { EditorConfig = editorConfig };
        test.Sources.Add(markup);
        test.Sources.Add(Models.Source);
        test.ExpectedMessages.AddRange(expectedMessages);
        await test.RunAsync().ConfigureAwait(false);
    }
}

/// <summary>The models most flow tests share: a citizen register of a municipality.</summary>
internal static class Models
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using DataSteward;

        namespace Register;

        public sealed class Citizen
        {
            public Guid Id { get; set; }

            [PersonalData(PersonalDataKind.Name)]
            public string FullName { get; set; } = "";

            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; set; } = "";

            [PersonalData(PersonalDataKind.NationalIdentifier)]
            public string Nir { get; set; } = "";

            [PersonalData(PersonalDataKind.DateOfBirth)]
            public DateOnly BirthDate { get; set; }

            [PersonalData]
            public Address? Address { get; set; }

            [Pseudonymised]
            public string CitizenKey { get; set; } = "";

            public string Municipality { get; set; } = "";

            public bool IsActive { get; set; }
        }

        public sealed class Address
        {
            [PersonalData(PersonalDataKind.PostalAddress)]
            public string Street { get; set; } = "";

            public string City { get; set; } = "";
        }

        public sealed class Patient
        {
            [PersonalData(PersonalDataKind.Name)]
            public string Name { get; set; } = "";

            [SensitiveData(SensitiveCategory.Health)]
            public string Diagnosis { get; set; } = "";
        }

        public sealed record CitizenRecord(
            [property: PersonalData(PersonalDataKind.ContactDetails)] string Email,
            string Municipality);

        public sealed record PositionalCitizen([PersonalData(PersonalDataKind.ContactDetails)] string Email, int Age);
        """;
}
