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
/// from the SARIF log) and reports, once, the accepted violations that no longer occur, so the file shrinks as code
/// is fixed. Counted per rule and file: the SARIF messages are in the build's language, the baseline's in English.
/// A baseline the compiler could not use (DS0902, DS0904) is left to the compiler's own warning.
/// </summary>
public sealed class ReportStaleBaselineEntries : Task
{
    private const string Code = "DS0903";
    private const string HelpLink = "https://github.com/datasteward/datasteward/blob/main/docs/rules/DS0903.md";

    /// <summary>The compiler's SARIF 2.1 log (<c>$(ErrorLog)</c> without its options).</summary>
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

        string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(BaselinePath)) ?? string.Empty;
        var suppressed = results
            .Where(r => r.SuppressedByBaseline)
            .GroupBy(r => (r.Rule, File: BaselineDocument.RelativePath(projectDirectory, r.FilePath)))
            .ToDictionary(g => g.Key, g => g.Count());

        var stale = new List<string>();
        foreach (var group in baseline.Entries.GroupBy(e => (e.Rule, e.File)).OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            int accepted = group.Sum(e => e.Count);
            int gone = accepted - (suppressed.TryGetValue(group.Key, out int found) ? found : 0);
            if (gone > 0)
            {
                StaleCount += gone;
                stale.Add(string.Format(CultureInfo.InvariantCulture, "{0} in {1}: {2}", group.Key.Rule, group.Key.File, gone));
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
