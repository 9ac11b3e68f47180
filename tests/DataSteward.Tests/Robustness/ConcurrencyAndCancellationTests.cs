using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DataSteward.Tests.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace DataSteward.Tests.Robustness;

/// <summary>The analysers under concurrent execution (same answers every time) and under cancellation (they stop).</summary>
public sealed class ConcurrencyAndCancellationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Concurrent_analysis_repeated_gives_the_sequential_result_every_time()
    {
        CSharpCompilationFactory corpus = CSharpCompilationFactory.Copies(8);
        Compilation compilation = corpus.Create();
        TestCompilation.AssertCompiles(compilation, "The concurrency corpus");

        string[] sequential = await DescribeAsync(compilation, concurrent: false);
        Assert.True(sequential.Length >= 20, $"The corpus produces only {sequential.Length} diagnostics: too few to compare runs.");
        Assert.Contains(sequential, d => d.Contains(" DS0001:", StringComparison.Ordinal));
        Assert.Contains(sequential, d => d.Contains(" DS0003:", StringComparison.Ordinal));

        for (int run = 0; run < 5; run++)
        {
            // The same compilation (warm caches, shared per-compilation state) and a fresh one (cold caches, racing to fill them).
            Compilation subject = run % 2 == 0 ? compilation : corpus.Create();
            string[] concurrent = await DescribeAsync(subject, concurrent: true);
            Assert.True(sequential.SequenceEqual(concurrent),
                $"Run {run} with concurrent analysis differs from the sequential run:{Environment.NewLine}" +
                $"only sequential: {string.Join(" | ", sequential.Except(concurrent).Take(5))}{Environment.NewLine}" +
                $"only concurrent: {string.Join(" | ", concurrent.Except(sequential).Take(5))}");
        }

        output.WriteLine($"{sequential.Length} diagnostics, identical over 5 concurrent runs.");
    }

    [Fact]
    public async Task Cancelled_analysis_returns_promptly()
    {
        Compilation compilation = CSharpCompilationFactory.Copies(40).Create();
        // Bind first, so the time after the cancellation is the analysers' own, not the compiler's.
        TestCompilation.AssertCompiles(compilation, "The cancellation corpus");

        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(RobustnessHarness.Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false));

        using var cancellation = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        TimeSpan cancelledAt = TimeSpan.Zero;
        using CancellationTokenRegistration registration = cancellation.Token.Register(() => cancelledAt = watch.Elapsed);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));

        Task<ImmutableArray<Diagnostic>> analysis = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token);
        Exception? thrown = await Record.ExceptionAsync(() => analysis.WaitAsync(TimeSpan.FromSeconds(60)));
        watch.Stop();

        Assert.False(thrown is null, "The analysis finished before it was cancelled: the corpus is too small for this test.");
        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        TimeSpan afterCancel = watch.Elapsed - cancelledAt;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{compilation.SyntaxTrees.Count()} files; cancelled at {cancelledAt.TotalMilliseconds:F0} ms, returned {afterCancel.TotalMilliseconds:F0} ms later."));
        Assert.True(afterCancel < TimeSpan.FromSeconds(2), $"The analysis returned {afterCancel.TotalMilliseconds:F0} ms after cancellation (bound 2,000 ms).");
        Assert.Empty(exceptions);
    }

    private static async Task<string[]> DescribeAsync(Compilation compilation, bool concurrent)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(RobustnessHarness.Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return AnalyzerRun.Sort(diagnostics)
            .Select(d => $"{d.Location.SourceTree?.FilePath}{d.Location.GetLineSpan().Span} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToArray();
    }

    /// <summary>Copies of the compiling snippets, each copy in its own namespaces, plus the shared flow-test models.</summary>
    private sealed class CSharpCompilationFactory(IReadOnlyList<string> sources)
    {
        public static CSharpCompilationFactory Copies(int copies)
        {
            var sources = new List<string> { Models.Source };
            for (int copy = 0; copy < copies; copy++)
            {
                foreach ((string name, string source) in RobustnessSnippets.Compiling)
                {
                    // One assembly-level catalogue attribute per compilation.
                    if (copy > 0 && source.Contains("[assembly:", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    sources.Add(source.Replace("namespace Snippets.", $"namespace Snippets.Copy{copy}.", StringComparison.Ordinal));
                }
            }

            return new CSharpCompilationFactory(sources);
        }

        public Compilation Create() => TestCompilation.Create(sources);
    }
}
