using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// A fix that replaces each value a flow diagnostic names (<see cref="PseudonymiseValueFix"/>, <see cref="MaskValueFix"/>):
/// <see cref="Rewrite"/> receives the original value and the value as already rewritten inside (by other fixes of the
/// same Fix All) and returns its replacement.
/// </summary>
internal sealed record ValueRewrites(
    IReadOnlyList<ExpressionSyntax> Values,
    Func<ExpressionSyntax, ExpressionSyntax, ExpressionSyntax> Rewrite,
    string Title);
