using DataSteward.Analyzers.Catalogue;
using DataSteward.Analyzers.Catalogue.Model;
using DataSteward.Build;
using DataSteward.Catalogue;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Catalogue;

/// <summary>The compact form: the generator writes it, the runtime library reads and writes it, and both agree byte for byte.</summary>
public sealed class CatalogueModelSerializerTests
{
    private const string EveryProperty = """
        using DataSteward;

        [assembly: DataCatalogue(Title = "T", Description = "D", Publisher = "P", ContactPoint = "mailto:c@example.org",
            HomePage = "https://example.org/", License = "CC0-1.0", BaseUri = "https://data.example.org/")]

        /// <summary>Claims, "quoted" and \ escaped: é ü 漢字.</summary>
        [Dataset("claims", Title = "Claims", Publisher = "Office", ContactPoint = "https://example.org/contact", License = "etalab-2.0",
            Access = DatasetAccess.Restricted, Themes = new[] { "SOCI", "HEAL" }, Keywords = new[] { "benefits" }, UpdateFrequency = "P1W",
            ReferenceData = true, Purpose = "Pay benefits", LegalBasis = LawfulBasis.PublicTask, Retention = "P5Y",
            Recipients = new[] { "case workers", "the tax office" }, DataSubjects = new[] { "claimants" },
            SpecialCategoryCondition = SpecialCategoryCondition.EmploymentAndSocialSecurity)]
        public sealed class Claim
        {
            [System.ComponentModel.DataAnnotations.Key] public int Id { get; set; }
            [PersonalData(PersonalDataKind.ContactDetails), System.ComponentModel.DataAnnotations.EmailAddress] public string Email { get; set; } = "";
            [PersonalData] public string? Note { get; set; }
            [SensitiveData(SensitiveCategory.Health)] public string? Disability { get; set; }
            [Pseudonymised] public string? Token { get; set; }
            [NotPersonalData] public string? UserAgent { get; set; }
            [System.ComponentModel.DataAnnotations.Range(1.5, 9)] public double Score { get; set; }
            [System.ComponentModel.DataAnnotations.RegularExpression("^[A-Z]{2}$")] public string? Code { get; set; }
            public Kind Kind { get; set; }
            public Office? Office { get; set; }
        }

        public enum Kind { First, Second }

        [Dataset("offices")]
        public sealed class Office { [System.ComponentModel.DataAnnotations.Key] public int Number { get; set; } }
        """;

    [Fact]
    public void The_runtime_library_reads_and_writes_the_generators_form_unchanged()
    {
        foreach (string[] sources in new[] { CatalogueSources.All, [EveryProperty] })
        {
            GeneratorRun run = CatalogueHarness.Run(CatalogueSources.EditorConfig, sources);
            string json = CatalogueModelSerializer.Unpack(CatalogueAssemblyReader.ReadPackedModel(CatalogueHarness.Emit(run.OutputCompilation))!);

            DataCatalogueModel model = CatalogueModelSerializer.Deserialize(json);

            Assert.Equal(json, CatalogueModelSerializer.Serialize(model));
            Assert.Equal(json, CatalogueGenerator.Emitter.ModelJson((CatalogueModel)GeneratorTest.StepsNamed(run, CatalogueGenerator.Steps.Model).Single().Outputs.Single().Value));
        }
    }

    [Fact]
    public void Every_declared_value_reaches_the_model()
    {
        DataCatalogueModel model = CatalogueHarness.Model(CatalogueHarness.Run(null, EveryProperty));

        Assert.Equal(("T", "D", "P", "mailto:c@example.org", "https://example.org/", "CC0-1.0", "https://data.example.org/"), (model.Title, model.Description, model.Publisher, model.ContactPoint, model.HomePage, model.License, model.BaseUri));
        CatalogueDataset claims = model.Datasets[0];
        Assert.Equal("claims", claims.Identifier);
        Assert.Equal("Claim", claims.TypeName);
        Assert.Equal("Claims, \"quoted\" and \\ escaped: é ü 漢字.", claims.Description);
        Assert.Equal(DatasetAccess.Restricted, claims.Access);
        Assert.Equal(["SOCI", "HEAL"], claims.Themes);
        Assert.Equal(LawfulBasis.PublicTask, claims.LegalBasis);
        Assert.Equal(["case workers", "the tax office"], claims.Recipients);
        Assert.Equal(["claimants"], claims.DataSubjects);
        Assert.Equal(SpecialCategoryCondition.EmploymentAndSocialSecurity, claims.SpecialCategoryCondition);
        Assert.True(claims.ReferenceData);
        Assert.Equal(
            [
                "Id integer key required None",
                "Email string email required Personal ContactDetails",
                "Note string Personal Unspecified",
                "Disability string SpecialCategory Health",
                "Token string Pseudonymised",
                "UserAgent string NotPersonal",
                "Score number required 1.5..9 None",
                "Code string ^[A-Z]{2}$ None",
                "Kind string First|Second required None",
                "Office object Office None",
            ],
            claims.Fields.Select(Describe));
        Assert.Equal("offices", model.Datasets[1].Identifier);
    }

    [Theory]
    [InlineData("", "The catalogue model is not valid JSON (line 1, column 1: the document ends too early).")]
    [InlineData("[]", "A catalogue model is a JSON object.")]
    [InlineData("{\"datasets\":[]}", "The catalogue model has no \"format\".")]
    [InlineData("{\"format\":\"datasteward-catalogue/9\"}", "The catalogue model's format is 'datasteward-catalogue/9'; this version reads 'datasteward-catalogue/2' and 'datasteward-catalogue/1'.")]
    [InlineData("{\"format\":\"datasteward-catalogue/1\",\"datasets\":[{\"id\":\"x\",\"access\":\"Open\"}]}", "\"access\" has an unknown value 'Open'.")]
    [InlineData("{\"format\":\"datasteward-catalogue/1\",\"datasets\":[{\"id\":\"x\",\"legalBasis\":\"4\"}]}", "\"legalBasis\" has an unknown value '4'.")]
    [InlineData("{\"format\":\"datasteward-catalogue/1\",\"datasets\":[{\"title\":\"x\"}]}", "A dataset has no \"id\".")]
    [InlineData("{\"format\":\"datasteward-catalogue/1\",\"datasets\":[{\"id\":\"x\",\"fields\":[{\"name\":1}]}]}", "\"name\" has an unexpected type.")]
    [InlineData("{\"format\":\"datasteward-catalogue/1\",\"datasets\":[{\"id\":\"x\",\"fields\":[{\"name\":\"a\",\"classification\":\"secret\"}]}]}", "Unknown field classification 'secret'.")]
    [InlineData("\uFEFF{\"format\":\"datasteward-catalogue/1\",\"datasets\":[{\"id\":\"x\",\"fields\":[{\"name\":\"a\",\"minLength\":1.5}]}]}", "\"minLength\" is not an integer.")]
    [InlineData("{\"format\":\"datasteward-catalogue/1\",\"title\":\"unterminated}", "The catalogue model is not valid JSON (line 1, column 59: a string is not closed).")]
    public void Malformed_input_is_a_format_exception_that_says_what(string json, string message)
    {
        FormatException exception = Assert.Throws<FormatException>(() => CatalogueModelSerializer.Deserialize(json));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void A_model_of_the_first_format_renders_the_same_documents()
    {
        // The civil-affairs model as the generator wrote it before the type facts (datasteward-catalogue/1: Table Schema
        // types in the model) renders every document of the current snapshots byte for byte; only the compact form
        // itself is written in the current format, keeping the Table Schema terms it was given.
        string first = File.ReadAllText(Path.Combine(CatalogueHarness.Folder(), "Fixtures", "civil-affairs.catalogue-1.model.json"));
        SortedDictionary<string, string> current = CatalogueHarness.Documents(CatalogueHarness.Run(CatalogueSources.EditorConfig, CatalogueSources.All));

        var rendered = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (CatalogueDocument document in CatalogueRenderer.RenderAll(CatalogueModelSerializer.Deserialize(first)))
        {
            rendered.Add(document.Path, document.Text);
        }

        Assert.Equal(current.Keys, rendered.Keys);
        Assert.All(current.Keys.Where(path => path != CatalogueModelSerializer.FileName), path => Assert.Equal(current[path], rendered[path]));
        Assert.StartsWith("{\"format\":\"datasteward-catalogue/2\",", rendered[CatalogueModelSerializer.FileName], StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"DeclarantEmail\",\"type\":\"string\",\"format\":\"email\",", rendered[CatalogueModelSerializer.FileName], StringComparison.Ordinal);
        Assert.DoesNotContain("valueType", rendered[CatalogueModelSerializer.FileName], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"valueType\":\"DateTime\",\"dataType\":\"Date\"", "date", null)]
    [InlineData("\"valueType\":\"DateTime\"", "datetime", null)]
    [InlineData("\"valueType\":\"DateTimeOffset\",\"dataType\":\"Time\"", "datetime", null)]
    [InlineData("\"valueType\":\"String\",\"emailAddress\":true", "string", "email")]
    [InlineData("\"valueType\":\"String\",\"dataType\":\"Url\"", "string", "uri")]
    [InlineData("\"valueType\":\"Guid\",\"emailAddress\":true", "string", "uuid")]
    [InlineData("\"valueType\":\"Binary\"", "string", "binary")]
    [InlineData("\"valueType\":\"Int128\"", "integer", null)]
    [InlineData("\"valueType\":\"Half\"", "number", null)]
    [InlineData("\"valueType\":\"TimeSpan\"", "duration", null)]
    [InlineData("\"valueType\":\"Sequence\"", "array", null)]
    [InlineData("\"valueType\":\"Composite\",\"references\":\"Ns.Office\"", "object", null)]
    [InlineData("\"valueType\":\"Object\",\"url\":true", "any", null)]
    [InlineData("", "any", null)]
    [InlineData("\"type\":\"date\",\"format\":\"x\"", "date", "x")]
    public void The_table_schema_writer_maps_the_type_facts(string facts, string type, string? format)
    {
        string json = "{\"format\":\"datasteward-catalogue/2\",\"datasets\":[{\"id\":\"x\",\"fields\":[{\"name\":\"a\"" + (facts.Length > 0 ? "," + facts : "") + "}]}]}";

        DataCatalogueModel model = CatalogueModelSerializer.Deserialize(json);

        CatalogueField field = model.Datasets[0].Fields[0];
        Assert.Equal((type, format), (field.Type, field.Format));
        Assert.Equal(json.Replace("\"format\":\"datasteward-catalogue/2\",", "\"format\":\"datasteward-catalogue/2\",\"assembly\":\"\",\"settings\":{},", StringComparison.Ordinal).Replace("\"id\":\"x\",", "\"id\":\"x\",\"type\":\"\",\"access\":\"NonPublic\",", StringComparison.Ordinal), CatalogueModelSerializer.Serialize(model));
    }

    [Fact]
    public void Pack_and_unpack_are_inverse_and_garbage_is_a_format_exception()
    {
        const string json = "{\"format\":\"datasteward-catalogue/1\",\"assembly\":\"é\"}";

        Assert.Equal(json, CatalogueModelSerializer.Unpack(CatalogueModelSerializer.Pack(json)));
        Assert.Equal(json, CatalogueModelSerializer.Unpack(CatalogueGenerator.Emitter.Pack(json)));
        Assert.Throws<FormatException>(() => CatalogueModelSerializer.Unpack("not base64!"));
    }

    private static string Describe(CatalogueField field) => string.Join(" ", new[]
    {
        field.Name,
        field.Type,
        field.Format,
        field.ReferencedType,
        field.Pattern,
        field.EnumValues.Count > 0 ? string.Join("|", field.EnumValues) : null,
        field.PrimaryKey ? "key" : null,
        field.Required ? "required" : null,
        field.Minimum is not null ? field.Minimum + ".." + field.Maximum : null,
        field.Classification.ToString(),
        field.Classification switch
        {
            FieldClassification.Personal => field.Kind.ToString(),
            FieldClassification.SpecialCategory => field.SpecialCategory.ToString(),
            _ => null,
        },
    }.Where(part => part is not null));
}
