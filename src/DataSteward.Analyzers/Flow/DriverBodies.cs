using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Member bodies as the analyser driver reaches them, for the summaries asked while it analyses one block, and the sink
/// checks waiting for a body it has not reached yet.
/// </summary>
/// <remarks>
/// A summary of a helper (what it forwards to a sink, what it returns) needs the helper's bound body. Binding it from a
/// caller's callback, before the driver reaches the helper, charges the binding to DataSteward, though the driver binds
/// the same body a moment later: on real code bases that binding was most of DataSteward's time. So a check that needs
/// such a helper is abandoned (<see cref="BodyNotYetAnalysed"/>) and runs again once the driver has bound it. Which
/// bodies can be waited for depends on how the code is analysed: <see cref="CompilationMemberBodies"/> when the whole
/// compilation is, <see cref="TypeMemberBodies"/> when one document is (the editor).
/// </remarks>
internal abstract class DriverBodies
{
    private readonly Compilation compilation;

    protected DriverBodies(Compilation compilation)
    {
        this.compilation = compilation;
    }

    /// <summary>
    /// Whether the driver binds every body of the compilation in this analysis (the whole compilation's), so that a
    /// summary reading a body costs no binding of its own once the body is reached.
    /// </summary>
    public abstract bool DriverBindsEveryBody { get; }

    /// <summary>
    /// The semantic model to read <paramref name="method"/>'s body from, or null to bind it where the compilation's
    /// models are (already bound, or not waited for). Throws <see cref="BodyNotYetAnalysed"/> for a body to wait for.
    /// </summary>
    public SemanticModel? ModelFor(IMethodSymbol method) =>
        TryModelFor(method, out SemanticModel? model) ? model : throw new BodyNotYetAnalysed(method);

    /// <summary>
    /// As <see cref="ModelFor"/>, but false instead of the exception for a body to wait for: a question asked at the top
    /// of a check, where nothing half-computed needs unwinding, is postponed without an exception's cost.
    /// </summary>
    public abstract bool TryModelFor(IMethodSymbol method, out SemanticModel? model);

    /// <summary>Keeps <paramref name="check"/> until <paramref name="awaited"/>'s body is reached. False: run it now.</summary>
    public abstract bool Wait(IMethodSymbol awaited, PendingCheck check);

    /// <summary>The summary key of the body the driver analyses as <paramref name="owningSymbol"/>'s block, if any.</summary>
    protected static IMethodSymbol? KeyOfBlock(ISymbol owningSymbol) => owningSymbol switch
    {
        IMethodSymbol method => MethodBodies.KeyOf(method),
        // An expression-bodied property's block is owned by the property: it is its getter's body.
        IPropertySymbol { GetMethod: { } getter } => MethodBodies.KeyOf(getter),
        _ => null,
    };

    /// <summary>
    /// For a body not reached yet: false when the driver will analyse it as a block of its own (it is waited for), else
    /// true with no model (a body the driver never analyses alone is bound when asked for).
    /// </summary>
    protected bool NotReachedYet(IMethodSymbol method, out SemanticModel? model)
    {
        model = null;
        return !RunsInOwnBlock(method, compilation);
    }

    // Only a body the driver analyses as a block of its own is waited for; a local function's is inside its
    // container's, and a primary constructor's base call or an implicit member has none.
    private static bool RunsInOwnBlock(IMethodSymbol method, Compilation compilation)
    {
        switch (method.MethodKind)
        {
            case MethodKind.Ordinary:
            case MethodKind.Constructor:
            case MethodKind.StaticConstructor:
            case MethodKind.Destructor:
            case MethodKind.PropertyGet:
            case MethodKind.PropertySet:
            case MethodKind.EventAdd:
            case MethodKind.EventRemove:
            case MethodKind.UserDefinedOperator:
            case MethodKind.Conversion:
            case MethodKind.ExplicitInterfaceImplementation:
                break;
            default:
                return false;
        }

        if (method.IsImplicitlyDeclared || method.IsAbstract || method.IsExtern)
        {
            return false;
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            SyntaxNode syntax = reference.GetSyntax();
            if (syntax is not TypeDeclarationSyntax && MethodBodies.BodyOf(syntax) is not null && compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return true;
            }
        }

        return false;
    }
}
