using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// The Tarjan stack of one <see cref="RecursiveSummaries{TValue}"/> within one <see cref="SummaryRequest"/>: the
/// methods whose summary is being computed, with their discovery index, lowest reachable index and current value.
/// </summary>
internal sealed class RecursionState<TValue>
{
    internal readonly Dictionary<IMethodSymbol, Frame> Frames = new(SymbolEqualityComparer.Default);
    internal readonly List<Frame> Stack = [];
    internal Frame? Current;
    internal int NextIndex;

    /// <summary>How many methods are being computed (the nesting of the current request).</summary>
    public int Depth => Stack.Count;

    /// <summary>Forgets every method being computed: the question that needed them was abandoned.</summary>
    internal void Abandon()
    {
        Frames.Clear();
        Stack.Clear();
        Current = null;
    }

    internal sealed class Frame
    {
        public Frame(IMethodSymbol method, int index, TValue value)
        {
            Method = method;
            Index = index;
            LowLink = index;
            Value = value;
        }

        public IMethodSymbol Method { get; }

        public int Index { get; }

        public int LowLink { get; set; }

        /// <summary>Some method of the stack called this one back: its value is a guess until the group is solved.</summary>
        public bool CalledBack { get; set; }

        public TValue Value { get; set; }
    }
}
