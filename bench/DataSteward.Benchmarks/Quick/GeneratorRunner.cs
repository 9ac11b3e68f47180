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
/// the incremental run after an edit inside a method body that touches no dataset, taking turns with the floor (issue 14's
/// target: at most 1.5 × the floor).
/// </summary>
public static class GeneratorRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(int datasets, int seed, int edits)
    {
        // The floor first: the same discovery with a trivial transform, to tell Roslyn's share from the generator's.
        var floorSetup = GeneratorSetup.Create(datasets, seed, [new FloorGenerator()]);
        Setup(floorSetup, out GeneratorDriver floor);
        var floorTimes = new List<double>(edits);
        for (int edit = 1; edit <= edits; edit++)
        {
            Compilation edited = floorSetup.Edited(edit);
            var floorWatch = Stopwatch.StartNew();
            floor = floor.RunGenerators(edited);
            floorWatch.Stop();
            floorTimes.Add(floorWatch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(Inv, $"Floor (ForAttributeWithMetadataName with a name-only transform) no-op run, {datasets} datasets: median {Median(floorTimes):F3} ms, min {floorTimes.Min():F3} ms."));

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
        ReportWeight(setup, driver, datasets);

        var times = new List<double>(edits);
        var stepTimes = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        int untouched = 0;
        // The floor and the generator take turns on the same edits, so a shared machine's load falls on both alike; the
        // ratio is taken per edit, on wall time and on the process's CPU time (which the other processes' load does not inflate).
        var pairedFloor = new List<(double Wall, double Cpu)>(edits);
        var pairedOwn = new List<(double Wall, double Cpu)>(edits);
        for (int edit = 1; edit <= edits; edit++)
        {
            Compilation edited = setup.Edited(edit);
            (double floorWall, double floorCpu) = Measure(() => floor = floor.RunGenerators(floorSetup.Edited(edits + edit)));
            (double ownWall, double ownCpu) = Measure(() => driver = driver.RunGenerators(edited));
            pairedFloor.Add((floorWall, floorCpu));
            pairedOwn.Add((ownWall, ownCpu));
            times.Add(ownWall);
            GeneratorDriverRunResult run = driver.GetRunResult();
            if (AllOutputsCached(run))
            {
                untouched++;
            }

            // Where the time goes, by the generator's own tracking names (a step that runs several nodes is summed).
            foreach (var (name, steps) in run.Results.SelectMany(r => r.TrackedSteps))
            {
                if (!stepTimes.TryGetValue(name, out List<double>? list))
                {
                    stepTimes[name] = list = [];
                }

                list.Add(steps.Sum(step => step.ElapsedTime.TotalMilliseconds));
            }
        }

        // The same edits again, each edited compilation first walked by the floor generator (untimed): what remains is
        // the catalogue generator's own work on top of Roslyn's attribute discovery and the new compilation's symbols.
        var warmTimes = new List<double>(edits);
        GeneratorDriver warmer = floorSetup.CreateDriver();
        for (int edit = edits + 1; edit <= 2 * edits; edit++)
        {
            Compilation edited = setup.Edited(edit);
            warmer = warmer.RunGenerators(edited);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(edited);
            watch.Stop();
            warmTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(Inv,
            $"Interleaved with the floor, {edits} edits: floor wall median {Median(pairedFloor.Select(p => p.Wall).ToList()):F3} ms, CPU median {Median(pairedFloor.Select(p => p.Cpu).ToList()):F3} ms; generator wall median {Median(pairedOwn.Select(p => p.Wall).ToList()):F3} ms, CPU median {Median(pairedOwn.Select(p => p.Cpu).ToList()):F3} ms; ratio to the floor: wall {Median(pairedOwn.Select(p => p.Wall).ToList()) / Median(pairedFloor.Select(p => p.Wall).ToList()):F2}x, CPU {Median(pairedOwn.Select(p => p.Cpu).ToList()) / Median(pairedFloor.Select(p => p.Cpu).ToList()):F2}x (target <= 1.5x)."));
        times.Sort();
        Console.WriteLine(string.Create(Inv,
            $"No-op run after a method-body edit ({edits} edits): median {times[times.Count / 2]:F3} ms, min {times[0]:F3} ms, max {times[^1]:F3} ms; outputs cached or unchanged in {untouched}/{edits} runs."));
        Console.WriteLine(string.Create(Inv, $"No-op run on an edited compilation already walked by the floor generator: median {Median(warmTimes):F3} ms, min {warmTimes.Min():F3} ms (the catalogue generator's own share)."));
        Console.WriteLine("Median time per tracked step in the no-op runs:");
        foreach (var (name, list) in stepTimes.OrderByDescending(kv => Median(kv.Value)))
        {
            Console.WriteLine(string.Create(Inv, $"  {name}: {Median(list):F3} ms"));
        }
        return 0;
    }

    /// <summary>
    /// What the catalogue costs the consumer: generated source per dataset (characters), and the built assembly's growth
    /// per dataset (the corpus emitted with the generated sources against without them, same options).
    /// </summary>
    private static void ReportWeight(GeneratorSetup setup, GeneratorDriver driver, int datasets)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        long sourceChars = result.GeneratedTrees.Sum(t => (long)t.Length);
        Compilation withCatalogue = setup.Compilation.AddSyntaxTrees(result.GeneratedTrees);
        long without = EmittedSize(setup.Compilation);
        long with = EmittedSize(withCatalogue);
        Console.WriteLine(string.Create(Inv,
            $"Weight, {datasets} datasets: generated source {sourceChars / (double)datasets:F0} characters per dataset; assembly {without:N0} bytes without the catalogue, {with:N0} with it: {(with - without) / (double)datasets:F0} bytes per dataset."));
    }

    private static long EmittedSize(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.WithOptions(compilation.Options.WithDeterministic(true).WithOptimizationLevel(OptimizationLevel.Release)).Emit(stream);
        CorpusCompilation.AssertNoErrors(emitted.Diagnostics, "The corpus emitted for its weight");
        return stream.Length;
    }

    private static (double Wall, double Cpu) Measure(Action run)
    {
        using Process process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        run();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }

    private static TimeSpan Setup(GeneratorSetup setup, out GeneratorDriver driver)
    {
        var watch = Stopwatch.StartNew();
        driver = setup.CreateDriver().RunGeneratorsAndUpdateCompilation(setup.Compilation, out Compilation output, out _);
        watch.Stop();
        CorpusCompilation.AssertNoErrors(output.GetDiagnostics(), "The corpus with generated sources");
        return watch.Elapsed;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
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
