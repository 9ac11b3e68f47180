using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DataSteward.Analyzers.Baseline;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DataSteward.Build;

/// <summary>
/// DS0903: after a compile with a baseline, compares the baseline with what the compiler suppressed through it (read
/// from the SARIF log, 2.1 or 1.0) and reports, once, the accepted violations that no longer occur, so the file shrinks
/// as code is fixed. Counted per rule and member: the SARIF messages are in the build's language, the baseline's in
/// English, and the suppressor matched the message already. Entries of a version 1 baseline (no member) take the
/// suppressed results their members' entries leave, per rule. A baseline the compiler could not use (DS0902, DS0904)
/// is left to the compiler's own warning.
/// </summary>
public sealed class ReportStaleBaselineEntries : Task
{
    private const string Code = "DS0903";
    private const string HelpLink = "https://github.com/datasteward/datasteward/blob/main/docs/rules/DS0903.md";

    /// <summary>The compiler's SARIF log (<c>$(ErrorLog)</c> without its options), 2.1 or 1.0.</summary>
    [Required]
    public string SarifPath { get; set; } = string.Empty;

    /// <summary>The project's <c>datasteward.baseline.json</c>.</summary>
    [Required]
    public string BaselinePath { get; set; } = string.Empty;

    /// <summary><c>$(MSBuildProjectName)</c>: a baseline of another project is not checked.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>How many accepted violations no longer occur.</summary>
    [Output]
    public int StaleCount { get; set; }

    /// <summary>Reports stale entries; never fails the build.</summary>
    public override bool Execute()
    {
        BaselineDocument? baseline;
        List<SarifResult> results;
        try
        {
            baseline = BaselineDocument.TryParse(File.ReadAllText(BaselinePath), out _);
            if (baseline is null || !string.Equals(baseline.Project, ProjectName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            results = SarifResults.Read(SarifResults.ReadAllText(SarifPath)).Results;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            Log.LogMessage(MessageImportance.Normal, "DataSteward: stale baseline entries not checked: {0}", exception.Message);
            return true;
        }

        // What the baseline suppressed, per rule and member.
        var suppressed = results
            .Where(r => r.SuppressedByBaseline)
            .GroupBy(r => (r.Rule, r.Symbol))
            .ToDictionary(g => g.Key, g => g.Count());
        var stale = new List<string>();

        // Entries with a member take the results of that member first.
        foreach (var group in baseline.Entries
            .Where(e => e.Symbol is not null)
            .GroupBy(e => (e.Rule, Symbol: e.Symbol!))
            .OrderBy(g => g.Key.Symbol, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            int accepted = group.Sum(e => e.Count);
            int found = suppressed.TryGetValue(group.Key, out int count) ? count : 0;
            suppressed[group.Key] = Math.Max(0, found - accepted);
            AddStale(group.Key.Rule + " in " + (group.Key.Symbol.Length == 0 ? "no member" : group.Key.Symbol), accepted - Math.Min(found, accepted));
        }

        // Entries of a version 1 file (no member) take what is left of their rule, in any member.
        var leftOver = suppressed
            .GroupBy(p => p.Key.Rule)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
        foreach (var group in baseline.Entries.Where(e => e.Symbol is null).GroupBy(e => e.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int accepted = group.Sum(e => e.Count);
            int found = Math.Min(accepted, leftOver.TryGetValue(group.Key, out int available) ? available : 0);
            leftOver[group.Key] = available - found;
            AddStale(group.Key + " in any member", accepted - found);
        }

        void AddStale(string what, int gone)
        {
            if (gone > 0)
            {
                StaleCount += gone;
                stale.Add(what + ": " + gone.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (StaleCount > 0)
        {
            // An info, like the descriptor of DS0903: a high-importance message with the id, shown by a normal build.
            Log.LogMessage(
                subcategory: null,
                code: Code,
                helpKeyword: HelpLink,
                file: BaselinePath,
                lineNumber: 0,
                columnNumber: 0,
                endLineNumber: 0,
                endColumnNumber: 0,
                importance: MessageImportance.High,
                message: "'{0}' accepts {1} violation(s) that no longer occur ({2}); run 'dotnet build -t:DataStewardBaseline' to shrink it",
                Path.GetFileName(BaselinePath),
                StaleCount,
                string.Join("; ", stale));
        }

        return true;
    }
}
