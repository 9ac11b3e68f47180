using System;
using System.Collections.Generic;
using System.IO;
using DataSteward.Analyzers.Baseline;
using DataSteward.Catalogue.Json;

namespace DataSteward.Build;

/// <summary>
/// One DataSteward result of the compiler's SARIF log: the rule, the member that contains it (empty when the
/// diagnostic does not say), the message in the build's language, and how it was suppressed.
/// </summary>
internal sealed record SarifResult(string Rule, string Symbol, string Message, bool Suppressed, bool SuppressedByBaseline, string Level);

/// <summary>The DS results of a log.</summary>
internal sealed record SarifLog(List<SarifResult> Results);

/// <summary>
/// Reads the DS results of a SARIF log written by the C# compiler, in either of its formats: 2.1 (<c>ErrorLog</c> with
/// <c>version=2.1</c>) or 1.0 (<c>ErrorLog</c> without a version, or <c>version=1</c>). Other tools' results, and
/// results without a source file (which no suppressor can suppress), are skipped.
/// <para>
/// SARIF 1.0 records that a result is suppressed but not by what: there, every suppressed DS result counts as
/// suppressed by the baseline. In 2.1, a result is the baseline's when <c>BaselineSuppressor</c> suppressed it, or when
/// it carries <c>BaselineDocument.BaselinedProperty</c> (an error-severity rule its analyser reported suppressed).
/// </para>
/// </summary>
internal static class SarifResults
{
    /// <summary>The suppression id prefix of <c>BaselineSuppressor</c>, as the compiler writes it in <c>suppressionType</c>.</summary>
    private const string BaselineSuppressionId = "DataStewardBaseline.";

    public static SarifLog Read(string sarifText)
    {
        if (JsonReader.Parse(sarifText) is not Dictionary<string, object?> log ||
            !log.TryGetValue("version", out object? version) || version is not string versionText ||
            !(versionText.StartsWith("1.", StringComparison.Ordinal) || versionText.StartsWith("2.", StringComparison.Ordinal)))
        {
            throw new FormatException("not a SARIF 1.0 or 2.1 log written by the compiler's ErrorLog option");
        }

        bool version1 = versionText.StartsWith("1.", StringComparison.Ordinal);
        var results = new List<SarifResult>();
        foreach (Dictionary<string, object?> run in Objects(log, "runs"))
        {
            foreach (Dictionary<string, object?> result in Objects(run, "results"))
            {
                string rule = Text(result, "ruleId");
                if (!rule.StartsWith("DS", StringComparison.Ordinal) || !HasSourceFile(result, version1))
                {
                    continue;
                }

                string message = version1
                    ? Text(result, "message")
                    : Object(result, "message") is { } messageObject ? Text(messageObject, "text") : string.Empty;

                bool suppressed = false;
                bool byBaseline = false;
                if (version1)
                {
                    suppressed = result.TryGetValue("suppressionStates", out object? states) && states is List<object?> { Count: > 0 };
                    byBaseline = suppressed;
                }
                else
                {
                    foreach (Dictionary<string, object?> suppression in Objects(result, "suppressions"))
                    {
                        suppressed = true;
                        if (Object(suppression, "properties") is { } bag &&
                            Text(bag, "suppressionType").IndexOf(BaselineSuppressionId, StringComparison.Ordinal) >= 0)
                        {
                            byBaseline = true;
                        }
                    }
                }

                // Both formats write the diagnostic's properties under properties.customProperties.
                Dictionary<string, object?>? custom = Object(result, "properties") is { } properties ? Object(properties, "customProperties") : null;
                string symbol = custom is null ? string.Empty : Text(custom, BaselineDocument.SymbolProperty);

                // An error-severity violation the analyser reported suppressed: SARIF calls it an in-source suppression,
                // the property says it was the baseline's.
                if (suppressed && custom is not null && Text(custom, BaselineDocument.BaselinedProperty) == "true")
                {
                    byBaseline = true;
                }

                results.Add(new SarifResult(rule, symbol, message, suppressed, byBaseline, Text(result, "level")));
            }
        }

        return new SarifLog(results);
    }

    /// <summary>Reads a file that another process may still be closing (the compiler's log right after CoreCompile).</summary>
    public static string ReadAllText(string path) => File.ReadAllText(path);

    // 2.1: locations[].physicalLocation.artifactLocation.uri; 1.0: locations[].resultFile.uri.
    private static bool HasSourceFile(Dictionary<string, object?> result, bool version1)
    {
        foreach (Dictionary<string, object?> location in Objects(result, "locations"))
        {
            Dictionary<string, object?>? file = version1
                ? Object(location, "resultFile")
                : Object(location, "physicalLocation") is { } physical ? Object(physical, "artifactLocation") : null;
            if (file is not null && Text(file, "uri").Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, object?>? Object(Dictionary<string, object?> node, string name) =>
        node.TryGetValue(name, out object? value) ? value as Dictionary<string, object?> : null;

    private static string Text(Dictionary<string, object?> node, string name) =>
        node.TryGetValue(name, out object? value) && value is string text ? text : string.Empty;

    private static IEnumerable<Dictionary<string, object?>> Objects(Dictionary<string, object?> node, string name)
    {
        if (node.TryGetValue(name, out object? value) && value is List<object?> items)
        {
            foreach (object? item in items)
            {
                if (item is Dictionary<string, object?> itemObject)
                {
                    yield return itemObject;
                }
            }
        }
    }
}
