using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// The member (or type) a violation sits in, as its documentation comment id (<c>M:Registration.Register(Citizen)</c>),
/// carried in <see cref="Diagnostic.Properties"/> under <see cref="Property"/>. It is half of a baseline fingerprint:
/// it survives line moves, edits elsewhere and moving the member to another file, and changes when the member is
/// renamed or its parameters change. The compiler writes diagnostic properties into its SARIF log
/// (<c>properties.customProperties</c>), which is where the baseline writer reads it.
/// </summary>
internal static class ContainingSymbol
{
    public const string Property = BaselineDocument.SymbolProperty;

    /// <summary>
    /// The documentation comment id of the member that owns <paramref name="symbol"/>: an accessor counts as its property
    /// or event, a local function, lambda, parameter or local as the member it is declared in. Empty when there is none
    /// (an assembly attribute).
    /// </summary>
    public static string IdOf(ISymbol? symbol)
    {
        for (ISymbol? current = symbol; current is not null; current = current.ContainingSymbol)
        {
            switch (current)
            {
                case INamespaceSymbol or IAssemblySymbol or IModuleSymbol:
                    return string.Empty;
                case IMethodSymbol { AssociatedSymbol: { } property } when property is IPropertySymbol or IEventSymbol:
                    return property.GetDocumentationCommentId() ?? string.Empty;
                case IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                case IParameterSymbol or ILocalSymbol or IRangeVariableSymbol or ILabelSymbol or ITypeParameterSymbol:
                    continue;
                default:
                    if (current.GetDocumentationCommentId() is { } id)
                    {
                        return id;
                    }

                    break;
            }
        }

        return string.Empty;
    }

    /// <summary><paramref name="properties"/> with the id of the member that owns <paramref name="symbol"/>.</summary>
    public static ImmutableDictionary<string, string?> AddTo(ImmutableDictionary<string, string?> properties, ISymbol? symbol) =>
        properties.SetItem(Property, IdOf(symbol));

    /// <summary>The id a diagnostic carries; empty when it carries none (a rule that does not say, an older analyser).</summary>
    public static string Of(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(Property, out string? id) && id is not null ? id : string.Empty;
}
