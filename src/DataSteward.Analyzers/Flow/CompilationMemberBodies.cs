using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// When the whole compilation is analysed (the build), which member bodies the driver has reached, across all types,
/// and the sink checks waiting for one it has not: such a check runs again at the end of the awaited member's type,
/// where the driver has bound every member of that type, and reports from there. A body the driver never reaches
/// (generated code) is waited for until the compilation's end, and bound then.
/// </summary>
/// <remarks>
/// Waiting for the type, not the member, matters for chains: a helper calling the next helper of its class, declared
/// further down, would otherwise wake the check once per helper of the chain, and each wake computes the chain again
/// up to the next unreached body (on Jellyfin two in three abandoned checks stopped deep in such a chain).
/// Only the whole compilation's analysis keeps what is reported from another type's end; a document's analysis
/// (the editor) drops it, so there the waiting is the checking type's own (<see cref="TypeMemberBodies"/>), and a
/// helper of another type is bound when asked for. Both report the same diagnostics. A reached body is read from the
/// driver's model of its tree, held by weak reference: the compilation's own models would bind it again once the
/// driver has dropped a finished tree's model, and nothing here holds a bound tree alive.
/// </remarks>
internal sealed class CompilationMemberBodies : DriverBodies
{
    private readonly object gate = new();
    private readonly HashSet<IMethodSymbol> reached = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> endedTypes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<SyntaxTree, WeakReference<SemanticModel>> models = new();
    private readonly Dictionary<INamedTypeSymbol, List<PendingCheck>> waiting = new(SymbolEqualityComparer.Default);
    private bool ended;

    public CompilationMemberBodies(Compilation compilation)
        : base(compilation)
    {
    }

    /// <summary>The driver has started the block of <paramref name="owningSymbol"/>, bound in <paramref name="model"/>.</summary>
    public void Reached(ISymbol owningSymbol, SemanticModel? model)
    {
        if (KeyOfBlock(owningSymbol) is not { } key)
        {
            return;
        }

        lock (gate)
        {
            reached.Add(key);
            if (model is not null)
            {
                if (models.TryGetValue(model.SyntaxTree, out WeakReference<SemanticModel>? known))
                {
                    known.SetTarget(model);
                }
                else
                {
                    models.Add(model.SyntaxTree, new WeakReference<SemanticModel>(model));
                }
            }
        }
    }

    /// <summary>The driver has ended <paramref name="type"/>: every member's block is reached; hands back the checks that waited for one.</summary>
    public List<PendingCheck>? TypeEnded(INamedTypeSymbol type)
    {
        lock (gate)
        {
            endedTypes.Add(type);
            if (waiting.TryGetValue(type, out List<PendingCheck>? checks))
            {
                waiting.Remove(type);
                return checks;
            }

            return null;
        }
    }

    public override bool DriverBindsEveryBody => true;

    public override bool TryModelFor(IMethodSymbol method, out SemanticModel? model)
    {
        lock (gate)
        {
            if (reached.Contains(method))
            {
                model = DriverModelOf(method);
                return true;
            }

            if (ended || endedTypes.Contains(method.ContainingType))
            {
                model = null;
                return true;
            }
        }

        return NotReachedYet(method, out model);
    }

    public override bool Wait(IMethodSymbol awaited, PendingCheck check)
    {
        INamedTypeSymbol type = awaited.ContainingType;
        lock (gate)
        {
            if (ended || endedTypes.Contains(type))
            {
                return false;
            }

            if (!waiting.TryGetValue(type, out List<PendingCheck>? checks))
            {
                waiting.Add(type, checks = new List<PendingCheck>(1));
            }

            checks.Add(check);
            return true;
        }
    }

    // The driver's model of the tree the reached method is declared in, while something still holds it; a model dropped
    // since (the driver releases a tree's model when the tree is done) is not kept alive here.
    private SemanticModel? DriverModelOf(IMethodSymbol method)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (models.TryGetValue(reference.SyntaxTree, out WeakReference<SemanticModel>? weak) && weak.TryGetTarget(out SemanticModel? model))
            {
                return model;
            }
        }

        return null;
    }

    /// <summary>The compilation's end: hands back the checks still waiting (for bodies the driver never reached).</summary>
    public List<PendingCheck>? End()
    {
        lock (gate)
        {
            ended = true;
            List<PendingCheck>? all = null;
            foreach (List<PendingCheck> checks in waiting.Values)
            {
                (all ??= new List<PendingCheck>()).AddRange(checks);
            }

            waiting.Clear();
            return all;
        }
    }
}
