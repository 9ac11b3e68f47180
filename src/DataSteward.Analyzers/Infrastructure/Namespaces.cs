using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>
/// Namespace and type-name tests that compare the symbol's names in place: the analysers ask them for every member and
/// attribute they look at, and building a display string each time was a large share of what they allocated.
/// </summary>
internal static class Namespaces
{
    /// <summary>Whether <paramref name="ns"/> is exactly the namespace <paramref name="dottedName"/> ("System.Text").</summary>
    public static bool Is(INamespaceSymbol? ns, string dottedName) => MatchesSuffix(ns, dottedName, dottedName.Length);

    /// <summary>Whether <paramref name="ns"/> is <paramref name="dottedName"/> or a namespace inside it.</summary>
    public static bool IsWithin(INamespaceSymbol? ns, string dottedName)
    {
        for (INamespaceSymbol? current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            if (Is(current, dottedName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outermost namespace's name ("System" for System.Text.Json), or null in the global namespace.</summary>
    public static string? RootName(INamespaceSymbol? ns)
    {
        string? root = null;
        for (INamespaceSymbol? current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            root = current.Name;
        }

        return root;
    }

    /// <summary>
    /// Whether the type's full metadata name is <paramref name="fullName"/>: namespace, then '.', then the type's metadata
    /// name, nested types joined with '+' ("System.Text.Json.Serialization.JsonIgnoreAttribute", "Outer+Inner`1").
    /// </summary>
    public static bool IsType(INamedTypeSymbol type, string fullName) => MatchesType(type, fullName, fullName.Length);

    private static bool MatchesType(INamedTypeSymbol type, string fullName, int end)
    {
        string name = type.MetadataName;
        int start = end - name.Length;
        if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
        {
            return false;
        }

        if (type.ContainingType is { } containing)
        {
            return start > 0 && fullName[start - 1] == '+' && MatchesType(containing, fullName, start - 1);
        }

        INamespaceSymbol? ns = type.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return start == 0;
        }

        return start > 0 && fullName[start - 1] == '.' && MatchesSuffix(ns, fullName, start - 1);
    }

    // Whether the namespace's dotted name is exactly fullName[0..end).
    private static bool MatchesSuffix(INamespaceSymbol? ns, string fullName, int end)
    {
        for (INamespaceSymbol? current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            string name = current.Name;
            int start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            INamespaceSymbol? outer = current.ContainingNamespace;
            if (outer is null || outer.IsGlobalNamespace)
            {
                return start == 0;
            }

            if (start == 0 || fullName[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }
}
