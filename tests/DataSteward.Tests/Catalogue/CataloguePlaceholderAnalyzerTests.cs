using System.Collections.Immutable;
using System.Globalization;
using DataSteward.Analyzers.Catalogue;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Catalogue;

/// <summary>DS0209: one warning per project when the catalogue would use a placeholder (issue 15, item 6).</summary>
public sealed class CataloguePlaceholderAnalyzerTests
{
    private const string PersonalDataset = """
        using DataSteward;

        [Dataset("claimants", Title = "Claimants", Description = "Benefit claimants.")]
        public sealed class Claimant { [PersonalData] public string? Email { get; set; } }

        [Dataset("offices", Title = "Offices", Description = "Offices.")]
        public sealed class Office { public string? Name { get; set; } }
        """;

    private const string OpenDataset = """
        using DataSteward;

        [Dataset("offices", Title = "Offices", Description = "Offices.")]
        public sealed class Office { public string? Name { get; set; } }
        """;

    private const string AllSet = """
        build_property.DataStewardCatalogueBaseUri = https://data.example.org/
        build_property.DataStewardController = Ville de Test
        build_property.DataStewardDpoContact = mailto:dpo@example.org
        """;

    [Fact]
    public async Task Nothing_set_is_one_warning_naming_every_property()
    {
        Diagnostic diagnostic = Assert.Single(await RunAsync(null, PersonalDataset));

        Assert.Equal("DS0209", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(
            "The data catalogue of 'TestProject' uses placeholders: every IRI starts with https://example.invalid/: set the MSBuild property DataStewardCatalogueBaseUri, or [assembly: DataCatalogue(BaseUri = …)]; the register names 'TestProject' as the controller: set the MSBuild property DataStewardController; the register has no data protection officer: set the MSBuild property DataStewardDpoContact",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Every_property_set_is_silent_and_each_missing_one_is_named()
    {
        Assert.Empty(await RunAsync(AllSet, PersonalDataset));

        // Control, same sources: drop one property at a time and it is the one named.
        Assert.Equal(
            "The data catalogue of 'TestProject' uses placeholders: the register has no data protection officer: set the MSBuild property DataStewardDpoContact",
            Assert.Single(await RunAsync(AllSet.Replace("build_property.DataStewardDpoContact = mailto:dpo@example.org", string.Empty, StringComparison.Ordinal), PersonalDataset)).GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(
            "The data catalogue of 'TestProject' uses placeholders: every IRI starts with https://example.invalid/ ('data.example.org' is not an absolute URI): set the MSBuild property DataStewardCatalogueBaseUri, or [assembly: DataCatalogue(BaseUri = …)]",
            Assert.Single(await RunAsync(AllSet.Replace("https://data.example.org/", "data.example.org", StringComparison.Ordinal), PersonalDataset)).GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_base_iri_may_come_from_the_code_and_the_register_settings_only_matter_with_personal_data()
    {
        const string codeBase = "[assembly: DataSteward.DataCatalogue(BaseUri = \"https://data.example.org/\", Publisher = \"Ville de Test\")]\n";

        Assert.Empty(await RunAsync(null, WithCode(OpenDataset, codeBase)));
        Assert.Equal(
            "The data catalogue of 'TestProject' uses placeholders: the register names 'Ville de Test' as the controller: set the MSBuild property DataStewardController; the register has no data protection officer: set the MSBuild property DataStewardDpoContact",
            Assert.Single(await RunAsync(null, WithCode(PersonalDataset, codeBase))).GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_project_without_datasets_gets_nothing()
    {
        Assert.Empty(await RunAsync(null, "public sealed class Plain { public int X { get; set; } }"));
        Assert.Single(await RunAsync(null, OpenDataset));
    }

    private static string WithCode(string source, string assemblyAttribute) =>
        source.Replace("using DataSteward;\n", "using DataSteward;\n" + assemblyAttribute, StringComparison.Ordinal);

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string? editorConfig, string source)
    {
        Compilation compilation = TestCompilation.Create([source]);
        TestCompilation.AssertCompiles(compilation);
        return await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new CataloguePlaceholderAnalyzer()],
            TestCompilation.AnalyzerOptions(editorConfig, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: false);
    }
}
