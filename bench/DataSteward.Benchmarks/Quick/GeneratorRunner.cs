using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// `--generator`: a full run of every incremental generator of DataSteward.Analyzers over N <c>[Dataset]</c> types, then
/// the incremental run after an edit inside a method body that touches no dataset (target: under 1 ms).
/// </summary>
public static class GeneratorRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(int datasets, int seed, int edits)
    {
        ImmutableArray<IIncrementalGenerator> generators = AnalyzerSets.Generators();
        if (generators.IsEmpty)
        {
            Console.WriteLine($"Generator benchmark skipped: {AnalyzerSets.DataStewardAnalyzersAssembly.GetName().Name} has no IIncrementalGenerator yet.");
            return 0;
        }

        Console.WriteLine($"Generators: {string.Join(", ", generators.Select(g => g.GetType().Name))}");
        // Warm-up on a small set so the full run below is not the JIT's first sight of the generator.
        Setup(GeneratorSetup.Create(50, seed, generators), out _);

        var setup = GeneratorSetup.Create(datasets, seed, generators);
        TimeSpan full = Setup(setup, out GeneratorDriver driver);
        GeneratorDriverRunResult fullResult = driver.GetRunResult();
        Console.WriteLine(string.Create(Inv,
            $"Full run, {datasets} datasets ({setup.Compilation.SyntaxTrees.Count()} files): {full.TotalMilliseconds:F1} ms, {fullResult.GeneratedTrees.Length} generated files, {fullResult.GeneratedTrees.Sum(t => t.Length) / 1024} KiB, {fullResult.Diagnostics.Length} generator diagnostics"));

        var times = new List<double>(edits);
        int untouched = 0;
        for (int edit = 1; edit <= edits; edit++)
        {
            Compilation edited = setup.Edited(edit);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(edited);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (AllOutputsCached(driver.GetRunResult()))
            {
                untouched++;
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(Inv,
            $"No-op run after a method-body edit ({edits} edits): median {times[times.Count / 2]:F3} ms, min {times[0]:F3} ms, max {times[^1]:F3} ms; outputs cached or unchanged in {untouched}/{edits} runs. Target < 1 ms: {(times[times.Count / 2] < 1 ? "met" : "MISSED")}."));
        return 0;
    }

    private static TimeSpan Setup(GeneratorSetup setup, out GeneratorDriver driver)
    {
        var watch = Stopwatch.StartNew();
        driver = setup.CreateDriver().RunGeneratorsAndUpdateCompilation(setup.Compilation, out Compilation output, out _);
        watch.Stop();
        CorpusCompilation.AssertNoErrors(output.GetDiagnostics(), "The corpus with generated sources");
        return watch.Elapsed;
    }

    private static bool AllOutputsCached(GeneratorDriverRunResult result) =>
        result.Results.All(r => r.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs)
            .All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
}

/// <summary>The generator corpus: datasets plus the one service file that edits change.</summary>
public sealed class GeneratorSetup
{
    private readonly ImmutableArray<IIncrementalGenerator> _generators;
    private readonly SyntaxTree _editable;

    private GeneratorSetup(Compilation compilation, SyntaxTree editable, ImmutableArray<IIncrementalGenerator> generators)
    {
        Compilation = compilation;
        _editable = editable;
        _generators = generators;
    }

    public Compilation Compilation { get; }

    public static GeneratorSetup Create(int datasets, int seed, ImmutableArray<IIncrementalGenerator> generators)
    {
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(CorpusGenerator.GenerateDatasets(datasets, seed));
        var compilation = CorpusCompilation.Create(trees, "Datasets");
        CorpusCompilation.AssertNoErrors(compilation.GetDiagnostics(), "The dataset corpus");
        return new GeneratorSetup(compilation, trees[^1], generators);
    }

    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        _generators.Select(g => g.AsSourceGenerator()),
        parseOptions: CorpusCompilation.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The compilation with the service's method body changed (<paramref name="edit"/> picks the constant).</summary>
    public Compilation Edited(int edit) =>
        Compilation.ReplaceSyntaxTree(_editable, CorpusCompilation.Parse(CorpusGenerator.EditableService(edit)));
}
