using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DataSteward.Analyzers.Baseline;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DataSteward.Build;

/// <summary>
/// Writes <c>datasteward.baseline.json</c> from the SARIF log (2.1 or 1.0) of a build made without a baseline: every
/// DataSteward warning or error of the project (DS09xx aside: the package's own configuration is never baselined),
/// with the member that contains it (the diagnostic's <c>ContainingSymbol</c> property) and its English message,
/// counted. Suppressed results (<c>#pragma</c>,
/// <c>[SuppressMessage]</c>) and infos (DS0100 suggestions, which never fail a build) are not listed. Rules whose
/// default severity is Error (DS0003, DS0205, DS0208) are listed like the others: their analysers read the baseline and
/// report an accepted violation suppressed (<c>ErrorSeverityBaseline</c>), since no suppressor may hide them.
/// </summary>
public sealed class WriteDataStewardBaseline : Task
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The SARIF log of the build, in English (the package's target builds with <c>PreferredUILang=en</c>).</summary>
    [Required]
    public string SarifPath { get; set; } = string.Empty;

    /// <summary><c>$(MSBuildProjectName)</c>, recorded in the file so a copied baseline is recognised.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>Where to write the baseline (beside the project file).</summary>
    [Required]
    public string BaselinePath { get; set; } = string.Empty;

    /// <summary>How many violations the baseline accepts.</summary>
    [Output]
    public int ViolationCount { get; set; }

    /// <summary>Writes the baseline; false when the log could not be read or the file not written.</summary>
    public override bool Execute()
    {
        SarifLog log;
        try
        {
            log = SarifResults.Read(SarifResults.ReadAllText(SarifPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            Log.LogError("DataSteward: the compiler's log '{0}' could not be read, so no baseline was written: {1}", SarifPath, exception.Message);
            return false;
        }

        var entries = log.Results
            .Where(r => !r.Suppressed && r.Level is "warning" or "error" && !r.Rule.StartsWith("DS09", StringComparison.Ordinal))
            .Select(r => new BaselineEntry(r.Rule, r.Symbol, r.Message, 1));
        BaselineDocument document = BaselineDocument.Create(ProjectName, entries);
        ViolationCount = document.Entries.Sum(e => e.Count);

        try
        {
            File.WriteAllText(BaselinePath, document.ToJson(), Utf8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("DataSteward: '{0}' could not be written: {1}", BaselinePath, exception.Message);
            return false;
        }

        Log.LogMessage(
            MessageImportance.High,
            "DataSteward: {0} written with {1} violation(s) of {2}. Commit it; the build now reports only new violations.",
            BaselinePath,
            ViolationCount,
            ProjectName);
        return true;
    }
}
