using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace DataSteward.Benchmarks.Quick;

/// <summary>One compile of a corpus: wall time, bytes allocated (all threads), and per-analyser execution time.</summary>
public sealed record CompileMeasurement(
    TimeSpan Wall,
    TimeSpan Cpu,
    long AllocatedBytes,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<(DiagnosticAnalyzer Analyzer, AnalyzerTelemetryInfo Telemetry)> Telemetry)
{
    public TimeSpan AnalyzerTime => TimeSpan.FromTicks(Telemetry.Sum(t => t.Telemetry.ExecutionTime.Ticks));

    /// <summary>The same measurement with the (shared, once-per-corpus) parse added, as a build parses too.</summary>
    public CompileMeasurement WithParse(TimeSpan wall, TimeSpan cpu) => this with { Wall = Wall + wall, Cpu = Cpu + cpu };

    /// <summary>Binds, reports compiler diagnostics and emits, like csc without analysers.</summary>
    public static CompileMeasurement CompileOnly(ImmutableArray<SyntaxTree> trees)
    {
        Settle();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuWatch.StartNew();
        var watch = Stopwatch.StartNew();
        var compilation = CorpusCompilation.Create(trees);
        ImmutableArray<Diagnostic> diagnostics = compilation.GetDiagnostics();
        using var peStream = new MemoryStream();
        var emit = compilation.Emit(peStream);
        watch.Stop();
        cpu.Stop();
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        CorpusCompilation.AssertNoErrors(diagnostics.Concat(emit.Diagnostics), "The corpus");
        return new CompileMeasurement(watch.Elapsed, cpu.Elapsed, bytes, diagnostics, []);
    }

    /// <summary>
    /// Compiles with analysers as the command-line compiler does: compiler and analyser diagnostics together
    /// (concurrent analysis on), then emit; execution time per analyser from the driver's telemetry.
    /// </summary>
    public static async Task<CompileMeasurement> CompileWithAsync(
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CancellationToken cancellationToken = default)
    {
        Settle();
        var exceptions = new ConcurrentQueue<string>();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuWatch.StartNew();
        var watch = Stopwatch.StartNew();
        var compilation = CorpusCompilation.Create(trees);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false));
        AnalysisResult result = await withAnalyzers.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
        // The analysis bound the code in its own copy of the compilation (the one with the event queue): take the compiler
        // diagnostics and emit from that copy, as csc does, rather than binding everything a second time.
        Compilation analysed = withAnalyzers.Compilation;
        ImmutableArray<Diagnostic> diagnostics = analysed.GetDiagnostics(cancellationToken).AddRange(result.GetAllDiagnostics());
        using var peStream = new MemoryStream();
        var emit = analysed.Emit(peStream, cancellationToken: cancellationToken);
        watch.Stop();
        cpu.Stop();
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        CorpusCompilation.AssertNoErrors(diagnostics.Concat(emit.Diagnostics), "The corpus");
        string[] crashes = exceptions.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToArray();
        if (crashes.Length > 0)
        {
            Console.Error.WriteLine($"WARNING: {crashes.Length} analyser exceptions (AD0001); first: {crashes[0]}");
        }

        // AnalysisResult carries the execution times; GetAnalyzerTelemetryInfoAsync reports zero in Roslyn 4.14.
        var telemetry = analyzers
            .Select(a => (a, result.AnalyzerTelemetryInfo.TryGetValue(a, out AnalyzerTelemetryInfo? info) ? info : new AnalyzerTelemetryInfo()))
            .ToImmutableArray();
        return new CompileMeasurement(watch.Elapsed, cpu.Elapsed, bytes, diagnostics, telemetry);
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>This process's CPU time (all threads): steadier than wall time on a machine other builds share.</summary>
internal sealed class CpuWatch
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _stop;

    public TimeSpan Elapsed => _stop - _start;

    public static CpuWatch StartNew() => new();

    public void Stop() => _stop = Process.GetCurrentProcess().TotalProcessorTime;
}
