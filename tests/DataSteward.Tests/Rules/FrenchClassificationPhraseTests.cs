using System.Collections.Immutable;
using System.Globalization;
using DataSteward.Analyzers.Baseline;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Rules;

/// <summary>
/// The classification phrase inside a message ("personal data: contact") speaks the message's language: French when the
/// compiler formats in French, English otherwise, and English in the invariant text a baseline fingerprints.
/// </summary>
public sealed class FrenchClassificationPhraseTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private const string Source = """
        using System;
        using DataSteward;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";

            [PersonalData]
            public string Reference { get; init; } = "";

            [SensitiveData(SensitiveCategory.Health)]
            public string Diagnosis { get; init; } = "";

            public string DateDeNaissance { get; init; } = "";
        }

        public static class Registration
        {
            public static void Register(Citizen citizen, string email)
            {
                Console.WriteLine(citizen.Email + citizen.Reference);
                Console.WriteLine(citizen.Diagnosis);
                Console.WriteLine(email);
            }
        }
        """;

    [Fact]
    public async Task Flow_and_suggestion_messages_name_the_kind_in_the_message_language()
    {
        Compilation compilation = TestCompilation.Create([Source]);
        TestCompilation.AssertCompiles(compilation);

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new PersonalDataFlowAnalyzer(), new UnclassifiedPersonalDataAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()));

        Assert.Equal(
            [
                ("DS0100", "« Citizen.DateDeNaissance » ressemble à une donnée personnelle (date de naissance) mais n'est pas classifié : marquez-le [PersonalData] ou [NotPersonalData]"),
                ("DS0001", "« Citizen.Email, Citizen.Reference » (donnée personnelle : coordonnées; donnée personnelle) est écrit dans un journal par « Console.WriteLine » sans pseudonymisation"),
                ("DS0003", "« Citizen.Diagnosis » (donnée sensible : santé) atteint « Console.WriteLine » sans pseudonymisation"),
                ("DS0101", "« email » ressemble à une donnée personnelle (coordonnées) et atteint « Console.WriteLine » sans pseudonymisation"),
            ],
            diagnostics.Select(d => (d.Id, d.GetMessage(French))));

        // The invariant text, which the baseline fingerprints, is the English one whatever the culture of the build.
        Assert.Equal(
            [
                "'Citizen.DateDeNaissance' looks like personal data (date of birth) but is not classified: mark it [PersonalData] or [NotPersonalData]",
                "'Citizen.Email, Citizen.Reference' (personal data: contact; personal data) is written to a log by 'Console.WriteLine' without pseudonymisation",
                "'Citizen.Diagnosis' (special-category data: health) is written to a log by 'Console.WriteLine' without pseudonymisation",
                "'email' looks like personal data (contact) and is written to a log by 'Console.WriteLine' without pseudonymisation",
            ],
            diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Equal("M:Registration.Register(Citizen,System.String)", ContainingSymbol.Of(diagnostics[1]));
    }

    [Fact]
    public void The_phrase_follows_the_culture_it_is_formatted_with()
    {
        var phrase = new ClassificationPhrase([DataClassification.Personal(DataKind.DateOfBirth), DataClassification.Sensitive(SensitiveKind.Biometric), DataClassification.Personal(DataKind.DateOfBirth)]);

        Assert.Equal("personal data: date of birth; special-category data: biometric", phrase.ToString());
        Assert.Equal("personal data: date of birth; special-category data: biometric", string.Format(CultureInfo.InvariantCulture, "{0}", phrase));
        Assert.Equal("personal data: date of birth; special-category data: biometric", string.Format(CultureInfo.GetCultureInfo("de-DE"), "{0}", phrase));
        Assert.Equal("donnée personnelle : date de naissance; donnée sensible : données biométriques", string.Format(French, "{0}", phrase));
        Assert.Equal("donnée personnelle : date de naissance; donnée sensible : données biométriques", string.Format(CultureInfo.GetCultureInfo("fr-CA"), "{0}", phrase));
    }

    public static TheoryData<string> Words()
    {
        var data = new TheoryData<string>();
        foreach (DataKind kind in Enum.GetValues<DataKind>())
        {
            data.Add("Kind_" + kind);
        }

        foreach (SensitiveKind category in Enum.GetValues<SensitiveKind>())
        {
            data.Add("SpecialCategory_" + category);
        }

        data.Add("SpecialCategory_Unspecified");
        return data;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Every_kind_and_category_has_an_English_and_a_French_word(string name)
    {
        string english = Descriptors.Phrase(name, CultureInfo.InvariantCulture);
        string french = Descriptors.Phrase(name, French);

        Assert.NotEqual(name, english);
        Assert.NotEqual(name, french);
        Assert.NotEqual(english, french);
    }
}
