using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Eval;

/// <summary>
/// `--cost`: what adding an analyser set costs on top of compiling, in processor time, everything on one thread so that
/// other processes on the machine cannot inflate it by spinning threads. Each pass starts from a fresh copy of the
/// compilation (nothing bound). Compile = the compiler's diagnostics (binding, flow and nullable analysis; no emit).
/// An analyser set's cost = its analysis minus the same analysis with a no-op operation analyser (the driver and the
/// operation trees, which every analyser of a build shares). Passes are repeated and the minimum kept.
/// </summary>
internal static class CostMeasurement
{
    public static string Measure(Compilation compilation, bool withNetAnalyzers, int repeats)
    {
        Compilation sequential = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        double compile = Min(repeats, () => Cpu(() => sequential.RemoveAllSyntaxTrees().AddSyntaxTrees(sequential.SyntaxTrees).GetDiagnostics()));
        double compileBytes = allocated;
        double noOp = Min(repeats, () => Cpu(() => Analyse(sequential, [new NoOpOperationAnalyzer()])));
        double noOpBytes = allocated;
        double dataSteward = Min(repeats, () => Cpu(() => Analyse(sequential, References.DataSteward()))) - noOp;
        double dataStewardBytes = allocated - noOpBytes;
        string result = $"cost (one thread, CPU, min of {repeats}): compile {compile:N0} ms, driver+operations {noOp:N0} ms, DataSteward +{dataSteward:N0} ms = {dataSteward / compile:P1} of compile; " +
            $"allocated: compile {compileBytes / 1e6:N0} MB, driver+operations {noOpBytes / 1e6:N0} MB, DataSteward +{dataStewardBytes / 1e6:N0} MB = {dataStewardBytes / compileBytes:P1} of compile";
        if (withNetAnalyzers)
        {
            double net = Min(repeats, () => Cpu(() => Analyse(sequential, References.NetAnalyzers()))) - noOp;
            result += $", NetAnalyzers +{net:N0} ms = {net / compile:P1} of compile (DS / NetAn {dataSteward / net:0.00})";
        }

        return result;
    }

    private static void Analyse(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Compilation fresh = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        int count = fresh.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        if (Environment.GetEnvironmentVariable("DATASTEWARD_EVAL_DEBUG") is not null)
        {
            Console.WriteLine($"    {analyzers.Length} analysers: {count} diagnostics");
        }
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
