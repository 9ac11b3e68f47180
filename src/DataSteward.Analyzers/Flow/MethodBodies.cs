using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Flow;

/// <summary>The operation tree of a method of this compilation (body, expression body, or a primary constructor's base call).</summary>
internal static class MethodBodies
{
    /// <summary>The one symbol a method's summaries are kept under: its definition, a partial method's implementation.</summary>
    public static IMethodSymbol KeyOf(IMethodSymbol method)
    {
        IMethodSymbol key = (method.ReducedFrom ?? method).OriginalDefinition;
        return key.PartialImplementationPart ?? key;
    }

    /// <summary>
    /// The body of <paramref name="method"/> (a key, <see cref="KeyOf"/>) for a summary asked by <paramref name="request"/>:
    /// a member of the type being analysed is read where the driver bound it (<see cref="TypeMemberBodies"/>).
    /// </summary>
    public static IOperation? Find(CompilationModel model, IMethodSymbol method, SummaryRequest request, out SyntaxNode? body)
    {
        if (request.Bodies?.ModelFor(method) is { } driverModel)
        {
            return Find(model.Compilation, _ => driverModel, method, out body);
        }

        return Find(model.Compilation, model.ModelFor, method, out body);
    }

    public static IOperation? Find(Compilation compilation, System.Func<SyntaxTree, SemanticModel> models, IMethodSymbol method, out SyntaxNode? body)
    {
        body = null;
        if (method.IsAbstract || method.IsExtern)
        {
            return null;
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            SyntaxNode syntax = reference.GetSyntax();
            if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                continue;
            }

            body = BodyOf(syntax);
            if (body is null)
            {
                continue;
            }

            SemanticModel model = models(syntax.SyntaxTree);
            IOperation? operation = (body is PrimaryConstructorBaseTypeSyntax ? null : model.GetOperation(syntax)) ?? model.GetOperation(body);
            if (operation is not null)
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>The body of a method's declaration (block, expression, constructor initialiser or primary base), or null.</summary>
    public static SyntaxNode? BodyOf(SyntaxNode syntax) => syntax switch
    {
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? (SyntaxNode?)method.ExpressionBody ?? (method is ConstructorDeclarationSyntax { Initializer: { } initializer } ? initializer : null),
        AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
        PropertyDeclarationSyntax property => property.ExpressionBody,
        LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
        ArrowExpressionClauseSyntax arrow => arrow,
        TypeDeclarationSyntax { ParameterList: not null, BaseList: { } baseList } => FirstPrimaryBase(baseList),
        _ => null,
    };

    private static SyntaxNode? FirstPrimaryBase(BaseListSyntax baseList)
    {
        foreach (BaseTypeSyntax type in baseList.Types)
        {
            if (type is PrimaryConstructorBaseTypeSyntax primary)
            {
                return primary;
            }
        }

        return null;
    }
}
