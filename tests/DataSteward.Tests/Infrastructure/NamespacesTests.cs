using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Tests.Infrastructure;

/// <summary>The in-place namespace and type-name tests agree with the display strings they replace.</summary>
public sealed class NamespacesTests
{
    private static readonly Compilation Compilation = CSharpCompilation.Create(
        "Names",
        [CSharpSyntaxTree.ParseText("""
            namespace Microsoft.AspNetCore.Identity.Stores { public class Store { } }
            namespace Microsoft { public class Root { } }
            namespace Acme.Sub { public class Outer { public class Inner<T> { } } }
            public class Global { }
            """)],
        [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);

    [Theory]
    [InlineData("System.Runtime.CompilerServices.CompilerGeneratedAttribute", "System.Runtime.CompilerServices.CompilerGeneratedAttribute", true)]
    [InlineData("System.Runtime.CompilerServices.CompilerGeneratedAttribute", "Runtime.CompilerServices.CompilerGeneratedAttribute", false)]
    [InlineData("System.Runtime.CompilerServices.CompilerGeneratedAttribute", "XSystem.Runtime.CompilerServices.CompilerGeneratedAttribute", false)]
    [InlineData("Acme.Sub.Outer+Inner`1", "Acme.Sub.Outer+Inner`1", true)]
    [InlineData("Acme.Sub.Outer+Inner`1", "Acme.Sub.Outer.Inner`1", false)]
    [InlineData("Acme.Sub.Outer+Inner`1", "Acme.Sub.Inner`1", false)]
    [InlineData("Global", "Global", true)]
    [InlineData("Global", "X.Global", false)]
    [InlineData("Microsoft.Root", "Microsoft.Root", true)]
    [InlineData("Microsoft.Root", "Root", false)]
    public void A_type_is_named_by_its_full_metadata_name(string metadataName, string fullName, bool expected)
    {
        INamedTypeSymbol type = Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName);
        Assert.Equal(expected, Namespaces.IsType(type, fullName));
    }

    [Theory]
    [InlineData("System.Text.StringBuilder", "System.Text", true, true, "System")]
    [InlineData("System.Text.StringBuilder", "System", false, true, "System")]
    [InlineData("System.Text.StringBuilder", "Text", false, false, "System")]
    [InlineData("System.Text.StringBuilder", "System.Tex", false, false, "System")]
    [InlineData("Microsoft.AspNetCore.Identity.Stores.Store", "Microsoft.AspNetCore.Identity", false, true, "Microsoft")]
    [InlineData("Microsoft.AspNetCore.Identity.Stores.Store", "Microsoft.AspNetCore.Identity.Stores", true, true, "Microsoft")]
    [InlineData("Microsoft.Root", "Microsoft", true, true, "Microsoft")]
    [InlineData("Global", "System", false, false, null)]
    public void A_namespace_is_compared_name_by_name(string metadataName, string dottedName, bool isExactly, bool isWithin, string? root)
    {
        INamespaceSymbol ns = (Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName)).ContainingNamespace;
        Assert.Equal(isExactly, Namespaces.Is(ns, dottedName));
        Assert.Equal(isWithin, Namespaces.IsWithin(ns, dottedName));
        Assert.Equal(root, Namespaces.RootName(ns));
    }
}
