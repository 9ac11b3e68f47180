using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// The bodies of one type's members as the analyser driver reaches them, and the sink checks of that type waiting for
/// a helper of the same type the driver has not reached yet.
/// </summary>
/// <remarks>
/// <para>
/// A summary of a helper (what it forwards to a sink, what it returns) needs the helper's bound body. Binding it from
/// a caller's callback, before the driver reaches the helper, charges the binding to DataSteward, though the driver
/// binds the same body a moment later; on real code bases that binding was most of DataSteward's time, and most of it
/// was for private helpers declared after their callers in the same type. So a check that needs such a helper is
/// abandoned (<see cref="BodyNotYetAnalysed"/>) and runs again at the type's end, where every member's body is the one
/// the driver bound. A helper of another type is bound when asked for, as before.
/// </para>
/// <para>
/// The type's end is a symbol-end action: it runs in the editor's analysis of a document as in the build, so what is
/// reported does not depend on how the code is analysed, nor on the order of the members. A check runs to its end
/// once, on the same bodies, whether at the call or at the type's end.
/// </para>
/// </remarks>
internal sealed class TypeMemberBodies
{
    private readonly INamedTypeSymbol type;
    private readonly object gate = new();
    private readonly Dictionary<IMethodSymbol, SemanticModel> reached = new(SymbolEqualityComparer.Default);
    private List<PendingCheck>? waiting;
    private bool ended;

    public TypeMemberBodies(INamedTypeSymbol type)
    {
        this.type = type;
    }

    /// <summary>The driver has started the block of <paramref name="owningSymbol"/>, bound in <paramref name="model"/>.</summary>
    public void Reached(ISymbol owningSymbol, SemanticModel model)
    {
        lock (gate)
        {
            switch (owningSymbol)
            {
                case IMethodSymbol method:
                    reached[MethodBodies.KeyOf(method)] = model;
                    break;
                case IPropertySymbol property:
                    // An expression-bodied property's block is owned by the property: it is its getter's body.
                    if (property.GetMethod is { } getter)
                    {
                        reached[MethodBodies.KeyOf(getter)] = model;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The semantic model to read <paramref name="method"/>'s body from: the driver's, once its block is reached; null
    /// for a method of another type (bound when asked for, as before). Throws <see cref="BodyNotYetAnalysed"/> for a
    /// member of this type the driver has yet to reach.
    /// </summary>
    public SemanticModel? ModelFor(IMethodSymbol method)
    {
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
        {
            return null;
        }

        lock (gate)
        {
            if (reached.TryGetValue(method, out SemanticModel? model))
            {
                return model;
            }

            if (ended)
            {
                return null;
            }
        }

        if (RunsInOwnBlock(method))
        {
            throw new BodyNotYetAnalysed(method);
        }

        return null;
    }

    /// <summary>Keeps <paramref name="check"/> for the type's end. False when the type has ended: run it now.</summary>
    public bool Wait(PendingCheck check)
    {
        lock (gate)
        {
            if (ended)
            {
                return false;
            }

            (waiting ??= new List<PendingCheck>(1)).Add(check);
            return true;
        }
    }

    /// <summary>The type's end: every member's block is reached; hands back the checks that waited for one.</summary>
    public List<PendingCheck>? End()
    {
        lock (gate)
        {
            ended = true;
            List<PendingCheck>? checks = waiting;
            waiting = null;
            return checks;
        }
    }

    // Only a body the driver analyses as a block of its own is waited for; a local function's is inside its
    // container's, and a primary constructor's base call or an implicit member has none.
    private static bool RunsInOwnBlock(IMethodSymbol method)
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
            if (syntax is not TypeDeclarationSyntax && MethodBodies.BodyOf(syntax) is not null)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A sink check abandoned for a body not yet reached: run again with the reporter of the action that runs it.</summary>
internal delegate void PendingCheck(Action<Diagnostic> report);
