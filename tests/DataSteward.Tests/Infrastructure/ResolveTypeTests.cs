using System.Collections.Immutable;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Tests.Infrastructure;

/// <summary>
/// <c>ResolveType</c> answers a name whose namespace the compilation lacks without searching every reference, and
/// otherwise as <c>GetTypesByMetadataName</c> does: source first, then the one public definition.
/// </summary>
public sealed class ResolveTypeTests
{
    private const string Source = """
        namespace Outer.Space
        {
            public sealed class Holder
            {
                public sealed class Inner { }
            }

            public sealed class Generic<T> { }
        }

        public sealed class TopLevel { }
        """;

    [Theory]
    [InlineData("Outer.Space.Holder")]
    [InlineData("Outer.Space.Holder+Inner")]
    [InlineData("Outer.Space.Generic`1")]
    [InlineData("TopLevel")]
    [InlineData("Microsoft.Extensions.Logging.ILogger")]
    [InlineData("System.String")]
    [InlineData("System.Collections.Generic.List`1")]
    [InlineData("System.Collections.Generic.Dictionary`2+Enumerator")]
    [InlineData("System.Environment+SpecialFolder")]
    public void A_type_of_the_source_or_of_a_reference_is_found(string metadataName)
    {
        CSharpCompilation compilation = TestCompilation.Create([Source]);

        INamedTypeSymbol? found = compilation.ResolveType(metadataName);

        Assert.NotNull(found);
        Assert.Equal(compilation.GetTypeByMetadataName(metadataName), found, SymbolEqualityComparer.Default);
    }

    [Theory]
    [InlineData("log4net.ILog")]
    [InlineData("Outer.Elsewhere.Holder")]
    [InlineData("Outer.Space.Missing")]
    [InlineData("Outer.Space.Holder+Missing")]
    [InlineData("Missing")]
    [InlineData("Outer.Space.Generic`2")]
    [InlineData("Outer.Space.Generic")]
    [InlineData("Outer.Space")]
    public void A_type_the_compilation_does_not_have_is_null(string metadataName)
    {
        Assert.Null(TestCompilation.Create([Source]).ResolveType(metadataName));
    }

    [Fact]
    public void Every_type_of_the_sink_catalogue_resolves_as_the_compilers_own_lookup_does()
    {
        CSharpCompilation compilation = TestCompilation.Create([Source]);
        int found = 0;
        foreach (string name in DataSteward.Analyzers.Sinks.SinkCatalog.Specs.Select(s => s.TypeName).Distinct(StringComparer.Ordinal))
        {
            ImmutableArray<INamedTypeSymbol> byCompiler = compilation.GetTypesByMetadataName(name);
            INamedTypeSymbol? expected = byCompiler.Length == 1 ? byCompiler[0] : byCompiler.SingleOrDefault(t => t.DeclaredAccessibility == Accessibility.Public);

            Assert.True(SymbolEqualityComparer.Default.Equals(expected, compilation.ResolveType(name)), name);
            found += expected is null ? 0 : 1;
        }

        // The test references carry the logging, serialisation and telemetry libraries: most rows resolve.
        Assert.True(found >= 50, $"{found} catalogue types resolved");
    }

    [Fact]
    public void A_type_of_a_reference_under_an_extern_alias_is_still_found()
    {
        MetadataReference library = Library("AliasedLibrary", "namespace Aliased.Sinks { public static class Journal { public static void Write(string text) { } } }", "journal");
        CSharpCompilation compilation = TestCompilation.Create([Source], [library]);

        Assert.Empty(compilation.GlobalNamespace.GetMembers("Aliased"));
        Assert.Equal("Aliased.Sinks.Journal", compilation.ResolveType("Aliased.Sinks.Journal")?.ToDisplayString());
    }

    [Fact]
    public void The_source_definition_wins_over_a_reference_and_two_public_references_are_ambiguous()
    {
        const string Twin = "namespace Shared { public sealed class Twin { } }";
        MetadataReference[] twins = [Library("First", Twin), Library("Second", Twin)];

        CSharpCompilation ambiguous = TestCompilation.Create([Source], twins);
        CSharpCompilation withSource = TestCompilation.Create([Source + "namespace Shared { internal sealed class Twin { } }"], twins);

        Assert.Null(ambiguous.ResolveType("Shared.Twin"));
        Assert.Equal(withSource.Assembly, withSource.ResolveType("Shared.Twin")?.ContainingAssembly, SymbolEqualityComparer.Default);
    }

    private static MetadataReference Library(string name, string source, params string[] aliases)
    {
        using var image = new MemoryStream();
        var emitted = CSharpCompilation.Create(
                name,
                [CSharpSyntaxTree.ParseText(source)],
                [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .Emit(image);
        Assert.True(emitted.Success);
        return MetadataReference.CreateFromImage(image.ToArray(), new MetadataReferenceProperties(aliases: aliases.ToImmutableArray()));
    }
}
