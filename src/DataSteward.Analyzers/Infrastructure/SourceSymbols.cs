using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>Whether a symbol is declared in this compilation's source (its body can be read and summarised).</summary>
internal static class SourceSymbols
{
    public static bool IsFromSource(ISymbol symbol)
    {
        foreach (Location location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }
}
