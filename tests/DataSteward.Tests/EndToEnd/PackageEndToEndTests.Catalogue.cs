using System.Text;
using System.Text.RegularExpressions;

namespace DataSteward.Tests.EndToEnd;

/// <summary>The catalogue's integrity and settings through the packed package (issue 15, items 4 and 6; issue 12, item 5).</summary>
public sealed partial class PackageEndToEndTests
{
    private const string DuplicateProgram = """
        using System;
        using DataSteward;

        namespace Consumer;

        [Dataset("benefit-claimants", Title = "Claimants", Description = "People who claim a benefit.")]
        public sealed class Claimant { public Guid Id { get; init; } }

        [Dataset("benefit-claimants", Title = "Health claimants", Description = "Claimants with a disability.")]
        public sealed class HealthClaimant { public Guid Id { get; init; } }

        public static class Program
        {
            public static void Main() => Console.WriteLine(DataSteward.Generated.DataCatalogue.DatasetCount);
        }

        """;

    private const string EmptyIdentifierProgram = """
        using System;
        using DataSteward;

        namespace Consumer;

        [Dataset("", Title = "Claimants", Description = "People who claim a benefit.")]
        public sealed class Claimant { public Guid Id { get; init; } }

        public static class Program
        {
            public static void Main() => Console.WriteLine("no catalogue");
        }

        """;

    private const string ClaimsProgram = """
        using System;
        using DataSteward;

        namespace Consumer;

        [Dataset("benefit-claims", Title = "Demandes de prestations", Description = "Les demandes de prestations.", Access = DatasetAccess.Restricted,
            Purpose = "Verser les prestations", LegalBasis = LawfulBasis.LegalObligation, Retention = "P5Y",
            Recipients = new[] { "agents instructeurs" }, DataSubjects = new[] { "allocataires" })]
        public sealed class Claim
        {
            public Guid Id { get; init; }
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; init; } = "";
        }

        public static class Program
        {
            public static void Main() => Console.WriteLine(DataSteward.Generated.DataCatalogue.DatasetCount);
        }

        """;

    private static readonly Regex ProjectWarning = new(@"warning (?<id>DS0209): (?<message>.*?) \(https://", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(5));

    [Fact]
    public void A_duplicate_identifier_fails_the_build_and_silencing_DS0205_still_writes_no_catalogue()
    {
        var consumer = package.CreateConsumer("duplicate", DuplicateProgram);
        Assert.True(consumer.Restore().Succeeded);
        string folder = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", "datacatalogue");

        var build = consumer.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("error DS0205: Dataset identifier 'benefit-claimants' is also used by 'Consumer.HealthClaimant'", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "No catalogue may be written while two datasets share an identifier.");

        File.WriteAllText(Path.Combine(consumer.Directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.DS0205.severity = none\n");
        var silenced = consumer.Build();

        Assert.False(silenced.Succeeded, silenced.ToString());
        Assert.Contains(
            "error DS0205: DataSteward: dataset identifier 'benefit-claimants' is used by Consumer.Claimant and Consumer.HealthClaimant; the catalogue is not written, because one dataset would replace the other.",
            silenced.Output,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "No catalogue may be written while two datasets share an identifier.");
    }

    [Fact]
    public void An_empty_identifier_fails_the_build_with_DS0208()
    {
        var consumer = package.CreateConsumer("empty-identifier", EmptyIdentifierProgram);
        Assert.True(consumer.Restore().Succeeded);

        var build = consumer.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("error DS0208: The dataset identifier of 'Consumer.Claimant' is empty: the type cannot be catalogued", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_are_one_DS0209_warning_and_a_configured_french_catalogue_has_none()
    {
        var consumer = package.CreateConsumer("placeholders", ClaimsProgram);
        Assert.True(consumer.Restore().Succeeded);

        var placeholder = consumer.Build();

        Assert.True(placeholder.Succeeded, placeholder.ToString());
        string[] warnings = ProjectWarning.Matches(placeholder.Output).Select(m => m.Groups["message"].Value.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["The data catalogue of 'Consumer' uses placeholders: every IRI starts with https://example.invalid/: set the MSBuild property DataStewardCatalogueBaseUri, or [assembly: DataCatalogue(BaseUri = …)]; the register names 'Consumer' as the controller: set the MSBuild property DataStewardController; the register has no data protection officer: set the MSBuild property DataStewardDpoContact"],
            warnings);

        var configured = consumer.Build(
            "DataStewardCatalogueBaseUri=https://data.saint-exemple.example/",
            "DataStewardController=Ville de Saint-Exemple",
            "DataStewardDpoContact=mailto:dpo@saint-exemple.example",
            "DataStewardCatalogueLanguage=fr");

        Assert.True(configured.Succeeded, configured.ToString());
        Assert.DoesNotContain("DS0209", configured.Output, StringComparison.Ordinal);
        byte[] csv = File.ReadAllBytes(Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", "datacatalogue", "register.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv.Take(3));
        string text = new UTF8Encoding(false).GetString(csv, 3, csv.Length - 3);
        Assert.StartsWith("Jeu de données;Intitulé;Responsable du traitement;", text, StringComparison.Ordinal);
        Assert.Contains("benefit-claims;Demandes de prestations;Ville de Saint-Exemple;mailto:dpo@saint-exemple.example;Verser les prestations;obligation légale (art. 6.1.c RGPD);allocataires;", text, StringComparison.Ordinal);
    }
}
