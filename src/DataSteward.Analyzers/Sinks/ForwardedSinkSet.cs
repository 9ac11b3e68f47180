using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// What a method of this compilation sends to sinks: the parameters it forwards, each with the sink it reaches.
/// <see cref="Unknown"/> when the body cannot be read (metadata, abstract).
/// </summary>
internal sealed class ForwardedSinkSet
{
    private ForwardedSinkSet(ImmutableArray<ForwardedSink> sinks, bool isKnown)
    {
        Sinks = sinks;
        IsKnown = isKnown;
    }

    public static ForwardedSinkSet Unknown { get; } = new(ImmutableArray<ForwardedSink>.Empty, isKnown: false);

    public static ForwardedSinkSet None { get; } = new(ImmutableArray<ForwardedSink>.Empty, isKnown: true);

    public ImmutableArray<ForwardedSink> Sinks { get; }

    public bool IsKnown { get; }

    public static ForwardedSinkSet Of(ImmutableArray<ForwardedSink> sinks) => sinks.IsEmpty ? None : new(sinks, isKnown: true);

    /// <summary>Value equality, for the fixed point of a recursive group.</summary>
    public static IEqualityComparer<ForwardedSinkSet> Comparer { get; } = new SetComparer();

    private sealed class SetComparer : IEqualityComparer<ForwardedSinkSet>
    {
        public bool Equals(ForwardedSinkSet? x, ForwardedSinkSet? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.IsKnown == y.IsKnown && x.Sinks.SequenceEqual(y.Sinks));

        public int GetHashCode(ForwardedSinkSet obj) => obj.Sinks.Length;
    }
}
