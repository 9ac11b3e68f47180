using DataSteward.Analyzers.Infrastructure;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// A per-compilation cache of method summaries that does not depend on the order in which methods are asked for.
/// Summaries are discovered on demand (computing one may ask for others); a group of mutually recursive methods (a
/// strongly connected component of the call graph, found with Tarjan's algorithm as the calls are met) is solved as a
/// whole, by iterating from the empty summary until nothing changes — the least fixed point, whichever member was asked
/// for first. Only solved summaries are cached; the value of a method still being solved is handed out as provisional
/// and counted in <see cref="SummaryRequest.ProvisionalReads"/>. Thread-safe: two threads may solve the same group, and
/// both find the same values.
/// </summary>
internal sealed class RecursiveSummaries<TValue>
{
    // A summary only grows during the iteration (its origins are unions); the bound guards against a non-monotone
    // corner (a capped union) looping forever. Reached, the last value is kept: still the same for every order.
    private const int MaxRounds = 16;

    private readonly ConcurrentDictionary<IMethodSymbol, TValue> solved = SharedCache.Create<IMethodSymbol, TValue>(SymbolEqualityComparer.Default);
    private readonly Func<IMethodSymbol, SummaryRequest, TValue> compute;
    private readonly Func<SummaryRequest, RecursionState<TValue>> stateOf;
    private readonly IEqualityComparer<TValue> comparer;
    private readonly TValue empty;

    public RecursiveSummaries(
        Func<IMethodSymbol, SummaryRequest, TValue> compute,
        Func<SummaryRequest, RecursionState<TValue>> stateOf,
        IEqualityComparer<TValue> comparer,
        TValue empty)
    {
        this.compute = compute;
        this.stateOf = stateOf;
        this.comparer = comparer;
        this.empty = empty;
    }

    /// <summary>
    /// The summary of <paramref name="method"/> if it is already solved (normalised to its original definition):
    /// a cheap question for callers that can skip work when the answer is known, and never starts a computation.
    /// </summary>
    public bool TryGetSolved(IMethodSymbol method, out TValue? value) => solved.TryGetValue(method, out value);

    /// <summary>The summary of <paramref name="method"/> (already normalised to its original definition).</summary>
    public TValue Get(IMethodSymbol method, SummaryRequest request)
    {
        if (solved.TryGetValue(method, out TValue? known))
        {
            return known;
        }

        RecursionState<TValue> state = stateOf(request);
        if (state.Frames.TryGetValue(method, out RecursionState<TValue>.Frame? onStack))
        {
            // A call back into a method being computed: the caller belongs to its group.
            onStack.CalledBack = true;
            if (state.Current is { } caller && onStack.Index < caller.LowLink)
            {
                caller.LowLink = onStack.Index;
            }

            request.ProvisionalReads++;
            return onStack.Value;
        }

        request.CancellationToken.ThrowIfCancellationRequested();
        var frame = new RecursionState<TValue>.Frame(method, state.NextIndex++, empty);
        state.Frames.Add(method, frame);
        state.Stack.Add(frame);
        try
        {
            frame.Value = ComputeIn(state, frame, request);
        }
        catch (BodyNotYetAnalysed) when (Abandon(state))
        {
            // Never entered: the filter abandons the state as the exception passes, without a catch and rethrow at
            // every level of the recursion (each rethrow is another exception dispatch).
            throw;
        }

        if (request.Awaited is not null)
        {
            // The same abandon, said by the request: nothing is kept, and every level returns at once.
            state.Abandon();
            return frame.Value;
        }

        if (frame.LowLink < frame.Index)
        {
            // Part of a group whose root is further down the stack: provisional until the root solves the group.
            state.Current!.LowLink = Math.Min(state.Current.LowLink, frame.LowLink);
            request.ProvisionalReads++;
            return frame.Value;
        }

        try
        {
            return SolveGroup(state, frame, request);
        }
        catch (BodyNotYetAnalysed) when (Abandon(state))
        {
            throw;
        }
    }

    private TValue SolveGroup(RecursionState<TValue> state, RecursionState<TValue>.Frame root, SummaryRequest request)
    {
        int rootPosition = state.Stack.IndexOf(root);
        bool recursive = root.CalledBack || state.Stack.Count - 1 > rootPosition;
        for (int round = 0; recursive && round < MaxRounds; round++)
        {
            request.CancellationToken.ThrowIfCancellationRequested();
            bool changed = false;

            // Members may be discovered during a round (a call evaluated only once an argument turned out to matter).
            for (int i = rootPosition; i < state.Stack.Count; i++)
            {
                RecursionState<TValue>.Frame member = state.Stack[i];
                TValue next = ComputeIn(state, member, request);
                if (request.Awaited is not null)
                {
                    state.Abandon();
                    return next;
                }

                if (!comparer.Equals(next, member.Value))
                {
                    member.Value = next;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        TValue result = root.Value;
        for (int i = state.Stack.Count - 1; i >= rootPosition; i--)
        {
            RecursionState<TValue>.Frame member = state.Stack[i];
            TValue stored = solved.GetOrAdd(member.Method, member.Value);
            if (ReferenceEquals(member, root))
            {
                result = stored;
            }

            state.Frames.Remove(member.Method);
            state.Stack.RemoveAt(i);
        }

        return result;
    }

    // The whole question is abandoned and asked again later: nothing half-computed may stay on the stack. False: the
    // exception goes on to the check that asked.
    private static bool Abandon(RecursionState<TValue> state)
    {
        state.Abandon();
        return false;
    }

    private TValue ComputeIn(RecursionState<TValue> state, RecursionState<TValue>.Frame frame, SummaryRequest request)
    {
        RecursionState<TValue>.Frame? caller = state.Current;
        state.Current = frame;
        try
        {
            return compute(frame.Method, request);
        }
        finally
        {
            state.Current = caller;
        }
    }
}
