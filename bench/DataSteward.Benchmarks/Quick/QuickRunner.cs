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
/// `--quick`: every corpus size compiled without analysers, with a no-op operation analyser, with DataSteward's and with
/// the SDK's NetAnalyzers, interleaved, all in this one process; every ratio is taken within one repeat (adjacent
/// runs) and the median over repeats is printed, as a Markdown table.
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
        ImmutableArray<DiagnosticAnalyzer> noOp = [new NoOpOperationAnalyzer()];
        ImmutableArray<DiagnosticAnalyzer> netAnalyzers = AnalyzerSets.NetAnalyzers;
        Say($"Machine: {Environment.ProcessorCount} logical cores, {CpuModel()}, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}, load average at start {LoadAverage()}");
        Say($"DataSteward analysers: {string.Join(", ", dataSteward.Select(a => a.GetType().Name))}");
        Say($"NetAnalyzers: {netAnalyzers.Length} analysers from {AnalyzerSets.NetAnalyzersSource} (default severities, as a build without AnalysisMode runs them)");
        Say($"Seed {seed}; {repeat} interleaved repeat(s) per size, ratios are medians of per-repeat ratios; compile = parse + bind + emit; analysis concurrent.");
        Say();

        // Warm-up: JIT the compiler, the analysers and the corpus path before anything is timed.
        await MeasureAsync(CorpusGenerator.Generate(100, seed), dataSteward, noOp, netAnalyzers, 1).ConfigureAwait(false);

        var rows = new List<Row>();
        foreach (int size in sizes)
        {
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {size} files...");
            rows.Add(await MeasureAsync(CorpusGenerator.Generate(size, seed), dataSteward, noOp, netAnalyzers, repeat).ConfigureAwait(false));
        }

        Say("| files | compile wall (ms) | DataSteward analysers (ms) | **DS share of compile** | DS CPU overhead | no-op analyser CPU overhead | DS extra alloc (MB) | NetAnalyzers (ms) | NetAn share | NetAn CPU overhead | **DS / NetAn** | DS µs per file | flow diagnostics / planted leaks |");
        Say("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (Row r in rows)
        {
            Say(string.Create(Inv, $"| {r.Files:N0} | {Median(r.Repeats, x => x.Compile.Wall.TotalMilliseconds):N0} | {Median(r.Repeats, x => x.Ds.AnalyzerTime.TotalMilliseconds):N0} | **{Pct(Median(r.Repeats, x => Share(x.Ds.AnalyzerTime, x.Compile.Wall)))}** | {Pct(Median(r.Repeats, x => Overhead(x.Ds.Cpu, x.Compile.Cpu)))} | {Pct(Median(r.Repeats, x => Overhead(x.NoOp.Cpu, x.Compile.Cpu)))} | {Median(r.Repeats, x => (x.Ds.AllocatedBytes - x.Compile.AllocatedBytes) / 1048576.0):F0} | {Median(r.Repeats, x => x.Net?.AnalyzerTime.TotalMilliseconds ?? 0):N0} | {Pct(Median(r.Repeats, x => x.Net is null ? 0 : Share(x.Net.AnalyzerTime, x.Compile.Wall)))} | {Pct(Median(r.Repeats, x => x.Net is null ? 0 : Overhead(x.Net.Cpu, x.Compile.Cpu)))} | **{Median(r.Repeats, x => x.Net is null ? double.NaN : Share(x.Ds.AnalyzerTime, x.Net.AnalyzerTime)):F2}** | {Median(r.Repeats, x => x.Ds.AnalyzerTime.TotalMilliseconds) * 1000 / r.Files:F0} | {r.FlowDiagnostics} / {r.PlantedLeaks} |"));
        }

        Say();
        Say("DS share = DataSteward analysers' execution time (sum over its analysers, CompilationWithAnalyzers telemetry) / compile wall time without analysers. " +
            "CPU overhead = (process CPU time of the compile with analysers − without) / without: it includes the analyser driver and the IOperation trees, " +
            "which the no-op column isolates (an analyser registering the same actions as DataSteward's and doing nothing). " +
            "DS / NetAn = DataSteward's analyser time / NetAnalyzers' analyser time, same repeat.");
        Say();
        if (rows.Count >= 2)
        {
            Say(string.Create(Inv, $"Growth (log-log slope of median time against files, {rows[0].Files}…{rows[^1].Files}; 1.00 = linear): compile {Slope(rows, r => Median(r.Repeats, x => x.Compile.Wall.TotalMilliseconds)):F2}, DataSteward analysers {Slope(rows, r => Median(r.Repeats, x => x.Ds.AnalyzerTime.TotalMilliseconds)):F2}, NetAnalyzers {Slope(rows, r => Median(r.Repeats, x => x.Net?.AnalyzerTime.TotalMilliseconds ?? 0)):F2}; DataSteward CPU overhead {Slope(rows, r => Median(r.Repeats, x => (x.Ds.Cpu - x.Compile.Cpu).TotalMilliseconds)):F2}."));
            Say();
        }

        Row last = rows[^1];
        Repeat median = last.Repeats.OrderBy(x => x.Ds.AnalyzerTime).ElementAt(last.Repeats.Count / 2);
        Say($"Per analyser at {last.Files:N0} files (the median repeat; execution time from CompilationWithAnalyzers telemetry):");
        Say();
        Say("| analyser | time (ms) | share of compile | registered: symbol / operation / operation-block-start / compilation-start actions |");
        Say("|---|---:|---:|---|");
        foreach (var (analyzer, telemetry) in median.Ds.Telemetry.OrderByDescending(t => t.Telemetry.ExecutionTime))
        {
            Say(TelemetryRow(analyzer.GetType().Name, telemetry, median.Compile.Wall));
        }

        foreach (var (analyzer, telemetry) in (median.Net?.Telemetry ?? []).OrderByDescending(t => t.Telemetry.ExecutionTime).Take(5))
        {
            Say(TelemetryRow("NetAnalyzers: " + analyzer.GetType().Name, telemetry, median.Compile.Wall));
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

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static async Task<Row> MeasureAsync(
        GeneratedCorpus corpus,
        ImmutableArray<DiagnosticAnalyzer> dataSteward,
        ImmutableArray<DiagnosticAnalyzer> noOp,
        ImmutableArray<DiagnosticAnalyzer> netAnalyzers,
        int repeat)
    {
        var parseCpu = CpuWatch.StartNew();
        var parse = Stopwatch.StartNew();
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(corpus.Files);
        parse.Stop();
        parseCpu.Stop();

        var repeats = new List<Repeat>(repeat);
        for (int i = 0; i < repeat; i++)
        {
            CompileMeasurement compile = CompileMeasurement.CompileOnly(trees).WithParse(parse.Elapsed, parseCpu.Elapsed);
            CompileMeasurement ds = (await CompileMeasurement.CompileWithAsync(trees, dataSteward).ConfigureAwait(false)).WithParse(parse.Elapsed, parseCpu.Elapsed);
            CompileMeasurement none = (await CompileMeasurement.CompileWithAsync(trees, noOp).ConfigureAwait(false)).WithParse(parse.Elapsed, parseCpu.Elapsed);
            CompileMeasurement? net = netAnalyzers.IsEmpty
                ? null
                : (await CompileMeasurement.CompileWithAsync(trees, netAnalyzers).ConfigureAwait(false)).WithParse(parse.Elapsed, parseCpu.Elapsed);
            repeats.Add(new Repeat(compile, ds, none, net));
        }

        string[] flowIds = ["DS0001", "DS0002", "DS0003", "DS0004", "DS0005"];
        ImmutableArray<Diagnostic> dsDiagnostics = repeats[0].Ds.Diagnostics.Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal)).ToImmutableArray();
        return new Row(
            corpus.Files.Count,
            repeats,
            dsDiagnostics.Count(d => flowIds.Contains(d.Id)),
            corpus.LeakingCallSites,
            dsDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static string TelemetryRow(string name, AnalyzerTelemetryInfo telemetry, TimeSpan compile) =>
        string.Create(Inv, $"| {name} | {telemetry.ExecutionTime.TotalMilliseconds:N0} | {Pct(Share(telemetry.ExecutionTime, compile))} | {telemetry.SymbolActionsCount} / {telemetry.OperationActionsCount} / {telemetry.OperationBlockStartActionsCount} / {telemetry.CompilationStartActionsCount} |");

    private static double Median(IReadOnlyList<Repeat> repeats, Func<Repeat, double> value)
    {
        double[] values = repeats.Select(value).Order().ToArray();
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    private static double Share(TimeSpan part, TimeSpan whole) => part.TotalMilliseconds / whole.TotalMilliseconds;

    private static double Overhead(TimeSpan with, TimeSpan without) => (with - without).TotalMilliseconds / without.TotalMilliseconds;

    private static string Pct(double ratio) => double.IsNaN(ratio) ? "n/a" : (100 * ratio).ToString("F1", Inv) + " %";

    private static double Slope(List<Row> rows, Func<Row, double> value)
    {
        double[] x = rows.Select(r => Math.Log(r.Files)).ToArray();
        double[] y = rows.Select(r => Math.Log(Math.Max(value(r), 0.001))).ToArray();
        double mx = x.Average(), my = y.Average();
        double num = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        double den = x.Sum(v => (v - mx) * (v - mx));
        return den == 0 ? double.NaN : num / den;
    }

    private sealed record Repeat(CompileMeasurement Compile, CompileMeasurement Ds, CompileMeasurement NoOp, CompileMeasurement? Net);

    private sealed record Row(int Files, IReadOnlyList<Repeat> Repeats, int FlowDiagnostics, int PlantedLeaks, Dictionary<string, int> DsDiagnosticCounts);
}
