using System.Text.Json;
using DataSteward.Analyzers.Catalogue;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NJsonSchema;

namespace DataSteward.Tests.Catalogue;

public sealed class CatalogueGeneratorTests
{
    private static readonly string[] ExpectedFiles =
    [
        "catalogue.jsonld",
        "catalogue.model.json",
        "catalogue.ttl",
        "register.csv",
        "register.json",
        "schemas/birth-registrations.schema.json",
        "schemas/service-locations.schema.json",
        "schemas/vaccination-records.schema.json",
    ];

    [Fact]
    public void Documents_match_the_snapshots()
    {
        GeneratorRun run = CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All);

        SortedDictionary<string, string> documents = CatalogueHarness.Documents(run);

        Assert.Equal(ExpectedFiles, documents.Keys);
        CatalogueHarness.AssertSnapshots("civil-affairs", documents);
    }

    [Fact]
    public void Generated_class_matches_the_snapshot()
    {
        GeneratorRun run = CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All);

        KeyValuePair<string, string> source = Assert.Single(run.GeneratedSources);
        Assert.Equal("DataSteward.DataCatalogue.g.cs", source.Key);
        CatalogueHarness.AssertSnapshots("generated-class", new Dictionary<string, string> { ["DataCatalogue.g.cs.txt"] = source.Value });
    }

    [Fact]
    public void Two_runs_give_byte_identical_documents()
    {
        SortedDictionary<string, string> first = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All));
        // Another order of the source files and a fresh compilation: the same bytes.
        SortedDictionary<string, string> second = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All.Reverse().ToArray()));

        Assert.Equal(first, second);
        Assert.All(first.Values, text => Assert.DoesNotContain('\r', text));
    }

    [Fact]
    public async Task Every_table_schema_is_valid_against_the_published_json_schema()
    {
        JsonSchema tableSchema = await LoadTableSchemaAsync();
        SortedDictionary<string, string> documents = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All));

        string[] schemas = documents.Keys.Where(k => k.StartsWith("schemas/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, schemas.Length);
        foreach (string path in schemas)
        {
            var errors = tableSchema.Validate(documents[path]);
            Assert.True(errors.Count == 0, path + ": " + string.Join("; ", errors.Select(e => e.ToString())));
        }
    }

    [Fact]
    public async Task The_table_schema_validator_rejects_an_invalid_schema()
    {
        // Proves the validation above can fail: a field without a name and an unknown type.
        JsonSchema tableSchema = await LoadTableSchemaAsync();

        Assert.NotEmpty(tableSchema.Validate("""{ "fields": [ { "type": "text" } ] }"""));
    }

    [Fact]
    public void Json_ld_is_well_formed_and_uses_dcat_terms()
    {
        SortedDictionary<string, string> documents = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All));

        using JsonDocument json = JsonDocument.Parse(documents["catalogue.jsonld"]);
        JsonElement context = json.RootElement.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        JsonElement[] graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToArray();
        Assert.Equal(
            ["dcat:Catalog", "dcat:Dataset", "dcat:Distribution", "dcat:Dataset", "dcat:Distribution", "dcat:Dataset", "dcat:Distribution", "foaf:Agent", "foaf:Agent"],
            graph.Select(n => n.GetProperty("@type").GetString()));
        JsonElement catalog = graph[0];
        Assert.Equal("https://data.civil-affairs.example/catalogue/catalogue", catalog.GetProperty("@id").GetString());
        Assert.Equal(
            ["https://data.civil-affairs.example/catalogue/dataset/birth-registrations", "https://data.civil-affairs.example/catalogue/dataset/service-locations", "https://data.civil-affairs.example/catalogue/dataset/vaccination-records"],
            catalog.GetProperty("dcat:dataset").EnumerateArray().Select(d => d.GetProperty("@id").GetString()));
        JsonElement health = graph[5];
        Assert.Equal("vaccination-records", health.GetProperty("dct:identifier").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/access-right/RESTRICTED", health.GetProperty("dct:accessRights").GetProperty("@id").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/frequency/WEEKLY", health.GetProperty("dct:accrualPeriodicity").GetProperty("@id").GetString());
        Assert.Equal("https://w3id.org/dpv/pd#Health", health.GetProperty("dpv:hasPersonalData").GetProperty("@id").GetString());
        Assert.Equal("https://data.civil-affairs.example/catalogue/schemas/vaccination-records.schema.json", graph[6].GetProperty("dct:conformsTo").GetProperty("@id").GetString());
    }

    [Fact]
    public void Default_base_uri_is_absolute_and_reserved()
    {
        SortedDictionary<string, string> documents = CatalogueHarness.Documents(CatalogueHarness.Run(null, CatalogueSources.All));

        using JsonDocument json = JsonDocument.Parse(documents["catalogue.jsonld"]);
        Assert.Equal("https://example.invalid/datacatalogue/catalogue", json.RootElement.GetProperty("@graph")[0].GetProperty("@id").GetString());
        // Without DataStewardController the register names the catalogue's publisher.
        Assert.StartsWith("{\n  \"controller\": \"Ministry of Civil Affairs\",\n  \"catalogue\": ", documents["register.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void Foreign_key_points_at_the_referenced_dataset_key()
    {
        SortedDictionary<string, string> documents = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All));

        using JsonDocument schema = JsonDocument.Parse(documents["schemas/vaccination-records.schema.json"]);
        JsonElement foreignKey = Assert.Single(schema.RootElement.GetProperty("foreignKeys").EnumerateArray().ToArray());
        Assert.Equal("""{"fields":["Site"],"reference":{"resource":"service-locations","fields":["Id"]}}""", JsonSerializer.Serialize(foreignKey));
        JsonElement site = schema.RootElement.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Site");
        Assert.Equal("integer", site.GetProperty("type").GetString());
    }

    [Fact]
    public void Nothing_is_generated_without_a_dataset()
    {
        GeneratorRun run = CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.Catalogue, CatalogueSources.Unrelated);
        GeneratorRun control = CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.Catalogue, CatalogueSources.Unrelated, CatalogueSources.ServiceLocation);

        Assert.Empty(run.GeneratedSources);
        Assert.NotEmpty(control.GeneratedSources);

    }

    [Fact]
    public void Documentation_comments_are_read_even_when_the_compiler_does_not_parse_them()
    {
        // GenerateDocumentationFile off: DocumentationMode.None, the /// lines are plain comments.
        CSharpParseOptions noDocs = TestCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.None);
        CSharpCompilation compilation = TestCompilation.Create(CatalogueSources.All);
        foreach (SyntaxTree tree in compilation.SyntaxTrees.ToArray())
        {
            compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.GetText(), noDocs, tree.FilePath));
        }

        Assert.Equal(string.Empty, compilation.GetTypeByMetadataName("CivilAffairs.Registers.BirthRegistration")!.GetDocumentationCommentXml() ?? string.Empty);
        SortedDictionary<string, string> withoutDocs = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, compilation));
        SortedDictionary<string, string> withDocs = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All));

        Assert.Equal(withDocs, withoutDocs);
    }

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        GeneratorRun first = CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All);
        SyntaxTree tree = first.InputCompilation.SyntaxTrees.Single(t => t.ToString().Contains("CertificatePrinter", StringComparison.Ordinal));
        string edited = tree.ToString().Replace("copies * 1", "copies * 2", StringComparison.Ordinal);
        Compilation changed = first.InputCompilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));

        GeneratorRun second = GeneratorTest.RunAgain(first.Driver, changed);

        GeneratorTest.AssertIncremental(first, second, CatalogueGenerator.Steps.All.ToArray());
    }

    [Fact]
    public void Edit_in_a_dataset_method_body_leaves_every_step_cached_or_unchanged()
    {
        GeneratorRun first = CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All);
        SyntaxTree tree = first.InputCompilation.SyntaxTrees.Single(t => t.ToString().Contains("class BirthRegistration", StringComparison.Ordinal));
        string edited = tree.ToString().Replace("DateTime.UtcNow", "DateTime.Now", StringComparison.Ordinal);
        Compilation changed = first.InputCompilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));

        GeneratorRun second = GeneratorTest.RunAgain(first.Driver, changed);

        GeneratorTest.AssertIncremental(first, second, CatalogueGenerator.Steps.All.ToArray());
    }

    [Fact]
    public void Dataset_edit_changes_the_output()
    {
        GeneratorRun first = CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All);
        SyntaxTree tree = first.InputCompilation.SyntaxTrees.Single(t => t.ToString().Contains("class BirthRegistration", StringComparison.Ordinal));
        string edited = tree.ToString().Replace("Retention = \"P75Y\"", "Retention = \"P80Y\"", StringComparison.Ordinal);
        Compilation changed = first.InputCompilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));

        GeneratorRun second = GeneratorTest.RunAgain(first.Driver, changed);

        Assert.Throws<VerificationException>(() => GeneratorTest.AssertIncremental(first, second, [CatalogueGenerator.Steps.Model]));
        Assert.Contains("P80Y", CatalogueHarness.Documents(second)["register.json"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[DataSteward.Dataset(")]
    [InlineData("[DataSteward.Dataset(42)]")]
    [InlineData("[DataSteward.Dataset()]")]
    [InlineData("[DataSteward.Dataset(\"x\", Access = (DataSteward.DatasetAccess)9, LegalBasis = (DataSteward.LawfulBasis)77, Themes = null, Retention = 5)]")]
    [InlineData("[DataSteward.Dataset(null, Title = null, Keywords = new string[] { null })]")]
    [InlineData("[DataSteward.Dataset(\"\")]")]
    public void Half_written_attributes_never_throw(string attribute)
    {
        string source = attribute + "\npublic sealed class Draft { [DataSteward.PersonalData(42)] public string? Email { get; set; } public Draft Self { get; set; } = null!; }";
        CSharpCompilation compilation = TestCompilation.Create([source]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new CatalogueGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions);

        GeneratorDriverRunResult result = driver.RunGenerators(compilation).GetRunResult();

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        bool readable = attribute.Contains("\"x\"", StringComparison.Ordinal);
        Assert.Equal(readable ? 1 : 0, result.GeneratedTrees.Length);
    }

    private static Task<JsonSchema> LoadTableSchemaAsync() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(CatalogueHarness.Folder(), "Fixtures", "tableschema-1.0.json")));
}
