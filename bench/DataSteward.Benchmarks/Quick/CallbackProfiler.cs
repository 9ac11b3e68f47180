using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Benchmarks.Quick;

// A measuring proxy: the contexts forward every registration to the real ones (RS1012 cannot see through that), and the
// operation-block context's public constructor is the only one there is for a subclass (CS0618).
#pragma warning disable RS1012, CS0618

/// <summary>
/// `--profile`: which callback of which analyser the time goes to. Each DataSteward analyser is wrapped so that every
/// action it registers runs under a stopwatch (compilation start, symbol actions, operation-block start, each operation
/// action); analysis is sequential so the stopwatches do not overlap.
/// </summary>
public static class CallbackProfiler
{
    public static async Task<int> RunAsync(int files, int seed, string? codeBase)
    {
        var timings = new Timings();
        ImmutableArray<DiagnosticAnalyzer> wrapped = AnalyzerSets.DataSteward().Select(a => (DiagnosticAnalyzer)new TimedAnalyzer(a, timings)).ToImmutableArray();

        // Warm-up on a small corpus, then reset.
        await AnalyseAsync(CorpusCompilation.Create(CorpusCompilation.Parse(CorpusGenerator.Generate(100, seed).Files)), wrapped).ConfigureAwait(false);
        timings.Clear();

        Compilation compilation;
        var bind = Stopwatch.StartNew();
        string what;
        if (codeBase is null)
        {
            compilation = CorpusCompilation.Create(CorpusCompilation.Parse(CorpusGenerator.Generate(files, seed).Files));
            CorpusCompilation.AssertNoErrors(compilation.GetDiagnostics(), "The corpus");
            what = string.Create(CultureInfo.InvariantCulture, $"{files} files");
        }
        else
        {
            // Its unresolved packages give compiler errors, which bind like the rest.
            (CSharpCompilation codeBaseCompilation, int errors) = CodeBaseCompilation.Create(codeBase);
            compilation = codeBaseCompilation;
            what = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(codeBase.TrimEnd('/'))}, {compilation.SyntaxTrees.Count():N0} files, {errors:N0} compiler errors");
        }

        bind.Stop();
        var watch = Stopwatch.StartNew();
        await AnalyseAsync(compilation, wrapped).ConfigureAwait(false);
        watch.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}; compiler diagnostics (bind) {bind.Elapsed.TotalMilliseconds:N0} ms, then DataSteward analysers alone, sequential: {watch.Elapsed.TotalMilliseconds:N0} ms wall."));
        Console.WriteLine();
        Console.WriteLine("| analyser: callback | calls | wall (ms) | wall µs per call | thread CPU (ms) | **CPU µs per call** |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        double cpuTotal = 0;
        foreach (var (key, (ticks, calls, cpuNanoseconds)) in timings.Snapshot().OrderByDescending(kv => kv.Value.CpuNanoseconds))
        {
            double ms = ticks * 1000.0 / Stopwatch.Frequency;
            double cpuMs = cpuNanoseconds / 1e6;
            cpuTotal += cpuMs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {key} | {calls:N0} | {ms:N0} | {ms * 1000 / Math.Max(1, calls):F1} | {cpuMs:N0} | **{cpuMs * 1000 / Math.Max(1, calls):F1}** |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all DataSteward callbacks | | | | **{cpuTotal:N0}** | |"));

        Console.WriteLine();
        Console.WriteLine("Thread CPU is CLOCK_THREAD_CPUTIME_ID around each callback: unlike the wall clock it does not count the time the thread waits for a core, so it holds on a loaded machine.");
        Console.WriteLine("Operation-block start includes everything the block start does before its operation actions run; nested times (an operation action inside a block) are not subtracted from anything: the rows do not overlap.");
        return 0;
    }

    private static async Task AnalyseAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
    }

    private sealed class Timings
    {
        private readonly ConcurrentDictionary<string, long[]> _entries = new(StringComparer.Ordinal);

        public void Clear() => _entries.Clear();

        public IEnumerable<KeyValuePair<string, (long Ticks, long Calls, long CpuNanoseconds)>> Snapshot() =>
            _entries.Select(kv => new KeyValuePair<string, (long, long, long)>(kv.Key, (Interlocked.Read(ref kv.Value[0]), Interlocked.Read(ref kv.Value[1]), Interlocked.Read(ref kv.Value[2]))));

        public Action<T> Wrap<T>(string key, Action<T> action) => argument =>
        {
            long start = Stopwatch.GetTimestamp();
            long cpuStart = ThreadCpu.Nanoseconds();
            try
            {
                action(argument);
            }
            finally
            {
                long[] entry = _entries.GetOrAdd(key, _ => new long[3]);
                Interlocked.Add(ref entry[0], Stopwatch.GetTimestamp() - start);
                Interlocked.Increment(ref entry[1]);
                Interlocked.Add(ref entry[2], ThreadCpu.Nanoseconds() - cpuStart);
            }
        };
    }

    /// <summary>The calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID); 0 where that clock is not available.</summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        public static long Nanoseconds()
        {
            if (!OperatingSystem.IsLinux())
            {
                return 0;
            }

            return clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
        }

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clockId, out TimeSpec time);
    }

#pragma warning disable RS1001, RS1025, RS1026 // A measuring proxy: the wrapped analyser configures itself through it.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class TimedAnalyzer(DiagnosticAnalyzer inner, Timings timings) : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => inner.Initialize(new TimedContext(context, timings, inner.GetType().Name));
    }
#pragma warning restore RS1001, RS1025, RS1026

    private sealed class TimedContext(AnalysisContext context, Timings t, string name) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            context.RegisterCompilationStartAction(t.Wrap<CompilationStartAnalysisContext>($"{name}: compilation start", c => action(new TimedStart(c, t, name))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
            context.RegisterCompilationAction(t.Wrap($"{name}: compilation", action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            context.RegisterSemanticModelAction(t.Wrap($"{name}: semantic model", action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(t.Wrap($"{name}: symbol {string.Join("/", symbolKinds)}", action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            context.RegisterCodeBlockStartAction(t.Wrap($"{name}: code block start", action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            context.RegisterCodeBlockAction(t.Wrap($"{name}: code block", action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            context.RegisterSyntaxTreeAction(t.Wrap($"{name}: syntax tree", action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(t.Wrap($"{name}: syntax node {string.Join("/", syntaxKinds)}", action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            context.RegisterOperationAction(t.Wrap($"{name}: operation {string.Join("/", operationKinds)}", action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            context.RegisterOperationBlockAction(t.Wrap($"{name}: operation block", action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            context.RegisterOperationBlockStartAction(t.Wrap<OperationBlockStartAnalysisContext>($"{name}: operation-block start", b => action(new TimedBlock(b, t, name))));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            context.RegisterSymbolStartAction(t.Wrap<SymbolStartAnalysisContext>($"{name}: symbol start {symbolKind}", s => action(new TimedSymbolStart(s, t, name))), symbolKind);
    }

    private sealed class TimedStart(CompilationStartAnalysisContext context, Timings t, string name)
        : CompilationStartAnalysisContext(context.Compilation, context.Options, context.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
            context.RegisterCompilationEndAction(t.Wrap($"{name}: compilation end", action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            context.RegisterSemanticModelAction(t.Wrap($"{name}: semantic model", action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(t.Wrap($"{name}: symbol {string.Join("/", symbolKinds)}", action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            context.RegisterCodeBlockStartAction(t.Wrap($"{name}: code block start", action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            context.RegisterCodeBlockAction(t.Wrap($"{name}: code block", action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            context.RegisterSyntaxTreeAction(t.Wrap($"{name}: syntax tree", action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(t.Wrap($"{name}: syntax node {string.Join("/", syntaxKinds)}", action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            context.RegisterOperationAction(t.Wrap($"{name}: operation {string.Join("/", operationKinds)}", action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            context.RegisterOperationBlockAction(t.Wrap($"{name}: operation block", action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            context.RegisterOperationBlockStartAction(t.Wrap<OperationBlockStartAnalysisContext>($"{name}: operation-block start", b => action(new TimedBlock(b, t, name))));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            context.RegisterSymbolStartAction(t.Wrap<SymbolStartAnalysisContext>($"{name}: symbol start {symbolKind}", s => action(new TimedSymbolStart(s, t, name))), symbolKind);
    }

    private sealed class TimedSymbolStart(SymbolStartAnalysisContext context, Timings t, string name)
        : SymbolStartAnalysisContext(context.Symbol, context.Compilation, context.Options, context.CancellationToken)
    {
        public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) =>
            context.RegisterSymbolEndAction(t.Wrap($"{name}: symbol end", action));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            context.RegisterCodeBlockStartAction(t.Wrap($"{name}: in symbol, code block start", action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            context.RegisterCodeBlockAction(t.Wrap($"{name}: in symbol, code block", action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            context.RegisterOperationBlockStartAction(t.Wrap<OperationBlockStartAnalysisContext>($"{name}: in symbol, operation-block start", b => action(new TimedBlock(b, t, name))));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            context.RegisterOperationBlockAction(t.Wrap($"{name}: in symbol, operation block", action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            context.RegisterOperationAction(t.Wrap($"{name}: in symbol, operation {string.Join("/", operationKinds)}", action), operationKinds);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(t.Wrap($"{name}: in symbol, syntax node {string.Join("/", syntaxKinds)}", action), syntaxKinds);
    }

    private sealed class TimedBlock(OperationBlockStartAnalysisContext context, Timings t, string name)
        : OperationBlockStartAnalysisContext(context.OperationBlocks, context.OwningSymbol, context.Compilation, context.Options, context.CancellationToken)
    {
        public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) =>
            context.RegisterOperationBlockEndAction(t.Wrap($"{name}: operation-block end", action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            context.RegisterOperationAction(t.Wrap($"{name}: in block, operation {string.Join("/", operationKinds)}", action), operationKinds);
    }
}
