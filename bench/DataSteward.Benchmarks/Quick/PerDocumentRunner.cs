using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// `--per-document`: what the IDE runs after an edit. For each of N documents picked with a fixed seed, a statement is
/// typed into a method body (incremental reparse, <see cref="Compilation.ReplaceSyntaxTree"/>), and each analyser set
/// gets a fresh <see cref="CompilationWithAnalyzers"/> on the edited compilation — as the IDE makes one per project
/// snapshot — whose <c>GetAnalyzerSemanticDiagnosticsAsync(semanticModel, filterSpan: null, …)</c> for that document is
/// timed: DataSteward's analysers, the SDK's NetAnalyzers and a no-op operation analyser, in a rotating order, after the
/// compiler's own semantic diagnostics of the document have warmed the shared declaration state for all of them.
/// </summary>
public static class PerDocumentRunner
{
    private const string EditText = "_ = 42; ";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(int files, int documents, int seed, string? codeBases, string? outputPath)
    {
        var report = new StringBuilder();
        void Say(string line = "")
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        var sets = new[]
        {
            new AnalyzerSet("DataSteward", AnalyzerSets.DataSteward()),
            new AnalyzerSet("NetAnalyzers", AnalyzerSets.NetAnalyzers),
            new AnalyzerSet("no-op operation analyser", [new NoOpOperationAnalyzer()]),
        };
        if (sets[1].Analyzers.IsEmpty)
        {
            Console.Error.WriteLine($"NetAnalyzers {AnalyzerSets.NetAnalyzersSource}: nothing to compare with.");
            return 1;
        }

        Say($"Machine: {Environment.ProcessorCount} logical cores, {QuickRunner.CpuModel()}, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}, load average at start {RealBuildRunner.LoadAverage()}");
        Say($"Seed {seed}. Edit: `{EditText.Trim()}` typed before the first statement of the document's first block-bodied method; per set a fresh CompilationWithAnalyzers (concurrentAnalysis: false, as the IDE's) on the edited compilation; " +
            "time = GetAnalyzerSemanticDiagnosticsAsync(semanticModel, filterSpan: null, analyzers) for the edited document, wall and this process's CPU time.");
        Say();
        Say("| code base | documents | compiler, semantic diagnostics of the document: median | **DataSteward: median** / p90 | **NetAnalyzers: median** / p90 | no-op analyser: median / p90 | **DS / NetAn, medians** | median of per-document DS / NetAn | diagnostics in these documents: DS / NetAn |");
        Say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");

        Source corpus = CorpusSource(files, seed);
        int exit = 0;
        // Code bases are read one at a time, just before they are measured, so only one is in memory with the corpus.
        IEnumerable<Func<Source>> sources = new Func<Source>[] { () => corpus }
            .Concat((codeBases ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(folder => (Func<Source>)(() => CodeBaseSource(folder))));
        foreach (Func<Source> read in sources)
        {
            Source source = read();
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {source.Name}: {source.Compilation.SyntaxTrees.Count()} files, {source.CompilerErrors} compiler errors, load {RealBuildRunner.LoadAverage()}");
            Result result = await MeasureAsync(source, sets, documents, seed).ConfigureAwait(false);
            foreach (string clock in new[] { "wall", "CPU" })
            {
                Func<Timing, double> pick = clock == "wall" ? t => t.WallMs : t => t.CpuMs;
                double ds = Median(result.Times[0].Select(pick)), net = Median(result.Times[1].Select(pick));
                Say(string.Create(Inv,
                    $"| {source.Name}, {clock} (ms) | {result.Documents} | {Median(result.Compiler.Select(pick)):F1} " +
                    $"| **{ds:F1}** / {P90(result.Times[0].Select(pick)):F1} | **{net:F1}** / {P90(result.Times[1].Select(pick)):F1} " +
                    $"| {Median(result.Times[2].Select(pick)):F1} / {P90(result.Times[2].Select(pick)):F1} " +
                    $"| **{ds / net:F2}** | {Median(result.Times[0].Zip(result.Times[1], (d, n) => pick(d) / pick(n))):F2} " +
                    $"| {result.Times[0].Sum(t => t.Diagnostics)} / {result.Times[1].Sum(t => t.Diagnostics)} |"));
            }

            if (source == corpus && result.Documents >= 30 && result.Times[0].Sum(t => t.Diagnostics) == 0)
            {
                // The corpus plants leaks and unclassified members throughout (8 diagnostics in 60 documents at the default
                // seed): silence over that many documents means the analysers did not run.
                Console.Error.WriteLine($"DataSteward reported nothing in {result.Documents} corpus documents: the measurement is void.");
                exit = 1;
            }
        }

        Say();
        Say("p90 = 90th percentile (nearest rank). Each document's three analyser runs take turns in a rotating order; the compiler's run comes first and is not part of any analyser's time. " +
            "The no-op analyser registers what DataSteward's analysers register and does nothing: what the driver and the IOperation trees cost any operation analyser.");
        Say($"Load average at the end {RealBuildRunner.LoadAverage()}.");
        if (outputPath is not null)
        {
            await File.WriteAllTextAsync(outputPath, report.ToString()).ConfigureAwait(false);
        }

        return exit;
    }

    private static async Task<Result> MeasureAsync(Source source, AnalyzerSet[] sets, int documents, int seed)
    {
        // Documents with a block-bodied method, in a seeded order; the last three of the order warm the JIT up.
        var random = new Random(seed);
        SyntaxTree[] candidates = source.Compilation.SyntaxTrees.Where(t => EditPosition(t) is not null).OrderBy(t => t.FilePath, StringComparer.Ordinal).ToArray();
        random.Shuffle(candidates);
        SyntaxTree[] measured = candidates.Take(Math.Min(documents, candidates.Length - 3)).ToArray();
        foreach (SyntaxTree warmUp in candidates.TakeLast(3))
        {
            await MeasureDocumentAsync(source.Compilation, warmUp, sets, 0).ConfigureAwait(false);
        }

        var compiler = new List<Timing>();
        var times = sets.Select(_ => new List<Timing>()).ToArray();
        for (int i = 0; i < measured.Length; i++)
        {
            (Timing compilerTime, Timing[] setTimes) = await MeasureDocumentAsync(source.Compilation, measured[i], sets, i).ConfigureAwait(false);
            compiler.Add(compilerTime);
            for (int s = 0; s < sets.Length; s++)
            {
                times[s].Add(setTimes[s]);
            }
        }

        return new Result(measured.Length, compiler, times);
    }

    private static async Task<(Timing Compiler, Timing[] Sets)> MeasureDocumentAsync(Compilation compilation, SyntaxTree tree, AnalyzerSet[] sets, int turn)
    {
        SourceText text = tree.GetText();
        SyntaxTree edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(EditPosition(tree)!.Value, 0), EditText)));
        Compilation editedCompilation = compilation.ReplaceSyntaxTree(tree, edited);

        Timing compiler = await Time(() => Task.FromResult(editedCompilation.GetSemanticModel(edited).GetDiagnostics().Length)).ConfigureAwait(false);
        var results = new Timing[sets.Length];
        for (int k = 0; k < sets.Length; k++)
        {
            int s = (k + turn) % sets.Length;
            var withAnalyzers = editedCompilation.WithAnalyzers(sets[s].Analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            SemanticModel model = withAnalyzers.Compilation.GetSemanticModel(edited);
            results[s] = await Time(async () =>
                (await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, sets[s].Analyzers, CancellationToken.None).ConfigureAwait(false)).Length).ConfigureAwait(false);
        }

        return (compiler, results);
    }

    private static async Task<Timing> Time(Func<Task<int>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = CpuWatch.StartNew();
        var wall = Stopwatch.StartNew();
        int diagnostics = await run().ConfigureAwait(false);
        wall.Stop();
        cpu.Stop();
        return new Timing(wall.Elapsed.TotalMilliseconds, cpu.Elapsed.TotalMilliseconds, diagnostics);
    }

    /// <summary>Where a statement can be typed: before the first statement of the first block-bodied method or constructor.</summary>
    private static int? EditPosition(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes()
            .OfType<BaseMethodDeclarationSyntax>()
            .Select(m => m.Body?.Statements.FirstOrDefault())
            .FirstOrDefault(s => s is not null)?.SpanStart;

    private static Source CorpusSource(int files, int seed)
    {
        CSharpCompilation compilation = CorpusCompilation.Create(CorpusCompilation.Parse(CorpusGenerator.Generate(files, seed).Files));
        CorpusCompilation.AssertNoErrors(compilation.GetDiagnostics(), "The corpus");
        return new Source(string.Create(Inv, $"corpus, {files:N0} files"), compilation, 0);
    }

    private static Source CodeBaseSource(string folder)
    {
        (CSharpCompilation compilation, int errors) = CodeBaseCompilation.Create(folder);
        // Compiled against this process's references, not the code base's own packages: the errors are the unresolved
        // package types, which every analyser set meets alike.
        return new Source(string.Create(Inv, $"{Path.GetFileName(folder.TrimEnd('/'))}, {compilation.SyntaxTrees.Count():N0} files ({errors:N0} compiler errors)"), compilation, errors);
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double P90(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(0.9 * sorted.Length) - 1)];
    }

    private sealed record AnalyzerSet(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers);

    private sealed record Source(string Name, Compilation Compilation, int CompilerErrors);

    private sealed record Timing(double WallMs, double CpuMs, int Diagnostics);

    private sealed record Result(int Documents, List<Timing> Compiler, List<Timing>[] Times);
}
