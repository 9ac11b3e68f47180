using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// What the fallback fixes (<see cref="MaskValueFix"/>, <see cref="RemoveFromTemplateFix"/>) share: the rules they
/// serve, the values a diagnostic names, and whether <see cref="PseudonymiseValueFix"/> would already offer a
/// pseudonymiser (then the fallbacks stay quiet: pseudonymising is the better answer).
/// </summary>
internal static class FallbackFixes
{
    public static readonly ImmutableArray<string> Rules = ImmutableArray.Create(
        RuleIdentifiers.PersonalDataLogged,
        RuleIdentifiers.PersonalDataExported,
        RuleIdentifiers.PersonalDataInExceptionMessage,
        RuleIdentifiers.PersonalDataInTelemetry);

    /// <summary>The values the diagnostic's additional locations name (same reading as <see cref="PseudonymiseValueFix"/>).</summary>
    public static List<ExpressionSyntax>? FindValues(SyntaxNode root, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            return null;
        }

        var values = new List<ExpressionSyntax>(diagnostic.AdditionalLocations.Count);
        foreach (Location location in diagnostic.AdditionalLocations)
        {
            if (!root.FullSpan.Contains(location.SourceSpan))
            {
                return null;
            }

            SyntaxNode node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if ((node is ArgumentSyntax argument ? argument.Expression : node) is not ExpressionSyntax value)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    /// <summary>Whether <see cref="PseudonymiseValueFix"/> offers a pseudonymiser that accepts every value.</summary>
    public static bool PseudonymiserFixAvailable(SemanticModel model, IReadOnlyList<ExpressionSyntax> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return false;
        }

        foreach (PseudonymiserCandidate candidate in PseudonymiserLookup.Find(model, values[0].SpanStart, cancellationToken))
        {
            bool all = true;
            foreach (ExpressionSyntax value in values)
            {
                ITypeSymbol? type = model.GetTypeInfo(value, cancellationToken).Type;
                all &= type is not null && model.Compilation.ClassifyConversion(type, candidate.ParameterType).IsImplicit;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
