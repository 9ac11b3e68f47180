using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>How far the name heuristics go (<c>datasteward.heuristics</c>).</summary>
internal enum HeuristicsMode
{
    /// <summary>Names mean nothing: neither DS0100 nor DS0101.</summary>
    Off,

    /// <summary>DS0100 suggests classifying members; flows of unclassified values are not reported.</summary>
    Suggest,

    /// <summary>The default: DS0100, and DS0101 when a likely-personal value reaches a sink.</summary>
    Flow,
}

/// <summary>
/// The <c>datasteward.*</c> keys of .editorconfig / .globalconfig (docs/configuration.md). Lists of documentation-comment
/// ids are the union over every file of the compilation (they name symbols, not files); the heuristics mode is read per
/// file. What cannot be used is kept in <see cref="Problems"/> for DS0900/DS0901, never silently dropped.
/// </summary>
internal sealed class DataStewardOptions
{
    public const string HeuristicsKey = "datasteward.heuristics";
    public const string LogSinksKey = "datasteward.sinks.log";
    public const string ExportSinksKey = "datasteward.sinks.export";
    public const string SanitizersKey = "datasteward.sanitizers";
    public const string SourcesKey = "datasteward.sources";

    private const string HeuristicsValues = "expected off, suggest or flow";

    private readonly AnalyzerConfigOptionsProvider? provider;
    private readonly ConcurrentDictionary<SyntaxTree, HeuristicsMode> modes = new();

    private DataStewardOptions(
        AnalyzerConfigOptionsProvider? provider,
        ImmutableArray<string> logSinks,
        ImmutableArray<string> exportSinks,
        ImmutableHashSet<string> sanitizers,
        ImmutableHashSet<string> sources,
        ImmutableArray<SettingProblem> problems)
    {
        this.provider = provider;
        LogSinks = logSinks;
        ExportSinks = exportSinks;
        Sanitizers = sanitizers;
        Sources = sources;
        Problems = problems;
    }

    public ImmutableArray<string> LogSinks { get; }

    public ImmutableArray<string> ExportSinks { get; }

    public ImmutableHashSet<string> Sanitizers { get; }

    public ImmutableHashSet<string> Sources { get; }

    /// <summary>Values not understood and entries naming no symbol, sorted by key then entry.</summary>
    public ImmutableArray<SettingProblem> Problems { get; }

    public static DataStewardOptions Read(Compilation compilation, AnalyzerConfigOptionsProvider? provider)
    {
        var lists = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            [LogSinksKey] = new(StringComparer.Ordinal),
            [ExportSinksKey] = new(StringComparer.Ordinal),
            [SanitizersKey] = new(StringComparer.Ordinal),
            [SourcesKey] = new(StringComparer.Ordinal),
        };
        var problems = new SortedSet<SettingProblem>(ProblemOrder.Instance);
        if (provider is not null)
        {
            Collect(provider.GlobalOptions, lists, problems);
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                Collect(provider.GetOptions(tree), lists, problems);
            }
        }

        foreach (KeyValuePair<string, SortedSet<string>> list in lists)
        {
            foreach (string id in list.Value)
            {
                if (DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).IsEmpty)
                {
                    problems.Add(new SettingProblem(list.Key, id, "it names no symbol of this compilation or its references", MatchesNothing: true));
                }
            }
        }

        return new DataStewardOptions(
            provider,
            ImmutableArray.CreateRange(lists[LogSinksKey]),
            ImmutableArray.CreateRange(lists[ExportSinksKey]),
            ImmutableHashSet.CreateRange(lists[SanitizersKey]),
            ImmutableHashSet.CreateRange(lists[SourcesKey]),
            ImmutableArray.CreateRange(problems));
    }

    public HeuristicsMode HeuristicsFor(SyntaxTree tree)
    {
        if (provider is null)
        {
            return HeuristicsMode.Flow;
        }

        // Asked for every method body and member of the build: a hit allocates nothing (no closure).
        return modes.TryGetValue(tree, out HeuristicsMode known)
            ? known
            : modes.GetOrAdd(tree, ParseMode(provider.GetOptions(tree), ParseMode(provider.GlobalOptions, HeuristicsMode.Flow)));
    }

    private static HeuristicsMode ParseMode(AnalyzerConfigOptions options, HeuristicsMode fallback) =>
        options.TryGetValue(HeuristicsKey, out string? value) && TryParseMode(value, out HeuristicsMode mode) ? mode : fallback;

    private static bool TryParseMode(string value, out HeuristicsMode mode)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "off" or "none" or "false":
                mode = HeuristicsMode.Off;
                return true;
            case "suggest":
                mode = HeuristicsMode.Suggest;
                return true;
            case "flow" or "on" or "true":
                mode = HeuristicsMode.Flow;
                return true;
            default:
                mode = HeuristicsMode.Flow;
                return false;
        }
    }

    private static void Collect(AnalyzerConfigOptions options, Dictionary<string, SortedSet<string>> lists, SortedSet<SettingProblem> problems)
    {
        if (options.TryGetValue(HeuristicsKey, out string? mode) && !TryParseMode(mode, out _))
        {
            problems.Add(new SettingProblem(HeuristicsKey, mode.Trim(), HeuristicsValues, MatchesNothing: false));
        }

        foreach (KeyValuePair<string, SortedSet<string>> list in lists)
        {
            if (!options.TryGetValue(list.Key, out string? value))
            {
                continue;
            }

            foreach (string entry in SettingList.Split(value))
            {
                if (IsDocumentationId(entry))
                {
                    list.Value.Add(entry);
                }
                else
                {
                    problems.Add(new SettingProblem(list.Key, entry, "expected a documentation id such as P:Namespace.Type.Member or M:Namespace.Type.Method(System.String)", MatchesNothing: false));
                }
            }
        }
    }

    // T: types, M: methods, P: properties, F: fields, E: events; N: (namespaces) names no data.
    private static bool IsDocumentationId(string entry) =>
        entry.Length > 2 && entry[1] == ':' && entry[0] is 'T' or 'M' or 'P' or 'F' or 'E'
        && (char.IsLetter(entry[2]) || entry[2] == '_' || entry[2] == '@');

    private sealed class ProblemOrder : IComparer<SettingProblem>
    {
        public static ProblemOrder Instance { get; } = new();

        public int Compare(SettingProblem? x, SettingProblem? y)
        {
            int byKey = string.CompareOrdinal(x!.Key, y!.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(x.Entry, y.Entry);
        }
    }
}
