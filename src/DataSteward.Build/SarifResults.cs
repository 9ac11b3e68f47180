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

/// <summary>The DS results of a log, and the rules whose default severity is Error (which no suppressor may suppress).</summary>
internal sealed record SarifLog(List<SarifResult> Results, HashSet<string> ErrorByDefault);

/// <summary>
/// Reads the DS results of a SARIF log written by the C# compiler, in either of its formats: 2.1 (<c>ErrorLog</c> with
/// <c>version=2.1</c>) or 1.0 (<c>ErrorLog</c> without a version, or <c>version=1</c>). Other tools' results, and
/// results without a source file (which no suppressor can suppress), are skipped.
/// <para>
/// SARIF 1.0 records that a result is suppressed but not by what: there, every suppressed DS result counts as
/// suppressed by the baseline.
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
        var errorByDefault = new HashSet<string>(StringComparer.Ordinal);
        foreach (Dictionary<string, object?> run in Objects(log, "runs"))
        {
            foreach ((string id, string level) in version1 ? RuleDefaults1(run) : RuleDefaults2(run))
            {
                if (level == "error")
                {
                    errorByDefault.Add(id);
                }
            }

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
                string symbol = Object(result, "properties") is { } properties && Object(properties, "customProperties") is { } custom
                    ? Text(custom, BaselineDocument.SymbolProperty)
                    : string.Empty;

                results.Add(new SarifResult(rule, symbol, message, suppressed, byBaseline, Text(result, "level")));
            }
        }

        return new SarifLog(results, errorByDefault);
    }

    /// <summary>Reads a file that another process may still be closing (the compiler's log right after CoreCompile).</summary>
    public static string ReadAllText(string path) => File.ReadAllText(path);

    // 2.1: runs[].tool.driver.rules[] { id, defaultConfiguration.level }.
    private static IEnumerable<(string Id, string Level)> RuleDefaults2(Dictionary<string, object?> run)
    {
        if (Object(run, "tool") is { } tool && Object(tool, "driver") is { } driver)
        {
            foreach (Dictionary<string, object?> rule in Objects(driver, "rules"))
            {
                yield return (Text(rule, "id"), Object(rule, "defaultConfiguration") is { } defaults ? Text(defaults, "level") : string.Empty);
            }
        }
    }

    // 1.0: runs[].rules is an object keyed by rule id, each with defaultLevel.
    private static IEnumerable<(string Id, string Level)> RuleDefaults1(Dictionary<string, object?> run)
    {
        if (Object(run, "rules") is { } rules)
        {
            foreach (KeyValuePair<string, object?> rule in rules)
            {
                if (rule.Value is Dictionary<string, object?> descriptor)
                {
                    yield return (rule.Key, Text(descriptor, "defaultLevel"));
                }
            }
        }
    }

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
