using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Analyzers.Rules;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// DS0001, DS0002, DS0003, DS0004, DS0005 when no pseudonymiser is in scope: removes a personal argument of a
/// message-template call (<c>logger.LogInformation("Registered {Email} in {City}", citizen.Email, city)</c>,
/// Serilog, NLog, log4net's <c>*Format</c>, <c>Console.WriteLine(format, …)</c>) together with its hole:
/// <c>logger.LogInformation("Registered in {City}", city)</c>.
/// <para>Holes bind to arguments by position in the template; when every hole is a number (<c>{0}</c>, <c>{1:C}</c>)
/// they bind by number, every hole with the removed number goes and the higher numbers are renumbered. Escaped
/// braces (<c>{{</c>, <c>}}</c>), <c>@</c>/<c>$</c> operators, alignment and format specifiers are understood.</para>
/// <para>The surrounding text changes as little as possible: a delimiter pair around the hole goes with it
/// (<c>(…)</c>, <c>[…]</c>, <c>&lt;…&gt;</c>, <c>'…'</c>); between two spaces, the space before the hole goes; before
/// punctuation or at the end, the spaces before the hole go; at the start or after an opening bracket, the space after
/// it goes. Words around the hole (<c>"Email: {Email}"</c>) stay: only the developer knows what they mean.</para>
/// <para>No fix when the template is not a string literal written in the call (a constant field, a concatenation, an
/// interpolated string), when arguments are named or passed as an explicit array, when the method has explicit type
/// arguments, or when the reported value is the template itself.</para>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveFromTemplateFix)), Shared]
public sealed class RemoveFromTemplateFix : CodeFixProvider
{
    public const string EquivalenceKey = "DataSteward.RemoveFromTemplate";

    private static readonly string[] TemplateParameterNames = ["message", "messageTemplate", "messageFormat", "format"];

    // Special-category data too: removing it from a log line is the fix when nothing pseudonymises it (never a mask).
    private static readonly ImmutableArray<string> Rules = FallbackFixes.Rules.Add(RuleIdentifiers.SensitiveDataReachesSink);

    public override ImmutableArray<string> FixableDiagnosticIds => Rules;

    public override FixAllProvider GetFixAllProvider() => ValueFixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Target(root, model, diagnostic, context.CancellationToken) is not { } target)
        {
            return;
        }

        if (Rewrite(model, target.Call, [target.Argument], context.CancellationToken) is not { } rewrite)
        {
            return;
        }

        string title = rewrite.Holes.Count > 0
            ? $"Remove '{rewrite.Holes[0]}' and its argument from the message template"
            : "Remove the argument from the message template call";
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                cancellationToken => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(target.Call, rewrite.Call))),
                EquivalenceKey),
            diagnostic);
    }

    /// <summary>The argument this fix would remove for <paramref name="diagnostic"/>, or null when it is not offered.</summary>
    internal static ArgumentSyntax? Removable(SemanticModel model, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Rules.Contains(diagnostic.Id)
            && Target(root, model, diagnostic, cancellationToken) is { } target
            && Rewrite(model, target.Call, [target.Argument], cancellationToken) is not null
            ? target.Argument
            : null;

    /// <summary>Removes every argument of <paramref name="document"/> that carries <paramref name="annotation"/>, with its hole.</summary>
    internal static async Task<Document> RemoveAnnotatedAsync(Document document, SyntaxAnnotation annotation, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var byCall = new Dictionary<InvocationExpressionSyntax, List<ArgumentSyntax>>();
        foreach (SyntaxNode node in root.GetAnnotatedNodes(annotation))
        {
            if (node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } argument)
            {
                if (!byCall.TryGetValue(call, out List<ArgumentSyntax>? arguments))
                {
                    arguments = [];
                    byCall.Add(call, arguments);
                }

                arguments.Add(argument);
            }
        }

        var rewrites = new Dictionary<InvocationExpressionSyntax, InvocationExpressionSyntax>();
        foreach (KeyValuePair<InvocationExpressionSyntax, List<ArgumentSyntax>> entry in byCall)
        {
            // A call nested in another rewritten call keeps its own rewrite only if the outer one is not rewritten.
            if (entry.Key.Ancestors().OfType<InvocationExpressionSyntax>().Any(byCall.ContainsKey))
            {
                continue;
            }

            if (Rewrite(model, entry.Key, entry.Value, cancellationToken) is { } rewrite)
            {
                rewrites.Add(entry.Key, rewrite.Call);
            }
        }

        return rewrites.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(rewrites.Keys, (original, _) => rewrites[original]));
    }

    private static (InvocationExpressionSyntax Call, ArgumentSyntax Argument)? Target(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        ArgumentSyntax? argument = node as ArgumentSyntax ?? (node.Parent as ArgumentSyntax);
        if (argument is null || argument.Expression.Span != diagnostic.Location.SourceSpan
            || argument.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax call })
        {
            return null;
        }

        // Pseudonymising is the better answer: stay quiet when that fix is offered.
        if (FallbackFixes.FindValues(root, diagnostic) is { } values && FallbackFixes.PseudonymiserFixAvailable(model, values, cancellationToken))
        {
            return null;
        }

        return (call, argument);
    }

    /// <summary>The call without <paramref name="removed"/> and their holes, or null when it cannot be rewritten safely.</summary>
    private static CallRewrite? Rewrite(SemanticModel model, InvocationExpressionSyntax call, IReadOnlyCollection<ArgumentSyntax> removed, CancellationToken cancellationToken)
    {
        if (model.GetOperation(call, cancellationToken) is not IInvocationOperation invocation
            || call.Expression is GenericNameSyntax or MemberAccessExpressionSyntax { Name: GenericNameSyntax })
        {
            return null;
        }

        SeparatedSyntaxList<ArgumentSyntax> arguments = call.ArgumentList.Arguments;
        int templateIndex = -1;
        string? template = null;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                && System.Array.IndexOf(TemplateParameterNames, parameter.Name) >= 0
                && argument.Value.ConstantValue is { HasValue: true, Value: string constant }
                && argument.Syntax is ArgumentSyntax syntax)
            {
                templateIndex = arguments.IndexOf(syntax);
                template = constant;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is not IArrayCreationOperation { IsImplicit: true })
            {
                return null;
            }
        }

        if (template is null || templateIndex < 0
            || arguments[templateIndex].Expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            || arguments.Any(a => a.NameColon is not null || !a.RefKindKeyword.IsKind(SyntaxKind.None)))
        {
            return null;
        }

        var removedHoles = new HashSet<int>();
        foreach (ArgumentSyntax argument in removed)
        {
            int index = arguments.IndexOf(argument);
            if (index <= templateIndex)
            {
                return null;
            }

            removedHoles.Add(index - templateIndex - 1);
        }

        if (RewriteTemplate(literal.Token, template, removedHoles) is not { } rewritten)
        {
            return null;
        }

        // Remove from the last so the indexes of the others hold; every removed argument follows the template.
        SeparatedSyntaxList<ArgumentSyntax> kept = arguments;
        foreach (int index in removed.Select(a => arguments.IndexOf(a)).OrderByDescending(i => i))
        {
            kept = kept.RemoveAt(index);
        }

        kept = kept.Replace(kept[templateIndex], kept[templateIndex].WithExpression(rewritten.Literal.WithTriviaFrom(literal)));

        return new CallRewrite(call.WithArgumentList(call.ArgumentList.WithArguments(kept)), rewritten.Holes);
    }

    /// <summary>The literal without the holes bound to <paramref name="removedArguments"/>, edited in its source text so escapes and raw strings keep their form.</summary>
    internal static (LiteralExpressionSyntax Literal, List<string> Holes)? RewriteTemplate(SyntaxToken token, string value, HashSet<int> removedArguments)
    {
        string text = token.Text;
        (int start, int end) = ContentRange(text);
        if (start < 0)
        {
            return null;
        }

        List<TemplateHole> holes = MessageTemplate.Parse(text, start, end, out bool complete);
        if (!complete || holes.Count != MessageTemplate.Parse(value).Count)
        {
            return null;
        }

        bool numeric = holes.Count > 0 && holes.All(h => h.Number >= 0);
        var source = new StringBuilder(text);
        var removedTexts = new List<string>();
        int contentEnd = end;
        for (int i = holes.Count - 1; i >= 0; i--)
        {
            TemplateHole hole = holes[i];
            bool remove = numeric ? removedArguments.Contains(hole.Number) : removedArguments.Contains(i);
            if (remove)
            {
                removedTexts.Insert(0, text.Substring(hole.Start, hole.End - hole.Start));
                contentEnd -= RemoveHole(source, hole.Start, hole.End, start, contentEnd);
            }
            else if (numeric)
            {
                int shift = removedArguments.Count(r => r < hole.Number);
                if (shift > 0)
                {
                    string number = (hole.Number - shift).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    source.Remove(hole.NameStart, hole.Name.Length).Insert(hole.NameStart, number);
                    contentEnd += number.Length - hole.Name.Length;
                }
            }
        }

        if (SyntaxFactory.ParseExpression(source.ToString()) is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } parsed
            || parsed.ContainsDiagnostics)
        {
            return null;
        }

        return (parsed, removedTexts);
    }

    // Removes [start, end) and the text that only made sense around it; returns how many characters went.
    private static int RemoveHole(StringBuilder text, int start, int end, int contentStart, int contentEnd)
    {
        if (start > contentStart && end < contentEnd && IsPair(text[start - 1], text[end]))
        {
            start--;
            end++;
        }

        char? before = start > contentStart ? text[start - 1] : null;
        char? after = end < contentEnd ? text[end] : null;
        if (before is ' ' or '\t' && after is ' ' or '\t')
        {
            start--;
        }
        else if (before is ' ' or '\t' && (after is null || after is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']'))
        {
            while (start > contentStart && text[start - 1] is ' ' or '\t')
            {
                start--;
            }
        }
        else if ((before is null || before is '(' or '[') && after is ' ' or '\t')
        {
            end++;
        }

        text.Remove(start, end - start);
        return end - start;
    }

    private static bool IsPair(char open, char close) =>
        (open, close) is ('(', ')') or ('[', ']') or ('<', '>') or ('\'', '\'');

    private static (int Start, int End) ContentRange(string text)
    {
        if (text.StartsWith("\"\"\"", System.StringComparison.Ordinal))
        {
            int quotes = 0;
            while (quotes < text.Length && text[quotes] == '"')
            {
                quotes++;
            }

            return text.Length >= 2 * quotes ? (quotes, text.Length - quotes) : (-1, -1);
        }

        if (text.StartsWith("@\"", System.StringComparison.Ordinal))
        {
            return text.Length >= 3 ? (2, text.Length - 1) : (-1, -1);
        }

        return text.Length >= 2 && text[0] == '"' ? (1, text.Length - 1) : (-1, -1);
    }

    private sealed record CallRewrite(InvocationExpressionSyntax Call, List<string> Holes);
}
