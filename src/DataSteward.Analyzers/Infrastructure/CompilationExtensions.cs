using System.Collections.Immutable;
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
        // Most names of the sink catalogue are of libraries a project does not reference. GetTypesByMetadataName parses
        // the name again for each referenced assembly (hundreds in a service); a namespace the compilation does not
        // have answers at once.
        if (!NamespaceOfExists(compilation, metadataName))
        {
            return null;
        }

        ImmutableArray<INamedTypeSymbol> candidates = compilation.GetTypesByMetadataName(metadataName);
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        INamedTypeSymbol? accessible = null;
        foreach (INamedTypeSymbol candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
            {
                return candidate;
            }

            if (candidate.DeclaredAccessibility == Accessibility.Public)
            {
                if (accessible is not null)
                {
                    // Two public definitions in two references: the compiler would report ambiguity, so do we (by not choosing).
                    return null;
                }

                accessible = candidate;
            }
        }

        return accessible;
    }

    // The compilation's global namespace merges the source and every reference without an extern alias; a compilation
    // with aliased references is searched the long way.
    private static bool NamespaceOfExists(Compilation compilation, string metadataName)
    {
        if (HasAliasedReferences.GetValue(compilation, static c => new StrongBox<bool>(AnyAliased(c))).Value)
        {
            return true;
        }

        int nested = metadataName.IndexOf('+');
        int typeStart = metadataName.LastIndexOf('.', nested < 0 ? metadataName.Length - 1 : nested) + 1;
        INamespaceSymbol current = compilation.GlobalNamespace;
        int start = 0;
        while (start < typeStart)
        {
            int dot = metadataName.IndexOf('.', start);
            if (ChildNamespace(current, metadataName.Substring(start, dot - start)) is not { } child)
            {
                return false;
            }

            current = child;
            start = dot + 1;
        }

        return true;
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
                if (alias != "global")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
