using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DataSteward.Analyzers.Catalogue.Model;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Catalogue;

/// <summary>
/// The generator's per-dataset result, kept with the dataset's declaration syntax. The generator driver re-runs a
/// ForAttributeWithMetadataName transform for every dataset on every edit (the compilation changed), and reading a
/// dataset — documentation comments, member types, classification — is most of the generator's cost. A result is
/// reused while every syntax tree it was read from (the type's declarations, its base types', its interfaces', its
/// members' types') is still in the compilation and the metadata references are the same: an edit replaces the tree it
/// touches, so an edit that touches none of them cannot change the result. Weakly keyed: an entry goes with its syntax.
/// </summary>
internal static class DatasetReadCache
{
    private static readonly ConditionalWeakTable<SyntaxNode, Entry> Entries = new();

    public static bool TryGet(SyntaxNode declaration, Compilation compilation, out DatasetModel? model)
    {
        if (Entries.TryGetValue(declaration, out Entry? entry) && entry.IsValidFor(compilation))
        {
            model = entry.Model;
            return true;
        }

        model = null;
        return false;
    }

    public static void Store(SyntaxNode declaration, Compilation compilation, INamedTypeSymbol type, DatasetModel? model)
    {
        var entry = new Entry(model, DependencyTrees(type), compilation.ExternalReferences);
        lock (Entries)
        {
            Entries.Remove(declaration);
            Entries.Add(declaration, entry);
        }
    }

    /// <summary>The source trees whose text can change what the parser reads for <paramref name="type"/>.</summary>
    private static ImmutableArray<SyntaxTree> DependencyTrees(INamedTypeSymbol type)
    {
        var trees = new HashSet<SyntaxTree>();
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            AddType(current, trees, seen);
            foreach (ISymbol member in current.GetMembers())
            {
                switch (member)
                {
                    case IPropertySymbol property:
                        AddTypeAndParts(property.Type, trees, seen);
                        break;
                    case IFieldSymbol field:
                        AddTypeAndParts(field.Type, trees, seen);
                        break;
                }
            }
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            AddType(@interface, trees, seen);
        }

        return ImmutableArray.CreateRange(trees);
    }

    private static void AddTypeAndParts(ITypeSymbol type, HashSet<SyntaxTree> trees, HashSet<ITypeSymbol> seen)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                AddTypeAndParts(array.ElementType, trees, seen);
                break;
            case INamedTypeSymbol named:
                AddType(named, trees, seen);
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    AddTypeAndParts(argument, trees, seen);
                }

                for (INamedTypeSymbol? baseType = named.BaseType; baseType is not null; baseType = baseType.BaseType)
                {
                    AddType(baseType, trees, seen);
                }

                break;
        }
    }

    private static void AddType(ITypeSymbol type, HashSet<SyntaxTree> trees, HashSet<ITypeSymbol> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            trees.Add(reference.SyntaxTree);
        }
    }

    private sealed class Entry(DatasetModel? model, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        public DatasetModel? Model { get; } = model;

        public bool IsValidFor(Compilation compilation)
        {
            // Same reference list (an edit keeps the very array), and every tree read is still there, unchanged.
            if (compilation.ExternalReferences != references)
            {
                return false;
            }

            foreach (SyntaxTree tree in trees)
            {
                if (!compilation.ContainsSyntaxTree(tree))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
