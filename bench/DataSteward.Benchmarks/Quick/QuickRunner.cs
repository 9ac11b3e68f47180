using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// `--quick`: every corpus size compiled once without analysers, once with DataSteward's and once with the SDK's
/// NetAnalyzers, all in this one process, and the ratios printed as a Markdown table.
/// </summary>
public static class QuickRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, int seed, int repeat, string? outputPath)
    {
        var report = new StringBuilder();
        void Say(string line = "")
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        ImmutableArray<DiagnosticAnalyzer> dataSteward = AnalyzerSets.DataSteward();
        ImmutableArray<DiagnosticAnalyzer> netAnalyzers = AnalyzerSets.NetAnalyzers;
        Say($"Machine: {Environment.ProcessorCount} logical cores, {CpuModel()}, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
        Say($"DataSteward analysers: {string.Join(", ", dataSteward.Select(a => a.GetType().Name))}");
        Say($"NetAnalyzers: {netAnalyzers.Length} analysers from {AnalyzerSets.NetAnalyzersSource}");
        Say($"Seed {seed}; best of {repeat} run(s) per configuration; compile = parse + bind + emit; analysis concurrent.");
        Say();

        // Warm-up: JIT the compiler, the analysers and the corpus path before anything is timed.
        await MeasureAsync(CorpusGenerator.Generate(100, seed), dataSteward, netAnalyzers, 1).ConfigureAwait(false);

        var rows = new List<Row>();
        foreach (int size in sizes)
        {
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {size} files...");
            Row row = await MeasureAsync(CorpusGenerator.Generate(size, seed), dataSteward, netAnalyzers, repeat).ConfigureAwait(false);
            rows.Add(row);
        }

        Say("| files | compile wall (ms) | DataSteward analysers (ms) | **DS share of compile** | DS wall overhead | DS CPU overhead | DS extra alloc (MB) | NetAnalyzers (ms) | NetAn share | NetAn CPU overhead | **DS / NetAn** | DS µs per file | flow diagnostics / planted leaks |");
        Say("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (Row r in rows)
        {
            Say(string.Create(Inv, $"| {r.Files:N0} | {Ms(r.Compile)} | {Ms(r.DsTime)} | **{Pct(r.DsTime, r.Compile)}** | {Pct(r.DsWall - r.Compile, r.Compile)} | {Pct(r.DsCpu - r.CompileCpu, r.CompileCpu)} | {(r.DsAlloc - r.CompileAlloc) / 1048576.0:F0} | {Ms(r.NetTime)} | {Pct(r.NetTime, r.Compile)} | {Pct(r.NetCpu - r.CompileCpu, r.CompileCpu)} | **{Ratio(r.DsTime, r.NetTime)}** | {r.DsTime.TotalMilliseconds * 1000 / r.Files:F0} | {r.FlowDiagnostics} / {r.PlantedLeaks} |"));
        }

        Say();
        Say("DS share = DataSteward analysers' execution time (sum over analysers, telemetry) / compile wall time without analysers. " +
            "Wall and CPU overhead = (compile with analysers − compile without) / compile without, same process, same trees.");

        Say();
        if (rows.Count >= 2)
        {
            Say(string.Create(Inv, $"Growth (log-log slope over {rows[0].Files}…{rows[^1].Files} files; 1.00 = linear): compile {Slope(rows, r => r.Compile):F2}, DataSteward {Slope(rows, r => r.DsTime):F2}, NetAnalyzers {Slope(rows, r => r.NetTime):F2}."));
            Say();
        }

        Row last = rows[^1];
        Say($"Per analyser at {last.Files:N0} files (execution time from CompilationWithAnalyzers telemetry):");
        Say();
        Say("| analyser | time (ms) | share of compile | symbol / syntax-node / operation / operation-block-start / compilation-start actions |");
        Say("|---|---:|---:|---|");
        foreach (var (analyzer, telemetry) in last.DsTelemetry.OrderByDescending(t => t.Telemetry.ExecutionTime))
        {
            Say(string.Create(Inv, $"| {analyzer.GetType().Name} | {Ms(telemetry.ExecutionTime)} | {Pct(telemetry.ExecutionTime, last.Compile)} | {telemetry.SymbolActionsCount} / {telemetry.SyntaxNodeActionsCount} / {telemetry.OperationActionsCount} / {telemetry.OperationBlockStartActionsCount} / {telemetry.CompilationStartActionsCount} |"));
        }

        foreach (var (analyzer, telemetry) in last.NetTelemetry.OrderByDescending(t => t.Telemetry.ExecutionTime).Take(5))
        {
            Say(string.Create(Inv, $"| NetAnalyzers: {analyzer.GetType().Name} | {Ms(telemetry.ExecutionTime)} | {Pct(telemetry.ExecutionTime, last.Compile)} | {telemetry.SymbolActionsCount} / {telemetry.SyntaxNodeActionsCount} / {telemetry.OperationActionsCount} / {telemetry.OperationBlockStartActionsCount} / {telemetry.CompilationStartActionsCount} |"));
        }

        Say();
        Say("DataSteward diagnostics at the largest size: " + string.Join(", ", last.DsDiagnosticCounts.Select(kv => $"{kv.Key} {kv.Value}")));
        Say();

        if (outputPath is not null)
        {
            await File.WriteAllTextAsync(outputPath, report.ToString()).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<Row> MeasureAsync(
        GeneratedCorpus corpus,
        ImmutableArray<DiagnosticAnalyzer> dataSteward,
        ImmutableArray<DiagnosticAnalyzer> netAnalyzers,
        int repeat)
    {
        var parseCpu = CpuWatch.StartNew();
        var parse = Stopwatch.StartNew();
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(corpus.Files);
        parse.Stop();
        parseCpu.Stop();

        CompileMeasurement? compile = null, ds = null, net = null;
        for (int i = 0; i < repeat; i++)
        {
            compile = Best(compile, CompileMeasurement.CompileOnly(trees));
            ds = Best(ds, await CompileMeasurement.CompileWithAsync(trees, dataSteward).ConfigureAwait(false));
            if (!netAnalyzers.IsEmpty)
            {
                net = Best(net, await CompileMeasurement.CompileWithAsync(trees, netAnalyzers).ConfigureAwait(false));
            }
        }

        string[] flowIds = ["DS0001", "DS0002", "DS0003", "DS0004", "DS0005"];
        ImmutableArray<Diagnostic> dsDiagnostics = ds!.Diagnostics.Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal)).ToImmutableArray();
        return new Row(
            corpus.Files.Count,
            compile!.Wall + parse.Elapsed,
            compile.Cpu + parseCpu.Elapsed,
            compile.AllocatedBytes,
            ds.Wall + parse.Elapsed,
            ds.Cpu + parseCpu.Elapsed,
            ds.AllocatedBytes,
            (net?.Cpu ?? TimeSpan.Zero) + parseCpu.Elapsed,
            ds.AnalyzerTime,
            net?.AnalyzerTime ?? TimeSpan.Zero,
            ds.Telemetry,
            net?.Telemetry ?? [],
            dsDiagnostics.Count(d => flowIds.Contains(d.Id)),
            corpus.LeakingCallSites,
            dsDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static CompileMeasurement Best(CompileMeasurement? a, CompileMeasurement b) => a is null || b.Wall < a.Wall ? b : a;

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N0", Inv);

    private static string Pct(TimeSpan part, TimeSpan whole) => (100 * part.TotalMilliseconds / whole.TotalMilliseconds).ToString("F1", Inv) + " %";

    private static string Ratio(TimeSpan a, TimeSpan b) => b == TimeSpan.Zero ? "n/a" : (a.TotalMilliseconds / b.TotalMilliseconds).ToString("F2", Inv);

    private static double Slope(List<Row> rows, Func<Row, TimeSpan> value)
    {
        double[] x = rows.Select(r => Math.Log(r.Files)).ToArray();
        double[] y = rows.Select(r => Math.Log(Math.Max(value(r).TotalMilliseconds, 0.001))).ToArray();
        double mx = x.Average(), my = y.Average();
        double num = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        double den = x.Sum(v => (v - mx) * (v - mx));
        return den == 0 ? double.NaN : num / den;
    }

    internal static string CpuModel()
    {
        try
        {
            string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown CPU";
        }
    }

    private sealed record Row(
        int Files,
        TimeSpan Compile,
        TimeSpan CompileCpu,
        long CompileAlloc,
        TimeSpan DsWall,
        TimeSpan DsCpu,
        long DsAlloc,
        TimeSpan NetCpu,
        TimeSpan DsTime,
        TimeSpan NetTime,
        ImmutableArray<(DiagnosticAnalyzer Analyzer, AnalyzerTelemetryInfo Telemetry)> DsTelemetry,
        ImmutableArray<(DiagnosticAnalyzer Analyzer, AnalyzerTelemetryInfo Telemetry)> NetTelemetry,
        int FlowDiagnostics,
        int PlantedLeaks,
        Dictionary<string, int> DsDiagnosticCounts);
}
