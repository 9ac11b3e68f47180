using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using DataSteward.Build;
using DataSteward.Catalogue;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Catalogue;

/// <summary>The register states what the code declares and nothing else (issue 15, item 5), in English or French (issue 12, item 5).</summary>
public sealed class RegisterTests : IDisposable
{
    private const string Undeclared = """
        using DataSteward;

        /// <summary>Benefit claims.</summary>
        [Dataset("claims", Title = "Claims", Access = DatasetAccess.Restricted)]
        public sealed class Claim
        {
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            [SensitiveData(SensitiveCategory.Health)] public string? Disability { get; set; }
        }
        """;

    private const string Declared = """
        using DataSteward;

        /// <summary>Benefit claims.</summary>
        [Dataset("claims", Title = "Réclamations", Access = DatasetAccess.Restricted, Keywords = new[] { "prestations" },
            Purpose = "Verser les prestations", LegalBasis = LawfulBasis.LegalObligation, Retention = "P5Y",
            Recipients = new[] { "agents instructeurs", "caisse d'allocations; service payeur" }, DataSubjects = new[] { "allocataires" },
            SpecialCategoryCondition = SpecialCategoryCondition.EmploymentAndSocialSecurity)]
        public sealed class Claim
        {
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            [SensitiveData(SensitiveCategory.Health)] public string? Disability { get; set; }
            [Pseudonymised] public string? Reference { get; set; }
        }
        """;

    private readonly string root = Path.Combine(Path.GetTempPath(), "datasteward-register-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void What_the_code_does_not_declare_is_written_as_not_stated()
    {
        SortedDictionary<string, string> documents = CatalogueHarness.Documents(CatalogueHarness.Run(null, Undeclared));

        Assert.Equal(
            """
            {
              "controller": "TestProject",
              "catalogue": "https://example.invalid/datacatalogue/catalogue",
              "records": [
                {
                  "dataset": "claims",
                  "title": "Claims",
                  "purpose": "not stated",
                  "legalBasis": "not stated",
                  "dataSubjects": [
                    "not stated"
                  ],
                  "personalData": [
                    {
                      "field": "Email",
                      "category": "contact",
                      "specialCategory": false
                    },
                    {
                      "field": "Disability",
                      "category": "health",
                      "specialCategory": true
                    }
                  ],
                  "specialCategories": [
                    "health"
                  ],
                  "specialCategoryCondition": "not stated",
                  "recipients": [
                    "not stated"
                  ],
                  "retention": "not stated",
                  "securityMeasures": [
                    "access: restricted"
                  ]
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            documents["register.json"]);
        Assert.Equal(
            "claims,Claims,TestProject,,not stated,not stated,not stated,\"Email (contact); Disability (health, special category)\",health,not stated,not stated,not stated,access: restricted\n",
            documents["register.csv"].Split('\n', 2)[1]);
    }

    [Fact]
    public void French_register_uses_the_cnil_headings_french_values_a_bom_and_semicolons()
    {
        IReadOnlyList<CatalogueDocument> documents = CatalogueRenderer.RenderAll(
            CatalogueHarness.Model(CatalogueHarness.Run("build_property.DataStewardCatalogueLanguage = fr\nbuild_property.DataStewardController = Ville de Test", Declared)));

        CatalogueDocument csv = documents.Single(d => d.Path == "register.csv");
        Assert.True(csv.ByteOrderMark);
        byte[] bytes = csv.ToBytes();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Equal(csv.Text, new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(
            "Jeu de données;Intitulé;Responsable du traitement;Délégué à la protection des données;Finalité(s) du traitement;Base légale;Catégories de personnes concernées;Catégories de données;Données sensibles;Condition de traitement des données sensibles (art. 9.2 RGPD);Destinataires;Durée de conservation;Mesures de sécurité\n"
            + "claims;Réclamations;Ville de Test;;Verser les prestations;obligation légale (art. 6.1.c RGPD);allocataires;\"Email (coordonnées); Disability (santé, donnée sensible)\";santé;droit du travail, de la sécurité sociale et de la protection sociale (art. 9.2.b RGPD);\"agents instructeurs; caisse d'allocations; service payeur\";P5Y;\"champs pseudonymisés : Reference; accès : restreint\"\n",
            csv.Text);

        string jsonLd = documents.Single(d => d.Path == "catalogue.jsonld").Text;
        Assert.Contains("\"dct:title\": {\n        \"@value\": \"Réclamations\",\n        \"@language\": \"fr\"\n      }", jsonLd, StringComparison.Ordinal);
        Assert.Contains("\"dct:description\": {\n        \"@value\": \"Jeux de données de TestProject, décrits à partir de ses modèles annotés.\",\n        \"@language\": \"fr\"\n      }", jsonLd, StringComparison.Ordinal);
        string turtle = documents.Single(d => d.Path == "catalogue.ttl").Text;
        Assert.Contains("dct:title \"Réclamations\"@fr ;", turtle, StringComparison.Ordinal);
        Assert.Contains("dcat:keyword \"prestations\"@fr ;", turtle, StringComparison.Ordinal);
        Assert.Contains("\"language\": \"fr\"", documents.Single(d => d.Path == "register.json").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_one_warning_and_english_output()
    {
        string assembly = BuildAssembly("build_property.DataStewardCatalogueLanguage = de");
        string output = Path.Combine(root, "out");
        var engine = new CatalogueIntegrityTests.RecordingBuildEngine();

        Assert.True(new WriteDataCatalogue { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = output }.Execute());

        Assert.Equal("DataSteward: DataStewardCatalogueLanguage 'de' is not a catalogue language (en, fr); the catalogue is written in English.", Assert.Single(engine.Warnings));
        byte[] csv = File.ReadAllBytes(Path.Combine(output, "register.csv"));
        Assert.StartsWith("dataset,title,controller,", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        Assert.NotEqual(0xEF, csv[0]);
        Assert.DoesNotContain("@language", File.ReadAllText(Path.Combine(output, "catalogue.jsonld")), StringComparison.Ordinal);

        // Control: a supported language gives no warning.
        var french = new CatalogueIntegrityTests.RecordingBuildEngine();
        Assert.True(new WriteDataCatalogue { BuildEngine = french, AssemblyPath = BuildAssembly("build_property.DataStewardCatalogueLanguage = FR", "French"), OutputDirectory = Path.Combine(root, "fr") }.Execute());
        Assert.Empty(french.Warnings);
        Assert.Equal(0xEF, File.ReadAllBytes(Path.Combine(root, "fr", "register.csv"))[0]);
    }

    [Fact]
    public void The_msbuild_base_iri_wins_over_the_one_in_code()
    {
        string source = Declared.Replace("using DataSteward;\n", "using DataSteward;\n[assembly: DataCatalogue(BaseUri = \"https://code.example.org/\")]\n", StringComparison.Ordinal);

        string fromCode = CatalogueHarness.Documents(CatalogueHarness.Run(null, source))["register.json"];
        string fromMsBuild = CatalogueHarness.Documents(CatalogueHarness.Run("build_property.DataStewardCatalogueBaseUri = https://msbuild.example.org/", source))["register.json"];

        Assert.Contains("\"catalogue\": \"https://code.example.org/catalogue\"", fromCode, StringComparison.Ordinal);
        Assert.Contains("\"catalogue\": \"https://msbuild.example.org/catalogue\"", fromMsBuild, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_reads_its_own_catalogue_at_run_time()
    {
        string assembly = BuildAssembly(null);
        var context = new AssemblyLoadContext("catalogue-runtime", isCollectible: true);
        try
        {
            Type catalogue = context.LoadFromAssemblyPath(assembly).GetType("DataSteward.Generated.DataCatalogue", throwOnError: true)!;

            var model = (DataCatalogueModel)catalogue.GetMethod("ReadModel", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;

            CatalogueDataset claims = Assert.Single(model.Datasets);
            Assert.Equal(["agents instructeurs", "caisse d'allocations; service payeur"], claims.Recipients);
            Assert.Equal(SpecialCategoryCondition.EmploymentAndSocialSecurity, claims.SpecialCategoryCondition);
            Assert.Equal(1, catalogue.GetField("DatasetCount")!.GetRawConstantValue());
            Assert.Contains(CatalogueRenderer.RenderAll(model), d => d.Path == "schemas/claims.schema.json");
        }
        finally
        {
            context.Unload();
        }
    }

    private string BuildAssembly(string? editorConfig, string name = "Register")
    {
        GeneratorRun run = CatalogueHarness.Run(editorConfig, TestCompilation.Create([Declared]).WithAssemblyName(name));
        string path = Path.Combine(root, "obj", name + ".dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, CatalogueHarness.Emit(run.OutputCompilation));
        return path;
    }
}
