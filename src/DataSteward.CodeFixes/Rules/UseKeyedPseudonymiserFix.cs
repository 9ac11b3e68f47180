using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// DS0006: replaces the text made from an unkeyed hash with the pseudonym of the hashed string, computed by an
/// <c>HmacPseudonymiser</c> in scope (a local, parameter, field or property):
/// <c>Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email)))</c> becomes
/// <c>pseudonymiser.Pseudonymise(email)</c>.
/// <para>Rewritten shapes. The hashed string is <c>s</c> in <c>Encoding.X.GetBytes(s)</c> passed directly as the data of
/// <c>MD5/SHA1/SHA256/SHA384/SHA512/SHA3_*.HashData</c>, <c>CryptographicOperations.HashData</c> or
/// <c>ComputeHash</c>; or the string receiver of <c>s.GetHashCode()</c>; or the string argument of
/// <c>comparer.GetHashCode(s)</c>. The replaced expression is the smallest one that turns the hash into text:
/// <c>Convert.ToHexString</c>, <c>Convert.ToHexStringLower</c>, <c>Convert.ToBase64String</c>, <c>BitConverter.ToString</c>
/// or <c>.ToString()</c>, together with cosmetic string calls chained on it (<c>ToLowerInvariant()</c>,
/// <c>Replace("-", "")</c>…). When the digest is first stored in a local (<c>byte[] digest = SHA256.HashData(…);</c>)
/// that is used exactly once, in such a conversion, the conversion is replaced and the declaration removed.</para>
/// <para>No fix: no <c>HmacPseudonymiser</c> in scope; the hash is used as bytes or as a number (a pseudonym is a
/// string); the bytes come from a local or a stream; <c>HashCode.Combine</c>; <c>IncrementalHash</c>. A hash object
/// created for the call (<c>using var md5 = MD5.Create();</c>) is left in place.</para>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseKeyedPseudonymiserFix)), Shared]
public sealed class UseKeyedPseudonymiserFix : CodeFixProvider
{
    /// <summary>One key for every pseudonymiser, so Fix All uses, at each hash, the pseudonymiser in scope there.</summary>
    public const string EquivalenceKey = "DataSteward.UseKeyedPseudonymiser";

    private const string HmacPseudonymiser = "DataSteward.HmacPseudonymiser";

    private static readonly string[] DataParameterNames = ["source", "buffer", "inputStream", "inputBuffer", "data"];

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnkeyedHashUsedAsPseudonym);

    public override FixAllProvider GetFixAllProvider() => new KeyChoosingBatchFixer(this);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax hash
            || Plan(model, hash, context.CancellationToken) is not { } plan)
        {
            return;
        }

        foreach (PseudonymiserCandidate candidate in PseudonymiserLookup.Find(model, plan.Replaced.SpanStart, context.CancellationToken))
        {
            if (IsHmacPseudonymiser(model, candidate, plan.Replaced.SpanStart)
                && model.Compilation.ClassifyConversion(model.GetTypeInfo(plan.Value, context.CancellationToken).Type!, candidate.ParameterType).IsImplicit)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use the keyed pseudonymiser '{candidate.Display}'",
                        cancellationToken => ReplaceAsync(context.Document, root, plan, candidate, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
                return;
            }
        }
    }

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, RewritePlan plan, PseudonymiserCandidate candidate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                candidate.Target,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(plan.Value.WithoutTrivia()))))
            .WithTriviaFrom(plan.Replaced);

        SyntaxNode updated;
        if (plan.RemovedStatement is { } statement)
        {
            SyntaxNode tracked = root.TrackNodes(plan.Replaced, statement);
            tracked = tracked.ReplaceNode(tracked.GetCurrentNode(plan.Replaced)!, call);
            updated = tracked.RemoveNode(tracked.GetCurrentNode(statement)!, SyntaxRemoveOptions.KeepNoTrivia)!;
        }
        else
        {
            updated = root.ReplaceNode(plan.Replaced, call);
        }

        return Task.FromResult(document.WithSyntaxRoot(updated));
    }

    private static RewritePlan? Plan(SemanticModel model, InvocationExpressionSyntax hash, CancellationToken cancellationToken)
    {
        if (model.GetOperation(hash, cancellationToken) is not IInvocationOperation invocation
            || HashedString(invocation) is not { } value
            || model.GetTypeInfo(value, cancellationToken).Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        if (AsText(model, hash, cancellationToken) is { } replaced)
        {
            return new RewritePlan(replaced, value, null);
        }

        // byte[] digest = SHA256.HashData(...); ... Convert.ToHexString(digest) ...
        if (hash.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            && declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } statement }
            && model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local
            && statement.Parent is BlockSyntax block)
        {
            IdentifierNameSyntax[] uses = block.DescendantNodes()
                .OfType<IdentifierNameSyntax>()
                .Where(name => name.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local))
                .ToArray();
            if (uses.Length == 1 && AsText(model, uses[0], cancellationToken) is { } use && !value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => IsDeclaredBetween(model, name, statement, use, cancellationToken)))
            {
                return new RewritePlan(use, value, statement);
            }
        }

        return null;
    }

    // The string whose bytes (or hash code) are hashed, when it can be pseudonymised instead.
    private static ExpressionSyntax? HashedString(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name == "GetHashCode")
        {
            if (invocation.Instance is { Type.SpecialType: SpecialType.System_String } receiver && receiver.Syntax is ExpressionSyntax text)
            {
                return text;
            }

            IArgumentOperation[] strings = invocation.Arguments.Where(a => a.Value.Type?.SpecialType == SpecialType.System_String || a.Parameter?.Type.SpecialType == SpecialType.System_String).ToArray();
            return invocation.Instance is not null && strings.Length == 1 && invocation.Arguments.Length == 1
                ? Unconverted(strings[0].Value).Syntax as ExpressionSyntax
                : null;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && System.Array.IndexOf(DataParameterNames, parameter.Name) >= 0
                && Unconverted(argument.Value) is IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: 1 } getBytes
                && IsEncoding(getBytes.TargetMethod.ContainingType)
                && getBytes.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
            {
                return getBytes.Arguments[0].Value.Syntax as ExpressionSyntax;
            }
        }

        return null;
    }

    /// <summary>The smallest expression around <paramref name="start"/> that turns the hash into text, or null.</summary>
    private static ExpressionSyntax? AsText(SemanticModel model, ExpressionSyntax start, CancellationToken cancellationToken)
    {
        ExpressionSyntax current = start;
        bool text = false;
        while (true)
        {
            SyntaxNode? parent = current.Parent;
            if (parent is ParenthesizedExpressionSyntax parenthesized)
            {
                current = parenthesized;
                continue;
            }

            if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax conversion } }
                && model.GetSymbolInfo(conversion, cancellationToken).Symbol is IMethodSymbol converter
                && IsBytesToText(converter))
            {
                current = conversion;
                text = true;
                continue;
            }

            if (parent is MemberAccessExpressionSyntax access && access.Expression == current && access.Parent is InvocationExpressionSyntax call
                && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol member)
            {
                if (member.Name == "ToString" && !text && member.ContainingType?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Object or SpecialType.System_ValueType)
                {
                    current = call;
                    text = true;
                    continue;
                }

                if (text && member.ContainingType?.SpecialType == SpecialType.System_String && member.Name is "ToLowerInvariant" or "ToUpperInvariant" or "ToLower" or "ToUpper" or "Replace" or "Trim" or "TrimEnd")
                {
                    current = call;
                    continue;
                }
            }

            break;
        }

        return text && model.GetTypeInfo(current, cancellationToken).Type?.SpecialType == SpecialType.System_String ? current : null;
    }

    private static bool IsBytesToText(IMethodSymbol method) =>
        method.IsStatic && method.ContainingType is { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } type
        && (type.Name == "Convert" && method.Name is "ToHexString" or "ToHexStringLower" or "ToBase64String"
            || type.Name == "BitConverter" && method.Name == "ToString");

    private static bool IsEncoding(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Encoding", ContainingNamespace: { Name: "Text", ContainingNamespace.Name: "System" } })
            {
                return true;
            }
        }

        return false;
    }

    // Moving the value from the declaration to the use is safe unless it reads a local declared in between.
    private static bool IsDeclaredBetween(SemanticModel model, IdentifierNameSyntax name, StatementSyntax from, ExpressionSyntax to, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol local
        && local.DeclaringSyntaxReferences.Any(reference => reference.Span.Start > from.Span.End && reference.Span.Start < to.SpanStart);

    private static bool IsHmacPseudonymiser(SemanticModel model, PseudonymiserCandidate candidate, int position)
    {
        if (candidate.Target is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax holder })
        {
            return false;
        }

        bool staticContext = IsStaticContext(model.GetEnclosingSymbol(position));
        foreach (ISymbol symbol in model.LookupSymbols(position, name: holder.Identifier.ValueText))
        {
            if (staticContext && symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } })
            {
                // A primary constructor's parameter is in scope of a static member, but cannot be used there.
                continue;
            }

            ITypeSymbol? type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (type is INamedTypeSymbol named && named.ToDisplayString() == HmacPseudonymiser)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStaticContext(ISymbol? enclosing)
    {
        for (ISymbol? current = enclosing; current is not null; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                continue;
            }

            return current.IsStatic;
        }

        return false;
    }

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private sealed record RewritePlan(ExpressionSyntax Replaced, ExpressionSyntax Value, StatementSyntax? RemovedStatement);
}
