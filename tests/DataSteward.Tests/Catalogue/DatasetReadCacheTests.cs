using DataSteward.Analyzers.Catalogue;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.Catalogue;

/// <summary>A dataset is read again when a file it depends on changes, and only then.</summary>
public sealed class DatasetReadCacheTests
{
    private const string Dataset = """
        using DataSteward;

        namespace Claims;

        [Dataset("claims", Title = "Claims", Description = "Claims.")]
        public sealed class Claim : Audited
        {
            public Address? Home { get; set; }
        }
        """;

    private const string BaseType = """
        namespace Claims;

        public class Audited { public System.DateTimeOffset CreatedAt { get; set; } }
        """;

    private const string MemberType = """
        namespace Claims;

        public sealed class Address { public string Street { get; set; } = ""; }
        """;

    private const string Unrelated = """
        namespace Claims;

        public static class Helper { public static int Twice(int x) => x * 1; }
        """;

    [Fact]
    public void An_unrelated_edit_reuses_the_dataset_read_and_an_edit_of_a_file_it_depends_on_reads_it_again()
    {
        GeneratorRun first = CatalogueHarness.Run(null, Dataset, BaseType, MemberType, Unrelated);
        SyntaxNode declaration = first.InputCompilation.SyntaxTrees.First().GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Single();
        Assert.True(DatasetReadCache.TryGet(declaration, first.InputCompilation, out _));

        GeneratorRun unrelated = Edit(first, "Helper", "x * 1", "x * 2");
        Assert.True(DatasetReadCache.TryGet(declaration, unrelated.InputCompilation, out _));

        // The base type's file: a new inherited field.
        Compilation baseChanged = Replace(unrelated.InputCompilation, "class Audited", "public System.DateTimeOffset CreatedAt { get; set; }", "public System.DateTimeOffset CreatedAt { get; set; } public string? CreatedBy { get; set; }");
        Assert.False(DatasetReadCache.TryGet(declaration, baseChanged, out _));
        GeneratorRun baseEdited = GeneratorTest.RunAgain(unrelated.Driver, baseChanged);
        Assert.Equal(["CreatedAt", "CreatedBy", "Home"], CatalogueHarness.Model(baseEdited).Datasets.Single().Fields.Select(f => f.Name));

        // A member type's file: classified as personal data on the type, so the member is personal data.
        Assert.False(DatasetReadCache.TryGet(declaration, Replace(baseEdited.InputCompilation, "class Address", "public sealed class Address", "public sealed partial class Address"), out _));
        GeneratorRun memberTypeEdited = Edit(baseEdited, "class Address", "public sealed class Address", "[DataSteward.PersonalData(DataSteward.PersonalDataKind.PostalAddress)] public sealed class Address");
        Assert.Equal(
            DataSteward.Catalogue.FieldClassification.Personal,
            CatalogueHarness.Model(memberTypeEdited).Datasets.Single().Fields.Single(f => f.Name == "Home").Classification);
    }

    private static GeneratorRun Edit(GeneratorRun run, string fileMarker, string from, string to) =>
        GeneratorTest.RunAgain(run.Driver, Replace(run.InputCompilation, fileMarker, from, to));

    private static Compilation Replace(Compilation compilation, string fileMarker, string from, string to)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains(fileMarker, StringComparison.Ordinal));
        string edited = tree.ToString().Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(tree.ToString(), edited);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));
    }
}
