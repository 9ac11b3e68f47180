using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Infrastructure;
using DataSteward.Benchmarks.Quick;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Benchmarks.Benchmarks;

/// <summary>Compile a corpus without analysers (the baseline), with DataSteward's, and with the SDK's NetAnalyzers.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<DiagnosticAnalyzer> _dataSteward;
    private ImmutableArray<DiagnosticAnalyzer> _netAnalyzers;

    [Params(250, 500, 1000, 2000, 4000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trees = CorpusCompilation.Parse(CorpusGenerator.Generate(Files).Files);
        _dataSteward = AnalyzerSets.DataSteward();
        _netAnalyzers = AnalyzerSets.NetAnalyzers;
    }

    [Benchmark(Baseline = true)]
    public TimeSpan Compile() => CompileMeasurement.CompileOnly(_trees).Wall;

    [Benchmark]
    public async Task<TimeSpan> CompileWithDataSteward() =>
        (await CompileMeasurement.CompileWithAsync(_trees, _dataSteward).ConfigureAwait(false)).AnalyzerTime;

    [Benchmark]
    public async Task<TimeSpan> CompileWithNetAnalyzers() =>
        (await CompileMeasurement.CompileWithAsync(_trees, _netAnalyzers).ConfigureAwait(false)).AnalyzerTime;
}
