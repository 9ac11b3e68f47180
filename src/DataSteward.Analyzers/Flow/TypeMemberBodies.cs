using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// When one document is analysed (the editor), the bodies of one type's members as the driver reaches them, and the
/// sink checks of that type waiting for a helper of the same type the driver has not reached yet: they run again at
/// the type's end, where every member's body is the one the driver bound. A helper of another type is bound when asked
/// for.
/// </summary>
/// <remarks>
/// The type's end is a symbol-end action, whose reports a document's analysis keeps, whatever the order of the
/// members. A check runs to its end once, on the same bodies, whether at the call or at the type's end.
/// </remarks>
internal sealed class TypeMemberBodies : DriverBodies
{
    private readonly INamedTypeSymbol type;
    private readonly object gate = new();
    private readonly Dictionary<IMethodSymbol, SemanticModel> reached = new(SymbolEqualityComparer.Default);
    private List<PendingCheck>? waiting;
    private bool ended;

    public TypeMemberBodies(INamedTypeSymbol type, Compilation compilation)
        : base(compilation)
    {
        this.type = type;
    }

    /// <summary>The driver has started the block of <paramref name="owningSymbol"/>, bound in <paramref name="model"/>.</summary>
    public void Reached(ISymbol owningSymbol, SemanticModel model)
    {
        if (KeyOfBlock(owningSymbol) is not { } key)
        {
            return;
        }

        lock (gate)
        {
            reached[key] = model;
        }
    }

    /// <summary>A document's analysis binds only the document's bodies: a helper elsewhere is bound for its summary.</summary>
    public override bool DriverBindsEveryBody => false;

    /// <summary>
    /// The driver's model of a member of this type once its block is reached; no model for a method of another type.
    /// False for a member of this type the driver has yet to reach.
    /// </summary>
    public override bool TryModelFor(IMethodSymbol method, out SemanticModel? model)
    {
        model = null;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
        {
            return true;
        }

        lock (gate)
        {
            if (reached.TryGetValue(method, out model))
            {
                return true;
            }

            if (ended)
            {
                return true;
            }
        }

        return NotReachedYet(method, out model);
    }

    /// <summary>Keeps <paramref name="check"/> for the type's end (the awaited member is of this type). False when the type has ended: run it now.</summary>
    public override bool Wait(IMethodSymbol awaited, PendingCheck check)
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
}

/// <summary>A sink check abandoned for a body not yet reached: run again with the reporter of the action that runs it.</summary>
internal delegate void PendingCheck(Action<Diagnostic> report);
