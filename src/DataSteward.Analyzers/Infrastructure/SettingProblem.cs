namespace DataSteward.Analyzers.Infrastructure;

/// <summary>A <c>datasteward.*</c> setting whose value is not understood, or whose entry names nothing (DS0900, DS0901).</summary>
/// <param name="Key">The setting, as written: <c>datasteward.sources</c>.</param>
/// <param name="Entry">The value or list entry at fault.</param>
/// <param name="Reason">Why it is not used, as the message ends: <c>expected off, suggest or flow</c>.</param>
/// <param name="MatchesNothing">True for an entry that is well formed but names no symbol of the compilation (DS0901).</param>
internal sealed record SettingProblem(string Key, string Entry, string Reason, bool MatchesNothing);
