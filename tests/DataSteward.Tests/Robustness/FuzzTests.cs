using Xunit.Abstractions;

namespace DataSteward.Tests.Robustness;

/// <summary>Half-written and realistic snippets, cut and mangled: a diagnostic or silence, never an exception or a hang.</summary>
public sealed class SnippetFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void The_harness_sees_every_analyser_and_code_fix()
    {
        Assert.Contains(RobustnessHarness.Analyzers, a => a.GetType().Name == "PersonalDataFlowAnalyzer");
        Assert.Contains(RobustnessHarness.Analyzers, a => a.GetType().Name == "UnclassifiedPersonalDataAnalyzer");
        Assert.Contains(RobustnessHarness.CodeFixes, f => f.GetType().Name == "ClassifyMemberFix");
    }

    [Fact]
    public async Task The_harness_reports_an_analyser_that_throws_or_hangs()
    {
        // The harness itself must be able to fail: a clean source passes, and a thrown or stuck analyser is caught by the
        // same path the fuzz cases go through.
        Assert.Null(await RobustnessHarness.RunAsync("class Fine { }", null, FuzzRunner.Bound));
        string? thrown = await HarnessProbes.ThrowingAsync();
        Assert.NotNull(thrown);
        Assert.Contains("AD0001", thrown, StringComparison.Ordinal);
        string? stuck = await HarnessProbes.SpinningAsync();
        Assert.NotNull(stuck);
        Assert.StartsWith("HANG", stuck, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Half_written_attributes_and_code_never_crash()
    {
        var cases = RobustnessSnippets.HalfWritten
            .SelectMany((s, i) => SourceMutator.Mutate($"half-written:{s.Name}", s.Source, cuts: 12, holes: 4, tokenEdits: 10, seed: 1000 + i))
            .ToList();
        await FuzzRunner.RunAsync(cases, output);
    }

    [Fact]
    public async Task Realistic_snippets_cut_and_mangled_never_crash()
    {
        var cases = RobustnessSnippets.Compiling
            .SelectMany((s, i) => SourceMutator.Mutate($"snippet:{s.Name}", s.Source, cuts: 6, holes: 2, tokenEdits: 5, seed: 2000 + i))
            .ToList();
        await FuzzRunner.RunAsync(cases, output);
    }
}

/// <summary>Every test source of the repository and every sample, cut and mangled.</summary>
public sealed class RepositorySourceFuzzTests(ITestOutputHelper output)
{
    private const int CaseBudget = 400;

    [Fact]
    public async Task Test_sources_and_samples_cut_and_mangled_never_crash()
    {
        var sources = RobustnessCorpus.TestSources().Concat(RobustnessCorpus.SampleSources()).ToList();
        Assert.True(sources.Count >= 10, $"Only {sources.Count} test sources found under {RobustnessCorpus.RepositoryRoot}: the search for them is broken.");
        // A budget of cases, spread over however many sources the repository has, so the test's time stays bounded as
        // tests are added: every source runs unchanged, cut and token-edited at least once.
        int perSource = Math.Clamp(CaseBudget / sources.Count, 3, 8);
        int cuts = Math.Max(1, perSource / 2);
        int tokenEdits = Math.Max(1, perSource - 1 - cuts - 1);
        var cases = sources
            .SelectMany((s, i) => SourceMutator.Mutate(s.Origin, s.Source, cuts, holes: 1, tokenEdits, seed: 3000 + i))
            .ToList();
        output.WriteLine($"{sources.Count} sources.");
        await FuzzRunner.RunAsync(cases, output);
    }
}
