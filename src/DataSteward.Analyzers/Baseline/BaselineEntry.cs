using System;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// One accepted violation: the rule, the file (relative to the project folder, with '/'), the message in the
/// invariant (English) text, and how many times that exact violation occurs in the file. No line numbers: an edit
/// above the violation, or moving it within the file, keeps it baselined; a new violation, or the same one more
/// times than counted, is reported.
/// </summary>
internal sealed record BaselineEntry(string Rule, string File, string Message, int Count) : IComparable<BaselineEntry>
{
    /// <summary>The identity of a violation, without the count.</summary>
    public (string Rule, string File, string Message) Key => (Rule, File, Message);

    /// <summary>File, then rule, then message (ordinal): the order of the written file, stable under reordering.</summary>
    public int CompareTo(BaselineEntry? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byFile = string.CompareOrdinal(File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        int byRule = string.CompareOrdinal(Rule, other.Rule);
        return byRule != 0 ? byRule : string.CompareOrdinal(Message, other.Message);
    }
}
