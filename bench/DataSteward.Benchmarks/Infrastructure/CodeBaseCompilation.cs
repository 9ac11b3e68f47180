using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Benchmarks.Infrastructure;

/// <summary>A real code base of <c>eval/.inputs</c> as one compilation, compiled as eval/ compiles it.</summary>
public static class CodeBaseCompilation
{
    // Folders of a code base that hold its tests, benchmarks or build output rather than the service itself.
    private static readonly string[] ExcludedSegments =
    [
        "/test/", "/tests/", ".test/", ".tests/", "unittest", "integrationtest", "functionaltest", "/benchmarks/", "/obj/", "/bin/",
    ];

    /// <summary>
    /// A code base's non-test C# files as one compilation against this process's references, as eval/ reads them, and its
    /// compiler error count.
    /// </summary>
    public static (CSharpCompilation Compilation, int Errors) Create(string folder)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse, preprocessorSymbols: ["NET", "NETCOREAPP", "NET8_0_OR_GREATER", "NET6_0_OR_GREATER", "RELEASE"]);
        SyntaxTree[] trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(relative => !ExcludedSegments.Any(segment => ("/" + relative.ToLowerInvariant()).Contains(segment, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(relative => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(folder, relative)), parseOptions, relative, Encoding.UTF8))
            .ToArray();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);
        // As eval/ compiles them: a code base that has never heard of DataSteward references none of its assemblies.
        MetadataReference[] references = CorpusCompilation.References
            .Where(reference => !Path.GetFileName(reference.Display ?? string.Empty).StartsWith("DataSteward", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(Path.GetFileName(folder.TrimEnd('/')), trees, references, options);
        return (compilation, compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error));
    }
}
