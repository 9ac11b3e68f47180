using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Infrastructure;

internal static class CompilationExtensions
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> HasAliasedReferences = new();

    /// <summary>
    /// Resolves a type by metadata name, tolerating a type defined in several referenced assemblies
    /// (a polyfill, a stand-in): the compilation's own definition wins, then the only accessible one.
    /// <c>Compilation.GetTypeByMetadataName</c> returns null in that case, which would silently switch a rule off.
    /// </summary>
    public static INamedTypeSymbol? ResolveType(this Compilation compilation, string metadataName)
    {
        // GetTypesByMetadataName parses the name again for each referenced assembly (hundreds in a service), for each of
        // the sink catalogue's names. The compilation's global namespace merges the source and every reference without
        // an extern alias, and its members are looked up by name once for the compilation (the binder needs them too):
        // a name is answered there, and a compilation with aliased references is searched the long way.
        ImmutableArray<INamedTypeSymbol> candidates =
            HasAliasedReferences.GetValue(compilation, static c => new StrongBox<bool>(AnyAliased(c))).Value
                ? compilation.GetTypesByMetadataName(metadataName)
                : TypesNamed(compilation.GlobalNamespace, metadataName);
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        INamedTypeSymbol? accessible = null;
        bool ambiguous = false;
        foreach (INamedTypeSymbol candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
            {
                return candidate;
            }

            if (candidate.DeclaredAccessibility == Accessibility.Public)
            {
                // Two public definitions in two references: the compiler would report ambiguity, so do we (by not choosing).
                ambiguous |= accessible is not null;
                accessible = candidate;
            }
        }

        return ambiguous ? null : accessible;
    }

    // "Namespace.Type`1+Nested": the namespaces by name, then the type and each nested type by name and arity, in every
    // assembly that declares them.
    private static ImmutableArray<INamedTypeSymbol> TypesNamed(INamespaceSymbol global, string metadataName)
    {
        int firstNested = metadataName.IndexOf('+');
        int typeStart = metadataName.LastIndexOf('.', firstNested < 0 ? metadataName.Length - 1 : firstNested) + 1;
        INamespaceSymbol current = global;
        if (typeStart > 0)
        {
            foreach (string name in metadataName.Substring(0, typeStart - 1).Split('.'))
            {
                if (ChildNamespace(current, name) is not { } child)
                {
                    return ImmutableArray<INamedTypeSymbol>.Empty;
                }

                current = child;
            }
        }

        string[] typeNames = metadataName.Substring(typeStart).Split('+');
        ImmutableArray<INamedTypeSymbol> types = TypeMembers(current, typeNames[0]);
        for (int i = 1; i < typeNames.Length && !types.IsEmpty; i++)
        {
            ImmutableArray<INamedTypeSymbol>.Builder nested = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (INamedTypeSymbol outer in types)
            {
                nested.AddRange(TypeMembers(outer, typeNames[i]));
            }

            types = nested.ToImmutable();
        }

        return types;
    }

    // "Name`2" is Name with two type parameters.
    private static ImmutableArray<INamedTypeSymbol> TypeMembers(INamespaceOrTypeSymbol container, string metadataName)
    {
        int tick = metadataName.LastIndexOf('`');
        return tick > 0 && int.TryParse(metadataName.Substring(tick + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int arity)
            ? container.GetTypeMembers(metadataName.Substring(0, tick), arity)
            : container.GetTypeMembers(metadataName, 0);
    }

    private static INamespaceSymbol? ChildNamespace(INamespaceSymbol parent, string name)
    {
        foreach (INamespaceOrTypeSymbol member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol child)
            {
                return child;
            }
        }

        return null;
    }

    private static bool AnyAliased(Compilation compilation)
    {
        foreach (MetadataReference reference in compilation.References)
        {
            foreach (string alias in reference.Properties.Aliases)
            {
                if (!string.Equals(alias, "global", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
