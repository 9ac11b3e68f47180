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
/// The <c>datasteward.*</c> keys of .editorconfig / .globalconfig. Lists of documentation-comment ids are the union
/// over every file of the compilation (they name symbols, not files); the heuristics mode is read per file.
/// </summary>
internal sealed class DataStewardOptions
{
    public const string HeuristicsKey = "datasteward.heuristics";
    public const string LogSinksKey = "datasteward.sinks.log";
    public const string ExportSinksKey = "datasteward.sinks.export";
    public const string SanitizersKey = "datasteward.sanitizers";
    public const string SourcesKey = "datasteward.sources";

    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly ConcurrentDictionary<SyntaxTree, HeuristicsMode> modes = new();

    private DataStewardOptions(AnalyzerConfigOptionsProvider provider, ImmutableArray<string> logSinks, ImmutableArray<string> exportSinks, ImmutableHashSet<string> sanitizers, ImmutableHashSet<string> sources)
    {
        this.provider = provider;
        LogSinks = logSinks;
        ExportSinks = exportSinks;
        Sanitizers = sanitizers;
        Sources = sources;
    }

    public ImmutableArray<string> LogSinks { get; }

    public ImmutableArray<string> ExportSinks { get; }

    public ImmutableHashSet<string> Sanitizers { get; }

    public ImmutableHashSet<string> Sources { get; }

    public static DataStewardOptions Read(Compilation compilation, AnalyzerOptions options)
    {
        AnalyzerConfigOptionsProvider provider = options.AnalyzerConfigOptionsProvider;
        var logSinks = new SortedSet<string>(StringComparer.Ordinal);
        var exportSinks = new SortedSet<string>(StringComparer.Ordinal);
        var sanitizers = new SortedSet<string>(StringComparer.Ordinal);
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        Collect(provider.GlobalOptions, logSinks, exportSinks, sanitizers, sources);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            Collect(provider.GetOptions(tree), logSinks, exportSinks, sanitizers, sources);
        }

        return new DataStewardOptions(provider, ImmutableArray.CreateRange(logSinks), ImmutableArray.CreateRange(exportSinks), ImmutableHashSet.CreateRange(sanitizers), ImmutableHashSet.CreateRange(sources));
    }

    public HeuristicsMode HeuristicsFor(SyntaxTree tree) =>
        modes.GetOrAdd(tree, t => ParseMode(provider.GetOptions(t), ParseMode(provider.GlobalOptions, HeuristicsMode.Flow)));

    private static HeuristicsMode ParseMode(AnalyzerConfigOptions options, HeuristicsMode fallback)
    {
        if (!options.TryGetValue(HeuristicsKey, out string? value))
        {
            return fallback;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            "off" or "none" or "false" => HeuristicsMode.Off,
            "suggest" => HeuristicsMode.Suggest,
            "flow" or "on" or "true" => HeuristicsMode.Flow,
            _ => fallback,
        };
    }

    private static void Collect(AnalyzerConfigOptions options, SortedSet<string> logSinks, SortedSet<string> exportSinks, SortedSet<string> sanitizers, SortedSet<string> sources)
    {
        Split(options, LogSinksKey, logSinks);
        Split(options, ExportSinksKey, exportSinks);
        Split(options, SanitizersKey, sanitizers);
        Split(options, SourcesKey, sources);
    }

    private static readonly char[] Separators = [';', ' ', '\t', '\n', '\r'];

    // Documentation ids contain commas (parameter lists), so entries are separated by ';' or white space.
    private static void Split(AnalyzerConfigOptions options, string key, SortedSet<string> into)
    {
        if (!options.TryGetValue(key, out string? value) || string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        foreach (string entry in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            into.Add(entry);
        }
    }
}
