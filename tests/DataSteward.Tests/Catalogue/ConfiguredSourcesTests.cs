using DataSteward.Analyzers.Catalogue;
using DataSteward.Catalogue;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.Catalogue;

/// <summary>
/// The catalogue agrees with the flow rules on what is personal data (issue 11): <c>datasteward.sources</c>, and
/// <c>[Pseudonymised]</c> inherited through an interface.
/// </summary>
public sealed class ConfiguredSourcesTests
{
    private const string Source = """
        using DataSteward;

        namespace Vendor;

        public interface IHasReference
        {
            [Pseudonymised] string Reference { get; }
        }

        /// <summary>Contacts of the vendor's customers.</summary>
        [Dataset("contacts", Title = "Contacts", Purpose = "Reply", LegalBasis = LawfulBasis.Contract, Retention = "P1Y",
            Recipients = new[] { "support" }, DataSubjects = new[] { "customers" })]
        public sealed class Contact : IHasReference
        {
            public string Mail { get; set; } = "";
            public string Tel { get; set; } = "";
            public string Reference { get; set; } = "";
            [NotPersonalData] public string Team { get; set; } = "";
            public int Visits { get; set; }
        }
        """;

    // A comma-separated list as docs/rules/README.md shows it, and a member classified in code (stays not personal).
    private const string Sources = "datasteward.sources = P:Vendor.Contact.Mail, P:Vendor.Contact.Tel, P:Vendor.Contact.Team";

    [Fact]
    public void A_member_named_only_in_datasteward_sources_is_personal_data_in_the_register_and_the_table_schema()
    {
        // The kind comes from the name, as the classifier gives it to the flow rules: "Tel" says contact, "Mail" says nothing.
        GeneratorRun run = CatalogueHarness.Run(Sources, Source);
        SortedDictionary<string, string> documents = CatalogueHarness.Documents(run);

        Assert.Equal(
            ["Mail Personal Unspecified", "Tel Personal ContactDetails", "Reference Pseudonymised", "Team NotPersonal", "Visits None"],
            CatalogueHarness.Model(run).Datasets.Single().Fields.Select(f => $"{f.Name} {f.Classification}{(f.Classification == FieldClassification.Personal ? " " + f.Kind : "")}"));
        Assert.Contains("Mail (personal data); Tel (contact)", documents["register.csv"], StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Tel\",\n      \"type\": \"string\",\n      \"constraints\": {\n        \"required\": true\n      },\n      \"personalData\": \"contact\"", documents["schemas/contacts.schema.json"], StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Reference\",\n      \"type\": \"string\",\n      \"constraints\": {\n        \"required\": true\n      },\n      \"pseudonymised\": true", documents["schemas/contacts.schema.json"], StringComparison.Ordinal);

        // Control: without the setting, the same members are not personal data and the register has no entry.
        SortedDictionary<string, string> unconfigured = CatalogueHarness.Documents(CatalogueHarness.Run(null, Source));
        Assert.DoesNotContain("contacts", unconfigured["register.csv"], StringComparison.Ordinal);
        Assert.DoesNotContain("personalData", unconfigured["schemas/contacts.schema.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_pseudonymised_through_its_interface_is_catalogued_as_pseudonymised()
    {
        // Issue 11: the generator re-scanned the member's own attributes and catalogued this member as not personal.
        // Control in the same compilation: a personal-data attribute on another interface reaches its implementation too.
        const string source = """
            using DataSteward;

            namespace Vendor;

            public interface IHasReference
            {
                [Pseudonymised] string Reference { get; }
            }

            public interface IHasMail
            {
                [PersonalData(PersonalDataKind.ContactDetails)] string Mail { get; }
            }

            [Dataset("accounts", Title = "Accounts")]
            public sealed class Account : IHasReference, IHasMail
            {
                public string Reference { get; set; } = "";
                public string Mail { get; set; } = "";
                public int Visits { get; set; }
            }
            """;
        GeneratorRun run = CatalogueHarness.Run(null, source);

        Assert.Equal(
            ["Reference Pseudonymised", "Mail Personal", "Visits None"],
            CatalogueHarness.Model(run).Datasets.Single().Fields.Select(f => $"{f.Name} {f.Classification}"));
        string schema = CatalogueHarness.Documents(run)["schemas/accounts.schema.json"];
        Assert.Contains("\"name\": \"Reference\",\n      \"type\": \"string\",\n      \"constraints\": {\n        \"required\": true\n      },\n      \"pseudonymised\": true\n", schema, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Mail\",\n      \"type\": \"string\",\n      \"constraints\": {\n        \"required\": true\n      },\n      \"personalData\": \"contact\"\n", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void With_sources_configured_an_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        GeneratorRun first = CatalogueHarness.Run(Sources, Source, "public static class Helper { public static int Twice(int x) => x * 1; }");
        SyntaxTree tree = first.InputCompilation.SyntaxTrees.Single(t => t.ToString().Contains("Helper", StringComparison.Ordinal));
        Compilation changed = first.InputCompilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.ToString().Replace("x * 1", "x * 2", StringComparison.Ordinal))));

        GeneratorRun second = GeneratorTest.RunAgain(first.Driver, changed);

        GeneratorTest.AssertIncremental(first, second, CatalogueGenerator.Steps.All.ToArray());
        Assert.Equal(CatalogueHarness.Documents(first), CatalogueHarness.Documents(second));
    }
}
