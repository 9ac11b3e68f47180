using System;
using System.Collections.Generic;
using System.IO;
using DataSteward.Analyzers.Baseline;
using DataSteward.Catalogue.Json;

namespace DataSteward.Build;

/// <summary>One DataSteward result of the compiler's SARIF 2.1 log: the rule, the file, the message and how it was suppressed.</summary>
internal sealed record SarifResult(string Rule, string FilePath, string Message, bool Suppressed, bool SuppressedByBaseline, string Level);

/// <summary>The DS results of a log, and the rules whose default severity is Error (which no suppressor may suppress).</summary>
internal sealed record SarifLog(List<SarifResult> Results, HashSet<string> ErrorByDefault);

/// <summary>
/// Reads the DS results of a SARIF 2.1 log written by the C# compiler (<c>ErrorLog</c> with <c>version=2.1</c>).
/// Other tools' results, and results without a file, are skipped.
/// </summary>
internal static class SarifResults
{
    /// <summary>The suppression id prefix of <c>BaselineSuppressor</c>, as the compiler writes it in <c>suppressionType</c>.</summary>
    private const string BaselineSuppressionId = "DataStewardBaseline.";

    public static SarifLog Read(string sarifText)
    {
        var results = new List<SarifResult>();
        var errorByDefault = new HashSet<string>(StringComparer.Ordinal);
        if (JsonReader.Parse(sarifText) is not Dictionary<string, object?> log ||
            !log.TryGetValue("version", out object? version) || version is not string versionText || !versionText.StartsWith("2.", StringComparison.Ordinal))
        {
            throw new FormatException("not a SARIF 2.1 log (set ErrorLog to 'path,version=2.1')");
        }

        foreach (Dictionary<string, object?> run in Objects(log, "runs"))
        {
            if (run.TryGetValue("tool", out object? tool) && tool is Dictionary<string, object?> toolObject &&
                toolObject.TryGetValue("driver", out object? driver) && driver is Dictionary<string, object?> driverObject)
            {
                foreach (Dictionary<string, object?> rule in Objects(driverObject, "rules"))
                {
                    if (rule.TryGetValue("defaultConfiguration", out object? configuration) && configuration is Dictionary<string, object?> defaults &&
                        Text(defaults, "level") == "error")
                    {
                        errorByDefault.Add(Text(rule, "id"));
                    }
                }
            }

            foreach (Dictionary<string, object?> result in Objects(run, "results"))
            {
                string rule = Text(result, "ruleId");
                if (!rule.StartsWith("DS", StringComparison.Ordinal))
                {
                    continue;
                }

                string? uri = null;
                foreach (Dictionary<string, object?> location in Objects(result, "locations"))
                {
                    if (location.TryGetValue("physicalLocation", out object? physical) && physical is Dictionary<string, object?> physicalLocation &&
                        physicalLocation.TryGetValue("artifactLocation", out object? artifact) && artifact is Dictionary<string, object?> artifactLocation)
                    {
                        uri = Text(artifactLocation, "uri");
                        break;
                    }
                }

                if (string.IsNullOrEmpty(uri))
                {
                    continue;
                }

                string message = result.TryGetValue("message", out object? messageValue) && messageValue is Dictionary<string, object?> messageObject
                    ? Text(messageObject, "text")
                    : string.Empty;

                bool suppressed = false;
                bool byBaseline = false;
                foreach (Dictionary<string, object?> suppression in Objects(result, "suppressions"))
                {
                    suppressed = true;
                    if (suppression.TryGetValue("properties", out object? properties) && properties is Dictionary<string, object?> bag &&
                        Text(bag, "suppressionType").IndexOf(BaselineSuppressionId, StringComparison.Ordinal) >= 0)
                    {
                        byBaseline = true;
                    }
                }

                results.Add(new SarifResult(rule, ToPath(uri!), message, suppressed, byBaseline, Text(result, "level")));
            }
        }

        return new SarifLog(results, errorByDefault);
    }

    private static string ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out Uri? absolute) && absolute.IsFile ? absolute.LocalPath : uri;

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

    /// <summary>Reads a file that another process may still be closing (the compiler's log right after CoreCompile).</summary>
    public static string ReadAllText(string path) => File.ReadAllText(path);
}
