using System.Runtime.CompilerServices;
using System.Text;
using DataSteward.Analyzers.Catalogue;
using DataSteward.Build;
using DataSteward.Catalogue;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace DataSteward.Tests.Catalogue;

/// <summary>Runs the catalogue generator with MSBuild-like options and reads the documents back out of the emitted assembly.</summary>
internal static class CatalogueHarness
{
    public static GeneratorRun Run(string? editorConfig, params string[] sources) =>
        Run(editorConfig, TestCompilation.Create(sources));

    public static GeneratorRun Run(string? editorConfig, Compilation compilation)
    {
        TestCompilation.AssertCompiles(compilation);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new CatalogueGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            optionsProvider: new TestAnalyzerConfigOptionsProvider(editorConfig, compilation.SyntaxTrees.ToArray()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return GeneratorTest.RunAgain(driver, compilation);
    }

    /// <summary>The output compilation as an assembly image (deterministic, as the SDK builds).</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        EmitResult result = compilation.WithOptions(compilation.Options.WithDeterministic(true)).Emit(stream);
        if (!result.Success)
        {
            throw new VerificationException("Emit failed:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return stream.ToArray();
    }

    /// <summary>The catalogue model as the build task reads it from the emitted assembly.</summary>
    public static DataCatalogueModel Model(GeneratorRun run) =>
        CatalogueAssemblyReader.ReadModel(Emit(run.OutputCompilation))
            ?? throw new VerificationException("The assembly has no DataSteward.Generated.DataCatalogue.");

    /// <summary>The files the build task writes for that model, by relative path.</summary>
    public static SortedDictionary<string, string> Documents(GeneratorRun run)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (CatalogueDocument document in CatalogueRenderer.RenderAll(Model(run)))
        {
            files.Add(document.Path, document.Text);
        }

        return files;
    }

    public static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>
    /// Compares each document with its expected file under Snapshots/<paramref name="name"/>, byte for byte, and that no
    /// expected file is missing. Set DATASTEWARD_UPDATE_SNAPSHOTS=1 to rewrite the expected files instead (then review the diff).
    /// </summary>
    public static void AssertSnapshots(string name, IReadOnlyDictionary<string, string> documents)
    {
        string root = Path.Combine(Folder(), "Snapshots", name);
        bool update = Environment.GetEnvironmentVariable("DATASTEWARD_UPDATE_SNAPSHOTS") == "1";
        if (update)
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            foreach ((string path, string content) in documents)
            {
                string file = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, new UTF8Encoding(false).GetBytes(content));
            }
        }

        var expectedFiles = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expectedFiles, documents.Keys.ToArray());
        foreach ((string path, string content) in documents)
        {
            string expected = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(root, path)));
            if (!string.Equals(expected, content, StringComparison.Ordinal))
            {
                throw new VerificationException($"{path} differs from Snapshots/{name}/{path} (DATASTEWARD_UPDATE_SNAPSHOTS=1 rewrites it).{Environment.NewLine}Actual:{Environment.NewLine}{content}");
            }
        }
    }
}
