using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DataSteward.Benchmarks.Infrastructure;
using DataSteward.Benchmarks.Quick;
using Microsoft.CodeAnalysis;

namespace DataSteward.Benchmarks.Benchmarks;

/// <summary>
/// The catalogue generator: a full run over 500 <c>[Dataset]</c> types, and the incremental run after an edit inside
/// a method body (each invocation switches between two versions of that body, so every run follows an edit).
/// With no generator in DataSteward.Analyzers both benchmarks measure an empty driver and say so at setup.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorSetup _setup = null!;
    private GeneratorDriver _driver = null!;
    private Compilation _editA = null!;
    private Compilation _editB = null!;
    private bool _toggle;

    [Params(500)]
    public int Datasets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ImmutableArray<IIncrementalGenerator> generators = AnalyzerSets.Generators();
        if (generators.IsEmpty)
        {
            Console.WriteLine("// No IIncrementalGenerator in DataSteward.Analyzers yet: the generator benchmarks measure an empty driver.");
        }

        _setup = GeneratorSetup.Create(Datasets, 20261123, generators);
        _editA = _setup.Edited(1);
        _editB = _setup.Edited(2);
        _driver = _setup.CreateDriver().RunGenerators(_editA);
    }

    [Benchmark]
    public GeneratorDriver FullRun() => _setup.CreateDriver().RunGenerators(_setup.Compilation);

    [Benchmark]
    public GeneratorDriver NoOpAfterMethodBodyEdit()
    {
        _toggle = !_toggle;
        _driver = _driver.RunGenerators(_toggle ? _editB : _editA);
        return _driver;
    }
}
