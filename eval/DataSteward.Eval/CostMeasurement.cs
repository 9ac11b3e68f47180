using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Eval;

/// <summary>
/// `--cost`: what adding an analyser set costs on top of compiling, in processor time, everything on one thread so that
/// other processes on the machine cannot inflate it by spinning threads. Each pass starts from a fresh copy of the
/// compilation (no body bound; an analysis pass gets the references and declarations bound first, outside the clock,
/// as a build's source generators leave them). Compile = the compiler's diagnostics (binding, flow and nullable analysis; no emit).
/// An analyser set's cost = its analysis minus the same analysis with a no-op operation analyser (the driver and the
/// operation trees, which every analyser of a build shares). Passes are repeated and the minimum kept. Beside it, the
/// figure a build's <c>-p:ReportAnalyzer=true</c> gives: the analysers' callbacks' time by the driver's telemetry against
/// the compile's wall clock, both on one thread (no callback waits for another thread's lock or binding).
/// </summary>
internal static class CostMeasurement
{
    public static string Measure(Compilation compilation, bool withNetAnalyzers, int repeats)
    {
        Compilation sequential = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        double compile = Min(repeats, () => Cpu(() => sequential.RemoveAllSyntaxTrees().AddSyntaxTrees(sequential.SyntaxTrees).GetDiagnostics()));
        double compileBytes = allocated;
        double noOp = Min(repeats, () => Cpu(() => _ = Analyse(sequential, [new NoOpOperationAnalyzer()])));
        double noOpBytes = allocated;
        double dataStewardCallbacks = double.MaxValue;
        double dataSteward = Min(repeats, () => Cpu(() => dataStewardCallbacks = Math.Min(dataStewardCallbacks, Analyse(sequential, References.DataSteward())))) - noOp;
        double dataStewardBytes = allocated - noOpBytes;
        double compileWall = Min(repeats, () => Wall(() => sequential.RemoveAllSyntaxTrees().AddSyntaxTrees(sequential.SyntaxTrees).GetDiagnostics()));
        string result = $"one thread, min of {repeats}: callbacks' time (driver telemetry) / compile wall {compileWall:N0} ms: DataSteward {dataStewardCallbacks:N0} ms = {dataStewardCallbacks / compileWall:P1}";
        double netCallbacks = double.MaxValue;
        if (withNetAnalyzers)
        {
            for (int i = 0; i < repeats; i++)
            {
                netCallbacks = Math.Min(netCallbacks, Analyse(sequential, References.NetAnalyzers()));
            }
            result += $", NetAnalyzers {netCallbacks:N0} ms = {netCallbacks / compileWall:P1} (DS / NetAn {dataStewardCallbacks / netCallbacks:0.00})";
        }

        result += $"; cost (CPU): compile {compile:N0} ms, driver+operations {noOp:N0} ms, DataSteward +{dataSteward:N0} ms = {dataSteward / compile:P1} of compile; " +
            $"allocated: compile {compileBytes / 1e6:N0} MB, driver+operations {noOpBytes / 1e6:N0} MB, DataSteward +{dataStewardBytes / 1e6:N0} MB = {dataStewardBytes / compileBytes:P1} of compile";

        return result;
    }

    // The analysers' callbacks' time as the driver's telemetry counts it (ms), the analysis run on one thread.
    private static double Analyse(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Compilation fresh = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees);

        // In a build the source generators run first and ask the compilation for symbols, which binds the references
        // and merges the declarations; here nothing has, and whichever analyser set's compilation-start action asked
        // first would be charged for it. Done before the clock for every set alike (still counted in the compile).
        _ = fresh.GetTypeByMetadataName("System.Object");
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        CompilationWithAnalyzers withAnalyzers = fresh.WithAnalyzers(analyzers, options);
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        double callbacks = 0;
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            callbacks += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
        }

        return callbacks;
    }

    private static double Wall(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    // Bytes allocated by the last measured pass (deterministic where processor time is not: a proxy for work and GC).
    private static double allocated;

    private static double Cpu(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long bytes = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        double ms = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
        if (Environment.GetEnvironmentVariable("DATASTEWARD_EVAL_DEBUG") is not null)
        {
            Console.WriteLine($"    pass {ms:N0} ms CPU");
        }

        return ms;
    }

    private static double Min(int repeats, Func<double> measure)
    {
        double best = double.MaxValue;
        for (int i = 0; i < repeats; i++)
        {
            best = Math.Min(best, measure());
        }

        return best;
    }
}
