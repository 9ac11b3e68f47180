using System.Text.Json;
using DataSteward.Catalogue;
using DataSteward.Tool.Tests.Support;
using NJsonSchema;

namespace DataSteward.Tool.Tests.Output;

/// <summary>
/// The sample merged with two fixture projects, checked with the validators the project uses: every Table Schema
/// against the published Table Schema JSON Schema, the catalogue against the DCAT-AP classes' mandatory properties;
/// dataset URIs and publishers as each project published them; one register for the organisation.
/// </summary>
public sealed class MergedCatalogueTests : IClassFixture<MergedMapFixture>
{
    private static readonly FixtureProject[] Projects = [FixtureProject.CitizenServices, FixtureProject.SchoolEnrolment, FixtureProject.SocialServices];

    private readonly MergedMapFixture map;

    public MergedCatalogueTests(MergedMapFixture map) => this.map = map;

    [Fact]
    public async Task Every_table_schema_of_every_project_is_valid_against_the_table_schema_profile()
    {
        JsonSchema profile = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "tableschema-1.0.json")));
        string[] schemas = Directory.GetFiles(map.File("schemas"), "*.schema.json").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            ["CitizenServices.citizens", "CitizenServices.service-points", "SchoolEnrolment.pupils", "SchoolEnrolment.schools", "SocialServices.beneficiaries", "SocialServices.citizens"],
            schemas.Select(file => Path.GetFileName(file)[..^".schema.json".Length]));
        foreach (string schema in schemas)
        {
            Assert.Empty(profile.Validate(File.ReadAllText(schema)));
        }

        Assert.NotEmpty(profile.Validate("""{ "fields": [ { "name": "x", "type": "text" } ] }"""));
    }

    [Fact]
    public void The_catalogue_has_the_dcat_ap_structure_and_lists_every_project_dataset_and_catalogue()
    {
        JsonElement catalogue = Json("catalogue.jsonld");

        Assert.Empty(DcatApStructure.Problems(catalogue));
        JsonElement organisation = catalogue.GetProperty("@graph")[0];
        Assert.Equal("https://data.saint-exemple.example/map/catalogue", organisation.GetProperty("@id").GetString());
        Assert.Equal("Data map of Saint-Exemple", organisation.GetProperty("dct:title").GetString());
        Assert.Equal(
            [
                "https://data.saint-exemple.example/dataset/citizens",
                "https://data.saint-exemple.example/dataset/service-points",
                "https://data.saint-exemple.example/education/dataset/pupils",
                "https://data.saint-exemple.example/education/dataset/schools",
                "https://data.saint-exemple.example/social/dataset/beneficiaries",
                "https://data.saint-exemple.example/social/dataset/citizens",
            ],
            DcatApStructure.LinkedIds(organisation, "dcat:dataset"));
        Assert.Equal(
            ["https://data.saint-exemple.example/catalogue", "https://data.saint-exemple.example/education/catalogue", "https://data.saint-exemple.example/social/catalogue"],
            DcatApStructure.LinkedIds(organisation, "dcat:catalog"));

        var broken = JsonDocument.Parse("""{ "@graph": [ { "@id": "https://x.example/d", "@type": "dcat:Dataset", "dct:title": "T" } ] }""").RootElement;
        Assert.Equal(["https://x.example/d: no dct:description"], DcatApStructure.Problems(broken));
    }

    [Fact]
    public void Each_project_dataset_node_is_in_the_merged_catalogue_exactly_as_its_project_published_it()
    {
        Dictionary<string, string> merged = Json("catalogue.jsonld").GetProperty("@graph").EnumerateArray()
            .ToDictionary(node => node.GetProperty("@id").GetString()!, node => node.GetRawText());
        foreach (FixtureProject project in Projects)
        {
            JsonElement own = JsonDocument.Parse(CatalogueRenderer.JsonLd(project.Model())).RootElement;
            foreach (JsonElement node in own.GetProperty("@graph").EnumerateArray().Where(n => n.GetProperty("@type").GetString() is "dcat:Dataset" or "dcat:Distribution"))
            {
                Assert.Equal(node.GetRawText(), merged[node.GetProperty("@id").GetString()!]);
            }
        }

        string turtle = File.ReadAllText(map.File("catalogue.ttl"));
        foreach (string dataset in DcatApStructure.LinkedIds(Json("catalogue.jsonld").GetProperty("@graph")[0], "dcat:dataset"))
        {
            Assert.Contains("\n<" + dataset + ">\n    a dcat:Dataset ;\n", turtle, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_register_holds_every_project_record_with_its_controller()
    {
        JsonElement register = Json("register.json");

        Assert.Equal("https://data.saint-exemple.example/map/catalogue", register.GetProperty("catalogue").GetString());
        Assert.Equal(
            [
                ("CitizenServices", "citizens", "Ville de Saint-Exemple, direction de la population"),
                ("SchoolEnrolment", "pupils", "Ville de Saint-Exemple, direction de l'éducation"),
                ("SocialServices", "beneficiaries", "CCAS de Saint-Exemple"),
                ("SocialServices", "citizens", "CCAS de Saint-Exemple"),
            ],
            register.GetProperty("records").EnumerateArray().Select(record => (
                record.GetProperty("project").GetString(),
                record.GetProperty("dataset").GetString(),
                record.GetProperty("controller").GetString())));

        string[] csv = File.ReadAllText(map.File("register.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("project,dataset,title,controller,", csv[0], StringComparison.Ordinal);
        Assert.Equal(["CitizenServices,citizens,", "SchoolEnrolment,pupils,", "SocialServices,beneficiaries,", "SocialServices,citizens,"], csv.Skip(1).Select(row => string.Join(",", row.Split(',').Take(2)) + ","));
    }

    [Fact]
    public void Checks_are_listed_in_the_output()
    {
        JsonElement checks = Json("checks.json");

        Assert.Equal(
            [
                "duplicate-identifier citizens",
                "open-field-personal-elsewhere Email",
                "retention-differs contact", "retention-differs date of birth", "retention-differs health", "retention-differs name", "retention-differs national identifier",
                "legal-basis-differs contact", "legal-basis-differs health", "legal-basis-differs name", "legal-basis-differs national identifier",
            ],
            checks.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("check").GetString() + " " + f.GetProperty("subject").GetString()));
        string page = File.ReadAllText(map.File("checks.html"));
        Assert.Contains("<h3 id=\"duplicate-identifier-citizens-h\">citizens</h3>", page, StringComparison.Ordinal);
    }

    private JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(map.File(file))).RootElement;
}
