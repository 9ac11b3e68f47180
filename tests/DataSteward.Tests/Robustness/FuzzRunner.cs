using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit.Abstractions;

namespace DataSteward.Tests.Robustness;

/// <summary>Runs mutated cases through <see cref="RobustnessHarness"/> and fails with every failing case, printed whole.</summary>
internal static class FuzzRunner
{
    /// <summary>Per case. Generous: the machines running the tests are shared and slow; a real hang is unbounded.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static async Task RunAsync(IReadOnlyList<MutatedCase> cases, ITestOutputHelper output)
    {
        Assert.NotEmpty(cases);
        var failures = new ConcurrentBag<(int Index, string Text)>();
        // Warm-up, unbounded: the first case pays for loading the references and JIT-compiling Roslyn, not a hang.
        await RobustnessHarness.RunAsync("class Warm { }", null, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            cases.Select((c, i) => (Case: c, Index: i)),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (item, _) =>
            {
                // Every third case runs with option values a user might get wrong.
                string? editorConfig = item.Index % 3 == 2 ? RobustnessHarness.HostileEditorConfig : null;
                string? failure = await RobustnessHarness.RunAsync(item.Case.Source, editorConfig, Bound, perDocument: item.Index % 2 == 1).ConfigureAwait(false);
                if (failure is not null)
                {
                    failures.Add((item.Index, RobustnessHarness.Describe(item.Case, (editorConfig is null ? "" : "(hostile .editorconfig) ") + failure)));
                }
            }).ConfigureAwait(false);
        watch.Stop();

        output.WriteLine($"{cases.Count} cases in {watch.Elapsed.TotalSeconds:F1} s; {RobustnessHarness.Analyzers.Length} analysers, {RobustnessHarness.CodeFixes.Length} code fixes, {RobustnessHarness.Generators.Length} generators.");
        if (!failures.IsEmpty)
        {
            string report = string.Join(Environment.NewLine, failures.OrderBy(f => f.Index).Take(10).Select(f => f.Text));
            Assert.Fail($"{failures.Count} of {cases.Count} cases failed (first 10 below; each names its origin and mutation):{Environment.NewLine}{report}");
        }
    }
}
