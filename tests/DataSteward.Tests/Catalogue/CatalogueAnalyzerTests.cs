using System.Collections.Immutable;
using DataSteward.Analyzers.Catalogue;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Catalogue;

public sealed class CatalogueAnalyzerTests
{
    private const string Usings = "using System;\nusing System.ComponentModel.DataAnnotations;\nusing DataSteward;\n";

    [Fact]
    public async Task Realistic_model_set_is_clean()
    {
        var test = new AnalyzerTest(new CatalogueAnalyzer());
        test.Sources.AddRange(CatalogueSources.All);
        // The control: a dataset of its own file that is not ready for the catalogue.
        test.Sources.Add("""
            using DataSteward;

            [{|DS0201:Dataset|}("draft-control", Title = "Draft")]
            public sealed class DraftControl { public int X { get; set; } }
            """);
        test.ExpectedMessages.Add("Dataset 'draft-control' has no description");

        await test.RunAsync();


    }

    [Fact]
    public async Task DS0200_public_dataset_with_personal_data()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            /// <summary>Citizens who asked for a newsletter.</summary>
            [Dataset("subscribers", Title = "Subscribers", {|DS0200:Access = DatasetAccess.Public|}, Purpose = "Newsletter", LegalBasis = LawfulBasis.Consent, Retention = "P2Y",
                Recipients = new[] { "the communication office" }, DataSubjects = new[] { "subscribers" }, SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)]
            public sealed class Subscriber
            {
                [Key] public int Id { get; set; }
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
                [PersonalData] public string? Nickname { get; set; }
                [SensitiveData(SensitiveCategory.PoliticalOpinions)] public string? Party { get; set; }
                [Pseudonymised] public string Reference { get; set; } = "";
                public string Town { get; set; } = "";
            }
            """,
            "Dataset 'subscribers' is public (open data) but holds personal data that is not pseudonymised: Email (personal data: contact), Nickname (personal data), Party (special-category data: political opinions)");
    }

    [Fact]
    public async Task DS0200_not_reported_for_pseudonymised_or_restricted_data()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            /// <summary>Open statistics.</summary>
            [Dataset("visits", Title = "Visits", Access = DatasetAccess.Public)]
            public sealed class Visit
            {
                [Pseudonymised] public string Visitor { get; set; } = "";
                [NotPersonalData] public string Email { get; set; } = "";
                public int Count { get; set; }
            }

            /// <summary>Restricted contacts.</summary>
            [Dataset("contacts", Title = "Contacts", Access = DatasetAccess.Restricted, Purpose = "Reply", LegalBasis = LawfulBasis.PublicTask, Retention = "P1Y",
                Recipients = new[] { "case workers" }, DataSubjects = new[] { "citizens who wrote in" })]
            public sealed class Contact
            {
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            }

            /// <summary>Contacts published by mistake.</summary>
            [Dataset("open-contacts", Title = "Open contacts", {|DS0200:Access = DatasetAccess.Public|}, Purpose = "Reply", LegalBasis = LawfulBasis.PublicTask, Retention = "P1Y",
                Recipients = new[] { "case workers" }, DataSubjects = new[] { "citizens who wrote in" })]
            public sealed class OpenContact
            {
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            }
            """,
            "Dataset 'open-contacts' is public (open data) but holds personal data that is not pseudonymised: Email (personal data: contact)");
    }

    [Fact]
    public async Task DS0201_missing_title_or_description()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            [{|DS0201:Dataset|}("no-title", Description = "Has a description")]
            public sealed class A { public int X { get; set; } }

            [{|DS0201:Dataset|}("no-description", Title = "Has a title")]
            public sealed class B { public int X { get; set; } }

            [{|DS0201:Dataset|}("nothing")]
            public sealed class C { public int X { get; set; } }

            /// <summary>The documentation summary is the description.</summary>
            [Dataset("documented", Title = "Documented")]
            public sealed class D { public int X { get; set; } }
            """,
            "Dataset 'no-title' has no title",
            "Dataset 'no-description' has no description",
            "Dataset 'nothing' has no title or description");
    }

    [Fact]
    public async Task DS0202_unknown_licence()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            [Dataset("a", Title = "A", Description = "A.", License = {|DS0202:"Licence Ouverte"|})]
            public sealed class A { public int X { get; set; } }

            [Dataset("b", Title = "B", Description = "B.", License = "etalab-2.0")]
            public sealed class B { public int X { get; set; } }

            [Dataset("c", Title = "C", Description = "C.", License = "cc-by-4.0")]
            public sealed class C { public int X { get; set; } }

            [Dataset("d", Title = "D", Description = "D.", License = "https://www.data.gouv.fr/fr/licences")]
            public sealed class D { public int X { get; set; } }

            [Dataset("e", Title = "E", Description = "E.", License = {|DS0202:"/licences/open"|})]
            public sealed class E { public int X { get; set; } }
            """,
            "Licence 'Licence Ouverte' of dataset 'a' is neither a known SPDX identifier nor an absolute URI",
            "Licence '/licences/open' of dataset 'e' is neither a known SPDX identifier nor an absolute URI");
    }

    [Fact]
    public async Task DS0203_invalid_retention()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            [Dataset("a", Title = "A", Description = "A.", Retention = {|DS0203:"5 years"|})]
            public sealed class A { public int X { get; set; } }

            [Dataset("b", Title = "B", Description = "B.", Retention = {|DS0203:"P"|})]
            public sealed class B { public int X { get; set; } }

            [Dataset("c", Title = "C", Description = "C.", Retention = "P18M")]
            public sealed class C { public int X { get; set; } }

            [Dataset("d", Title = "D", Description = "D.", Retention = "P1Y6M")]
            public sealed class D { public int X { get; set; } }
            """,
            "Retention '5 years' of dataset 'a' is not an ISO 8601 duration such as P5Y or P18M",
            "Retention 'P' of dataset 'b' is not an ISO 8601 duration such as P5Y or P18M");
    }

    [Fact]
    public async Task DS0204_unknown_update_frequency()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            [Dataset("a", Title = "A", Description = "A.", UpdateFrequency = {|DS0204:"Monthly"|})]
            public sealed class A { public int X { get; set; } }

            [Dataset("b", Title = "B", Description = "B.", UpdateFrequency = "MONTHLY")]
            public sealed class B { public int X { get; set; } }

            [Dataset("c", Title = "C", Description = "C.", UpdateFrequency = "P2W")]
            public sealed class C { public int X { get; set; } }
            """,
            "Update frequency 'Monthly' of dataset 'a' is neither an EU frequency code (DAILY, WEEKLY, MONTHLY, ANNUAL…) nor an ISO 8601 duration");
    }

    [Fact]
    public async Task DS0205_duplicate_identifier_on_each_type()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            namespace Registers
            {
                [Dataset({|DS0205:"people"|}, Title = "People", Description = "P.")]
                public sealed class Person { public int X { get; set; } }

                [Dataset({|DS0205:"people"|}, Title = "People again", Description = "P.")]
                public sealed class Citizen { public int X { get; set; } }

                [Dataset("places", Title = "Places", Description = "P.")]
                public sealed class Place { public int X { get; set; } }
            }
            """,
            "Dataset identifier 'people' is also used by 'Registers.Citizen'",
            "Dataset identifier 'people' is also used by 'Registers.Person'");
    }

    [Fact]
    public async Task DS0205_found_across_files()
    {
        var test = new AnalyzerTest(new CatalogueAnalyzer());
        test.Sources.Add(Usings + "[Dataset({|DS0205:\"people\"|}, Title = \"P\", Description = \"P.\")] public sealed class Person { public int X { get; set; } }");
        test.Sources.Add(Usings + "public static class Outer { [Dataset({|DS0205:\"people\"|}, Title = \"P\", Description = \"P.\")] public sealed class Citizen { public int X { get; set; } } }");
        test.ExpectedMessages.Add("Dataset identifier 'people' is also used by 'Outer.Citizen'");
        test.ExpectedMessages.Add("Dataset identifier 'people' is also used by 'Person'");

        await test.RunAsync();
    }

    [Fact]
    public async Task DS0206_personal_data_without_processing_record()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            [{|DS0206:Dataset|}("a", Title = "A", Description = "A.")]
            public sealed class A { [PersonalData] public string Name { get; set; } = ""; }

            [{|DS0206:Dataset|}("b", Title = "B", Description = "B.", Purpose = "Pay benefits", Retention = "P5Y")]
            public sealed class B { [SensitiveData(SensitiveCategory.Health)] public string Condition { get; set; } = ""; }

            [{|DS0206:Dataset|}("c", Title = "C", Description = "C.", LegalBasis = LawfulBasis.Contract)]
            public sealed record C([PersonalData(PersonalDataKind.PostalAddress)] string Address);

            [Dataset("d", Title = "D", Description = "D.", Purpose = "Reply", LegalBasis = LawfulBasis.Consent, Retention = "P1Y",
                Recipients = new[] { "the helpdesk" }, DataSubjects = new[] { "users" })]
            public sealed class D { [PersonalData] public string Name { get; set; } = ""; }

            [Dataset("e", Title = "E", Description = "E.")]
            public sealed class E { [Pseudonymised] public string Name { get; set; } = ""; public string Email { get; set; } = ""; }

            [{|DS0206:Dataset|}("f", Title = "F", Description = "F.", Purpose = "Reply", LegalBasis = LawfulBasis.Consent, Retention = "P1Y", Recipients = new string[0])]
            public sealed class F { [PersonalData] public string Name { get; set; } = ""; }

            [{|DS0206:Dataset|}("g", Title = "G", Description = "G.", Purpose = "Care", LegalBasis = LawfulBasis.PublicTask, Retention = "P1Y",
                Recipients = new[] { "nurses" }, DataSubjects = new[] { "patients" })]
            public sealed class G { [SensitiveData(SensitiveCategory.Health)] public string Condition { get; set; } = ""; }

            [Dataset("h", Title = "H", Description = "H.", Purpose = "Care", LegalBasis = LawfulBasis.PublicTask, Retention = "P1Y",
                Recipients = new[] { "nurses" }, DataSubjects = new[] { "patients" }, SpecialCategoryCondition = SpecialCategoryCondition.HealthOrSocialCare)]
            public sealed class H { [SensitiveData(SensitiveCategory.Health)] public string Condition { get; set; } = ""; }
            """,
            "Dataset 'a' holds personal data but states no purpose, legal basis, retention, recipients or data subjects (GDPR article 30 record of processing)",
            "Dataset 'b' holds personal data but states no legal basis, recipients, data subjects or special-category condition (GDPR article 9(2)) (GDPR article 30 record of processing)",
            "Dataset 'c' holds personal data but states no purpose, retention, recipients or data subjects (GDPR article 30 record of processing)",
            "Dataset 'f' holds personal data but states no recipients or data subjects (GDPR article 30 record of processing)",
            "Dataset 'g' holds personal data but states no special-category condition (GDPR article 9(2)) (GDPR article 30 record of processing)");
    }

    [Fact]
    public async Task DS0207_unknown_theme_on_each_element()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            [Dataset("a", Title = "A", Description = "A.", Themes = new[] { "GOVE", {|DS0207:"HEALTH"|} })]
            public sealed class A { public int X { get; set; } }

            [Dataset("b", Title = "B", Description = "B.", Themes = [{|DS0207:"gove"|}, "EDUC"])]
            public sealed class B { public int X { get; set; } }
            """,
            "Theme 'HEALTH' of dataset 'a' is not an EU data-theme code (AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN)",
            "Theme 'gove' of dataset 'b' is not an EU data-theme code (AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN)");
    }

    [Fact]
    public async Task Types_without_dataset_are_ignored()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            public sealed class Person { [PersonalData] public string Name { get; set; } = ""; }

            [{|DS0201:Dataset|}("draft", Title = "Draft")]
            public sealed class Draft { public int X { get; set; } }
            """,
            "Dataset 'draft' has no description");

    }

    [Theory]
    [InlineData("[Dataset(")]
    [InlineData("[Dataset(42)]")]
    [InlineData("[Dataset()]")]
    [InlineData("[Dataset(\"x\", Access = (DatasetAccess)9, LegalBasis = (LawfulBasis)77, Themes = null, Retention = 5)]")]
    [InlineData("[Dataset(null, Title = null, Keywords = new string[] { null }, Themes = new string[] { null, \"\" })]")]
    [InlineData("[Dataset(\"x\", Themes = new[] { Unknown.Value })]")]
    public async Task Half_written_attributes_never_throw(string attribute)
    {
        // The control, before the half-written attribute: a dataset that must still be reported (it has no description).
        const string Control = "[Dataset(\"control\", Title = \"Control\")]\npublic sealed class Control { public int X { get; set; } }\n";
        string source = Usings + Control + attribute + "\npublic sealed class Draft { [PersonalData(42)] public string? Email { get; set; } }";
        CSharpCompilation compilation = TestCompilation.Create([source]);
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new CatalogueAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        string[] controlMessages = diagnostics
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Where(m => m.Contains("'control'", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(["Dataset 'control' has no description"], controlMessages);
        // Only the readable identifier "x" is a dataset; it lacks everything that the record of processing needs. A null
        // identifier is DS0208 (an error: the type cannot be catalogued); a missing or non-string one is the compiler's.
        Assert.Equal(
            attribute.Contains("\"x\"", StringComparison.Ordinal) ? ["DS0201", "DS0206"] : attribute.StartsWith("[Dataset(null", StringComparison.Ordinal) ? ["DS0208"] : Array.Empty<string>(),
            diagnostics
                .Where(d => d.Id.StartsWith("DS02", StringComparison.Ordinal) && d.Id != "DS0207" && d.Id != "DS0203")
                .Where(d => !d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'control'", StringComparison.Ordinal))
                .Select(d => d.Id).Order(StringComparer.Ordinal).ToArray());
    }
}
