using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DataSteward.Analyzers.Catalogue;
using DataSteward.Build;
using DataSteward.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace DataSteward.Tool.Tests.Support;

/// <summary>
/// Projects built in memory from annotated models with the real catalogue generator and MSBuild-like settings: the
/// sample's models (samples/CitizenServices, with its csproj's settings) and two fixture projects under Fixtures/.
/// Each can be written as an assembly (what <c>bin/</c> holds) or as the <c>datacatalogue/</c> folder its build writes
/// (rendered from the assembly with the library the build task uses).
/// </summary>
internal sealed record FixtureProject(string Name, string SourceFolder, IReadOnlyDictionary<string, string> Properties)
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly Dictionary<string, byte[]> Built = [];

    public static FixtureProject CitizenServices { get; } = new("CitizenServices", "CitizenServices", new Dictionary<string, string>
    {
        ["DataStewardController"] = "Ville de Saint-Exemple, direction de la population",
        ["DataStewardDpoContact"] = "mailto:dpo@saint-exemple.example",
        ["DataStewardCatalogueBaseUri"] = "https://data.saint-exemple.example/",
    });

    public static FixtureProject SchoolEnrolment { get; } = new("SchoolEnrolment", "SchoolEnrolment", new Dictionary<string, string>
    {
        ["DataStewardController"] = "Ville de Saint-Exemple, direction de l'éducation",
        ["DataStewardDpoContact"] = "mailto:dpo@saint-exemple.example",
        ["DataStewardCatalogueBaseUri"] = "https://data.saint-exemple.example/education/",
    });

    public static FixtureProject SocialServices { get; } = new("SocialServices", "SocialServices", new Dictionary<string, string>
    {
        ["DataStewardController"] = "CCAS de Saint-Exemple",
        ["DataStewardDpoContact"] = "mailto:dpo@ccas.saint-exemple.example",
        ["DataStewardCatalogueBaseUri"] = "https://data.saint-exemple.example/social/",
    });

    /// <summary>The built assembly's image (built once per test run).</summary>
    public byte[] Assembly()
    {
        lock (Built)
        {
            if (!Built.TryGetValue(Name, out byte[]? image))
            {
                Built.Add(Name, image = Build());
            }

            return image;
        }
    }

    public DataCatalogueModel Model() =>
        CatalogueAssemblyReader.ReadModel(Assembly()) ?? throw new InvalidOperationException(Name + " has no catalogue.");

    /// <summary>Writes <c>folder/Name.dll</c> and returns its path.</summary>
    public string WriteAssembly(string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, Name + ".dll");
        File.WriteAllBytes(path, Assembly());
        return path;
    }

    /// <summary>Writes what the build writes into <c>folder/datacatalogue/</c> and returns that folder.</summary>
    public string WriteCatalogueFolder(string folder)
    {
        string catalogue = Path.Combine(folder, "datacatalogue");
        foreach (CatalogueDocument document in CatalogueRenderer.RenderAll(Model()))
        {
            string path = Path.Combine(catalogue, document.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, document.ToBytes());
        }

        return catalogue;
    }

    private byte[] Build()
    {
        string sources = Path.Combine(AppContext.BaseDirectory, "Fixtures", SourceFolder);
        SyntaxTree[] trees = Directory.GetFiles(sources, "*.cs").Order(StringComparer.Ordinal)
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, file))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            Name,
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new CatalogueGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: new BuildProperties(Properties));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        using var stream = new MemoryStream();
        EmitResult result = output.Emit(stream);
        Diagnostic[] errors = [.. generatorDiagnostics.Concat(result.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error)];
        if (!result.Success || errors.Length > 0)
        {
            throw new InvalidOperationException("Fixture project " + Name + " does not build:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }

        return stream.ToArray();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return [.. trusted.Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    /// <summary>The project's MSBuild properties as the compiler passes them to generators (<c>build_property.X</c>).</summary>
    private sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new([]);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
