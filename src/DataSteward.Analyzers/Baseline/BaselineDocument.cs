using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DataSteward.Catalogue.Json;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// <c>datasteward.baseline.json</c>: today's violations of one project, accepted so that only new ones are reported.
/// Read by the baseline suppressor and analyser in the compiler and by the MSBuild tasks (which write it and report
/// stale entries); this one file defines the format for all of them.
/// <code>
/// {
///   "version": 2,
///   "project": "CitizenServices",
///   "violations": [
///     { "rule": "DS0001", "symbol": "M:CitizenServices.Registration.Register(CitizenServices.Citizen)", "message": "'Citizen.Email' (…) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation", "count": 1 }
///   ]
/// }
/// </code>
/// An entry without <c>symbol</c> matches its rule and message in any member. Version 1 files listed a
/// <c>file</c> instead of the member: they are still read, their entries without a member (the file is ignored), so an
/// existing baseline keeps working and shrinks to the new form the next time it is written.
/// </summary>
internal sealed class BaselineDocument
{
    /// <summary>The file name the package looks for beside the project file.</summary>
    public const string FileName = "datasteward.baseline.json";

    /// <summary>
    /// The key of the diagnostic property holding the containing member's documentation id (see
    /// <c>ContainingSymbol</c>), in the compiler's diagnostics and in their SARIF <c>customProperties</c>.
    /// </summary>
    public const string SymbolProperty = "ContainingSymbol";

    /// <summary>
    /// The key of the diagnostic property (<c>"true"</c>) on an error-severity violation its analyser reported already
    /// suppressed because the baseline lists it (<c>ErrorSeverityBaseline</c>): SARIF shows such a suppression as
    /// in source, and this property says it is the baseline's.
    /// </summary>
    public const string BaselinedProperty = "DataStewardBaselined";

    public const int CurrentVersion = 2;

    /// <summary>The first format, which fingerprinted by file: still read, see the class summary.</summary>
    private const int FileVersion = 1;

    private BaselineDocument(string project, IReadOnlyList<BaselineEntry> entries)
    {
        Project = project;
        Entries = entries;
    }

    /// <summary>The name of the project the baseline was written for (<c>$(MSBuildProjectName)</c>).</summary>
    public string Project { get; }

    /// <summary>The entries, one per distinct violation, sorted.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    public static BaselineDocument Create(string project, IEnumerable<BaselineEntry> entries) =>
        new(project, Merge(entries));

    /// <summary>Reads a baseline; <paramref name="problem"/> says what is wrong when the result is null.</summary>
    public static BaselineDocument? TryParse(string text, out string problem)
    {
        object? root;
        try
        {
            root = JsonReader.Parse(text);
        }
        catch (FormatException exception)
        {
            problem = "it is not valid JSON (" + exception.Message + ")";
            return null;
        }

        if (root is not Dictionary<string, object?> document)
        {
            problem = "the document is not a JSON object";
            return null;
        }

        if (!document.TryGetValue("version", out object? version) || version is not double number || (number != CurrentVersion && number != FileVersion))
        {
            problem = "'version' must be " + CurrentVersion.ToString(CultureInfo.InvariantCulture);
            return null;
        }

        bool byFile = number == FileVersion;

        if (!document.TryGetValue("project", out object? projectValue) || projectValue is not string project || project.Trim().Length == 0)
        {
            problem = "'project' must name the project the baseline was written for";
            return null;
        }

        if (!document.TryGetValue("violations", out object? violations) || violations is not List<object?> items)
        {
            problem = "'violations' must be an array";
            return null;
        }

        var entries = new List<BaselineEntry>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string where = "violations[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (items[i] is not Dictionary<string, object?> item)
            {
                problem = where + " is not an object";
                return null;
            }

            if (!TryGetText(item, "rule", out string rule) || !IsRuleId(rule))
            {
                problem = where + ": 'rule' must be a DataSteward rule id such as DS0001";
                return null;
            }

            string? symbol = null;
            if (byFile)
            {
                if (!TryGetText(item, "file", out string file) || file.Trim().Length == 0)
                {
                    problem = where + ": 'file' must be a path relative to the project folder";
                    return null;
                }
            }
            else if (item.TryGetValue("symbol", out object? symbolValue))
            {
                if (symbolValue is not string symbolText)
                {
                    problem = where + ": 'symbol' must be the documentation id of the member that contains the violation";
                    return null;
                }

                symbol = symbolText;
            }

            if (!TryGetText(item, "message", out string message) || message.Trim().Length == 0)
            {
                problem = where + ": 'message' must be the text of the diagnostic";
                return null;
            }

            int count = 1;
            if (item.TryGetValue("count", out object? countValue))
            {
                if (countValue is not double countNumber || countNumber < 1 || countNumber > int.MaxValue || countNumber != Math.Floor(countNumber))
                {
                    problem = where + ": 'count' must be a whole number of 1 or more";
                    return null;
                }

                count = (int)countNumber;
            }

            entries.Add(new BaselineEntry(rule, symbol, message, count));
        }

        problem = string.Empty;
        return new BaselineDocument(project.Trim(), Merge(entries));
    }

    /// <summary>The file as the package writes it: sorted entries, two-space indentation, <c>\n</c> line ends.</summary>
    public string ToJson()
    {
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append("  \"version\": ").Append(CurrentVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        json.Append("  \"project\": ").Append(Quote(Project)).Append(",\n");
        if (Entries.Count == 0)
        {
            json.Append("  \"violations\": []\n}\n");
            return json.ToString();
        }

        json.Append("  \"violations\": [\n");
        for (int i = 0; i < Entries.Count; i++)
        {
            BaselineEntry entry = Entries[i];
            json.Append("    { \"rule\": ").Append(Quote(entry.Rule));
            if (entry.Symbol is not null)
            {
                json.Append(", \"symbol\": ").Append(Quote(entry.Symbol));
            }

            json.Append(", \"message\": ").Append(Quote(entry.Message))
                .Append(", \"count\": ").Append(entry.Count.ToString(CultureInfo.InvariantCulture))
                .Append(i == Entries.Count - 1 ? " }\n" : " },\n");
        }

        json.Append("  ]\n}\n");
        return json.ToString();
    }

    private static bool TryGetText(Dictionary<string, object?> item, string name, out string text)
    {
        text = item.TryGetValue(name, out object? value) && value is string s ? s : string.Empty;
        return value is string;
    }

    private static bool IsRuleId(string id) =>
        id.Length == 6 && id.StartsWith("DS", StringComparison.Ordinal) && id.Skip(2).All(c => c is >= '0' and <= '9');

    private static List<BaselineEntry> Merge(IEnumerable<BaselineEntry> entries)
    {
        // The same violation listed twice (a hand edit, a merge of two branches) counts once per listing.
        var merged = new Dictionary<(string, string?, string), BaselineEntry>();
        foreach (BaselineEntry entry in entries)
        {
            merged[entry.Key] = merged.TryGetValue(entry.Key, out BaselineEntry? existing)
                ? existing with { Count = existing.Count + entry.Count }
                : entry;
        }

        var sorted = merged.Values.ToList();
        sorted.Sort();
        return sorted;
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2);
        quoted.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
