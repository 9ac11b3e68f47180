using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// `--generator-build`: what the catalogue generator costs a full build (issue 14: at most 0.5 % of compile). A build
/// runs the generator once, on a fresh compilation of the whole project, so each repeat takes a new compilation of the
/// N-file corpus for each of: the floor generator alone (ForAttributeWithMetadataName with a name-only transform), the
/// catalogue generator alone, the catalogue generator on a compilation the floor has already walked (what it adds when
/// another generator of the build paid for the declarations first, as in a real build), and the compile itself (bind,
/// compiler diagnostics, emit). The generator times are the driver's own per-generator timing (what
/// <c>-p:ReportAnalyzer=true</c> prints) and the process's CPU time; the ratios are taken within one repeat.
/// </summary>
public static class GeneratorBuildRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly CSharpParseOptions BuildParseOptions = CorpusCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.None);

    public static int Run(int files, int seed, int repeats)
    {
        GeneratedCorpus corpus = CorpusGenerator.Generate(files, seed);
        // As a default build parses: no documentation file, so documentation comments are trivia (DocumentationMode.None).
        ImmutableArray<SyntaxTree> trees = corpus.Files
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, BuildParseOptions, f.Path, System.Text.Encoding.UTF8))
            .ToImmutableArray();
        ImmutableArray<IIncrementalGenerator> generators = AnalyzerSets.Generators();
        Console.WriteLine(string.Create(Inv, $"{files} files, {corpus.Datasets} [Dataset] types; generators: {string.Join(", ", generators.Select(g => g.GetType().Name))}"));

        // Warm-up: the metadata of the references (which a compiler server has warm) and Roslyn's own code, by the floor;
        // then the catalogue generator's first run in this process, which pays for compiling its code (JIT) as the first
        // build of a compiler server that loads the analyser assembly does.
        RunDriver(trees, [new FloorGenerator()], walkedFirst: false);
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        TimeSpan jitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        Measured cold = RunDriver(trees, generators, walkedFirst: true);
        jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitMethods;
        jitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jitTime;
        CompileMeasurement.CompileOnly(trees);
        Console.WriteLine(string.Create(Inv,
            $"First run of the catalogue generator in this process, on a compilation the floor walked: {cold.Driver:F1} ms ({cold.Cpu:F0} ms CPU), of which JIT on this thread {jitTime.TotalMilliseconds:F1} ms for {jitMethods} methods (with the floor walk before it)"));

        if (repeats == 0)
        {
            return 0;
        }

        var rows = new List<(Measured Floor, Measured Own, Measured OwnAfterFloor, CompileMeasurement Compile)>();
        var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (int repeat = 0; repeat < repeats; repeat++)
        {
            Measured floor = RunDriver(trees, [new FloorGenerator()], walkedFirst: false);
            Measured own = RunDriver(trees, generators, walkedFirst: false, steps);
            Measured ownAfterFloor = RunDriver(trees, generators, walkedFirst: true);
            CompileMeasurement compile = CompileMeasurement.CompileOnly(trees);
            rows.Add((floor, own, ownAfterFloor, compile));
            Console.WriteLine(string.Create(Inv,
                $"repeat {repeat + 1}: compile {compile.Wall.TotalMilliseconds:F0} ms wall / {compile.Cpu.TotalMilliseconds:F0} ms CPU; " +
                $"floor {floor.Driver:F1} ms; catalogue generator {own.Driver:F1} ms ({own.Driver / compile.Wall.TotalMilliseconds:P2} of compile wall), " +
                $"{own.Cpu:F0} ms CPU; after the floor {ownAfterFloor.Driver:F1} ms ({ownAfterFloor.Driver / compile.Wall.TotalMilliseconds:P2})"));
        }

        double compileWall = Median(rows.Select(r => r.Compile.Wall.TotalMilliseconds));
        Console.WriteLine();
        Console.WriteLine("| medians over " + repeats.ToString(Inv) + " repeats | ms | share of compile (wall) |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(Inv, $"| compile (bind, diagnostics, emit), wall | {compileWall:F0} | 100 % |"));
        Console.WriteLine(string.Create(Inv, $"| compile, process CPU | {Median(rows.Select(r => r.Compile.Cpu.TotalMilliseconds)):F0} | |"));
        WriteRow("floor generator (FAWMN, name-only), fresh compilation", rows.Select(r => r.Floor.Driver), compileWall);
        WriteRow("catalogue generator, fresh compilation", rows.Select(r => r.Own.Driver), compileWall);
        WriteRow("catalogue generator, compilation already walked by the floor", rows.Select(r => r.OwnAfterFloor.Driver), compileWall);
        Console.WriteLine(string.Create(Inv, $"| ratio catalogue / floor (fresh), per repeat, median | {Median(rows.Select(r => r.Own.Driver / r.Floor.Driver)):F2} × | |"));
        Console.WriteLine();
        Console.WriteLine("Tracked steps of the catalogue generator (fresh compilation), median ms:");
        foreach ((string name, List<double> times) in steps.OrderByDescending(kv => Median(kv.Value)))
        {
            Console.WriteLine(string.Create(Inv, $"  {name}: {Median(times):F2}"));
        }

        return 0;
    }

    private static void WriteRow(string what, IEnumerable<double> times, double compileWall)
    {
        double median = Median(times);
        Console.WriteLine(string.Create(Inv, $"| {what} | {median:F1} | {median / compileWall:P2} |"));
    }

    private static Measured RunDriver(ImmutableArray<SyntaxTree> trees, ImmutableArray<IIncrementalGenerator> generators, bool walkedFirst, Dictionary<string, List<double>>? steps = null)
    {
        CSharpCompilation compilation = CorpusCompilation.Create(trees);
        if (walkedFirst)
        {
            CreateDriver([new FloorGenerator()], track: false).RunGenerators(compilation);
        }

        GeneratorDriver driver = CreateDriver(generators, track: steps is not null);
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        watch.Stop();
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        if (steps is not null)
        {
            foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> runSteps) in driver.GetRunResult().Results.SelectMany(r => r.TrackedSteps))
            {
                if (!steps.TryGetValue(name, out List<double>? list))
                {
                    steps[name] = list = [];
                }

                list.Add(runSteps.Sum(step => step.ElapsedTime.TotalMilliseconds));
            }
        }

        return new Measured(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds, watch.Elapsed.TotalMilliseconds, cpu);
    }

    private static GeneratorDriver CreateDriver(ImmutableArray<IIncrementalGenerator> generators, bool track) => CSharpGeneratorDriver.Create(
        generators.Select(g => g.AsSourceGenerator()),
        parseOptions: BuildParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private readonly record struct Measured(double Driver, double Wall, double Cpu);
}
