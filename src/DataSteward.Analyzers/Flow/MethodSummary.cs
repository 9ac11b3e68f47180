using System.Collections.Immutable;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// What reaches a method's result: <see cref="Own"/> is the personal data it reads itself (members, classified
/// calls); <see cref="Parameters"/> are the ordinals of the parameters whose data flows through to it.
/// </summary>
internal sealed record MethodSummary(Taint? Own, ImmutableArray<int> Parameters)
{
    public static MethodSummary Empty { get; } = new(null, ImmutableArray<int>.Empty);
}
