using System;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// One accepted violation, fingerprinted by the rule, the member that contains it (<c>ContainingSymbol</c>, a
/// documentation comment id), the message in its invariant (English) text, which names the data and the sink, and how
/// many times that exact violation occurs in that member. No file and no line: edits above the violation, moving it
/// within its member, or moving the member to another file keep it baselined; renaming the member, a new violation, or
/// the same one more times than counted is reported.
/// <para>
/// <see cref="Symbol"/> is null for an entry of a version 1 file, which listed the file instead: such an entry matches
/// the rule and message in any member, until the baseline is written again.
/// </para>
/// </summary>
internal sealed record BaselineEntry(string Rule, string? Symbol, string Message, int Count) : IComparable<BaselineEntry>
{
    /// <summary>The identity of a violation, without the count.</summary>
    public (string Rule, string? Symbol, string Message) Key => (Rule, Symbol, Message);

    /// <summary>Member, then rule, then message (ordinal): the order of the written file, stable under reordering.</summary>
    public int CompareTo(BaselineEntry? other)
    {
        if (other is null)
        {
            return 1;
        }

        int bySymbol = string.CompareOrdinal(Symbol, other.Symbol);
        if (bySymbol != 0)
        {
            return bySymbol;
        }

        int byRule = string.CompareOrdinal(Rule, other.Rule);
        return byRule != 0 ? byRule : string.CompareOrdinal(Message, other.Message);
    }
}
