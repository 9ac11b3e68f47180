using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// A pseudonymiser the fix can call at a position: <see cref="Target"/> is the expression that names it
/// (<c>_pseudonymiser.Pseudonymise</c>, <c>Pseudonym</c>, <c>Privacy.Pseudonym</c>), <see cref="ParameterType"/>
/// what it accepts.
/// </summary>
internal sealed record PseudonymiserCandidate(string Display, ExpressionSyntax Target, ITypeSymbol ParameterType);
