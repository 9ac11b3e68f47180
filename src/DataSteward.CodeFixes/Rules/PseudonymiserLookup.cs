using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// Finds the pseudonymisers a fix may call at a position, best first: an <c>HmacPseudonymiser</c> held by a local,
/// parameter, field or property in scope; a <c>[Pseudonymiser]</c> method in scope; then an accessible static
/// <c>[Pseudonymiser]</c> method anywhere in the compilation.
/// </summary>
internal static class PseudonymiserLookup
{
    private const string HmacPseudonymiser = "DataSteward.HmacPseudonymiser";
    private const string PseudonymiserAttribute = "DataSteward.PseudonymiserAttribute";

    public static ImmutableArray<PseudonymiserCandidate> Find(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        var candidates = ImmutableArray.CreateBuilder<PseudonymiserCandidate>();
        ISymbol? enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        bool staticContext = IsStaticContext(enclosing);
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        foreach (ISymbol symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol
                && (symbol is not ILocalSymbol local || DeclaredBefore(local, position, cancellationToken))
                && TypeOf(symbol) is INamedTypeSymbol type && FullName(type) == HmacPseudonymiser
                && (!staticContext || symbol.IsStatic || symbol is ILocalSymbol || symbol is IParameterSymbol { ContainingSymbol: not IMethodSymbol { MethodKind: MethodKind.Constructor } })
                && FindPseudonymise(type) is { } method)
            {
                ExpressionSyntax target = SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.IdentifierName(symbol.Name),
                    SyntaxFactory.IdentifierName(method.Name));
                candidates.Add(new PseudonymiserCandidate(symbol.Name + "." + method.Name, target, method.Parameters[0].Type));
            }
        }

        foreach (ISymbol symbol in model.LookupSymbols(position))
        {
            if (symbol is IMethodSymbol method && IsUsablePseudonymiser(method) && (!staticContext || method.IsStatic) && seen.Add(method))
            {
                candidates.Add(new PseudonymiserCandidate(method.Name, SyntaxFactory.IdentifierName(method.Name), method.Parameters[0].Type));
            }
        }

        foreach (IMethodSymbol method in StaticPseudonymisers(model.Compilation.Assembly.GlobalNamespace, cancellationToken))
        {
            if (seen.Add(method) && model.Compilation.IsSymbolAccessibleWithin(method, model.Compilation.Assembly))
            {
                ExpressionSyntax target = SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.ParseTypeName(method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)),
                        SyntaxFactory.IdentifierName(method.Name))
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                candidates.Add(new PseudonymiserCandidate(method.ContainingType.Name + "." + method.Name, target, method.Parameters[0].Type));
            }
        }

        return candidates.ToImmutable();
    }

    // A local is in scope in its whole block, but usable only after its declaration ends (CS0841 before).
    private static bool DeclaredBefore(ILocalSymbol local, int position, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken).Span.End > position)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<IMethodSymbol> StaticPseudonymisers(INamespaceOrTypeSymbol container, CancellationToken cancellationToken)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is INamespaceOrTypeSymbol nested)
            {
                foreach (IMethodSymbol method in StaticPseudonymisers(nested, cancellationToken))
                {
                    yield return method;
                }
            }
            else if (member is IMethodSymbol { IsStatic: true } method && IsUsablePseudonymiser(method))
            {
                yield return method;
            }
        }
    }

    private static bool IsUsablePseudonymiser(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.Parameters.Length == 0 || method.ReturnType.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        for (int i = 1; i < method.Parameters.Length; i++)
        {
            if (!method.Parameters[i].IsOptional)
            {
                return false;
            }
        }

        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && FullName(type) == PseudonymiserAttribute)
            {
                return true;
            }
        }

        return false;
    }

    private static IMethodSymbol? FindPseudonymise(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers("Pseudonymise"))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 1, ReturnType.SpecialType: SpecialType.System_String } method
                && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
            {
                return method;
            }
        }

        return null;
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

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static string FullName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
}
