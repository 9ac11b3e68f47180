using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Verification;

/// <summary>
/// The references every test compilation gets: the running framework (with ASP.NET Core's shared framework),
/// the packages this test project restores (logging libraries, serialisers, Identity) and DataSteward's
/// annotations. Offline and read once per test run.
/// </summary>
public static class TestReferences
{
    private static readonly string[] ExcludedPrefixes =
    [
        "xunit", "testhost", "Microsoft.TestPlatform", "Microsoft.VisualStudio", "Microsoft.CodeAnalysis",
        "DataSteward.Analyzers", "DataSteward.CodeFixes", "DataSteward.Tests", "DataSteward.Build", "Microsoft.CodeCoverage",
        "Microsoft.Build", "NJsonSchema", "Namotion",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("The test host did not publish TRUSTED_PLATFORM_ASSEMBLIES.");
        var byName = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!ExcludedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                byName.TryAdd(name, path);
            }
        }

        return byName.Values.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
