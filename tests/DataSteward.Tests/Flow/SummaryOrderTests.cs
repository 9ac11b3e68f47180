using System.Collections.Immutable;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Flow;

/// <summary>
/// A diagnostic must not depend on what else is in the compilation nor on the order in which documents and methods
/// are analysed: summaries of recursive methods are solved as a group, and only complete summaries are cached.
/// </summary>
public sealed class SummaryOrderTests
{
    private const string Helpers = """
        namespace Shared;

        public static class H
        {
            public static string A(string x, bool c) => c ? x : B(x, c);
            public static string B(string x, bool c) => A(x, !c);
        }

        public static class Chain
        {
            public static string Step0(string v) => Step1(v);
            public static string Step1(string v) => Step2(v);
            public static string Step2(string v) => Step3(v);
            public static string Step3(string v) => Step4(v);
            public static string Step4(string v) => Step5(v);
            public static string Step5(string v) => Step6(v);
            public static string Step6(string v) => v.Trim();
        }

        public static class Forward
        {
            public static void Ping(Microsoft.Extensions.Logging.ILogger logger, string text, int n)
            {
                if (n > 0) { Pong(logger, text, n - 1); }
            }

            public static void Pong(Microsoft.Extensions.Logging.ILogger logger, string text, int n)
            {
                if (n > 0) { Ping(logger, text, n - 1); } else { Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, text); }
            }
        }
        """;

    private const string Person = """
        using DataSteward;

        namespace Shared;

        public sealed class Person
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; set; } = "";
        }
        """;

    private const string CallsB = """
        using Microsoft.Extensions.Logging;
        using Shared;

        namespace Sites;

        public sealed class UsesB(ILogger logger)
        {
            public void Run(Person p) => logger.LogInformation("Value {V}", {|DS0001:H.B(p.Email, true)|});
        }
        """;

    private const string CallsA = """
        using Microsoft.Extensions.Logging;
        using Shared;

        namespace Sites;

        public sealed class UsesA(ILogger logger)
        {
            public void Run(Person p) => logger.LogInformation("Value {V}", {|DS0001:H.A(p.Email, true)|});
        }
        """;

    private const string CallsChainAndForward = """
        using Microsoft.Extensions.Logging;
        using Shared;

        namespace Sites;

        public sealed class UsesChain(ILogger logger)
        {
            public void Early(Person p) => logger.LogInformation("Value {V}", {|DS0001:Chain.Step4(p.Email)|});

            public void Late(Person p) => logger.LogInformation("Value {V}", {|DS0001:Chain.Step0(p.Email)|});

            public void Relay(Person p) => Forward.Pong(logger, {|DS0001:p.Email|}, 3);

            public void Relay2(Person p) => Forward.Ping(logger, {|DS0001:p.Email|}, 2);

            public void Clean(Person p) => logger.LogInformation("Value {V}", H.B("constant", true));
        }
        """;

    private static readonly string[] Messages =
    [
        "'Person.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
    ];

    [Fact]
    public async Task The_issue_example_is_reported_at_both_call_sites_whatever_the_order_of_the_files()
    {
        // The verifier also analyses each document alone on a fresh copy of the compilation (as if it came first).
        foreach (string[] order in new[] { new[] { CallsB, CallsA }, new[] { CallsA, CallsB } })
        {
            var test = new AnalyzerTest(new PersonalDataFlowAnalyzer());
            test.Sources.AddRange(order);
            test.Sources.Add(Helpers);
            test.Sources.Add(Person);
            test.ExpectedMessages.Add(Messages[0]);
            test.ExpectedMessages.Add(Messages[0]);
            await test.RunAsync();
        }
    }

    [Fact]
    public async Task The_example_alone_is_reported_as_when_it_shares_the_compilation()
    {
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer());
        test.Sources.Add(CallsB);
        test.Sources.Add(Helpers);
        test.Sources.Add(Person);
        test.ExpectedMessages.Add(Messages[0]);
        await test.RunAsync();
    }

    [Fact]
    public async Task Deep_chains_and_mutually_recursive_helpers_are_reported_in_any_order()
    {
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer());
        test.Sources.Add(CallsChainAndForward);
        test.Sources.Add(Helpers);
        test.Sources.Add(Person);
        test.ExpectedMessages.Add(Messages[0]);
        test.ExpectedMessages.Add(Messages[0]);
        test.ExpectedMessages.Add("'Person.Email' (personal data: contact) is written to a log by 'Forward.Pong → LoggerExtensions.LogInformation' without pseudonymisation");
        test.ExpectedMessages.Add("'Person.Email' (personal data: contact) is written to a log by 'Forward.Ping → LoggerExtensions.LogInformation' without pseudonymisation");
        await test.RunAsync();
    }

    [Fact]
    public async Task Every_order_of_the_trees_sequential_and_concurrent_gives_identical_diagnostics()
    {
        string[] sources = [Markup.Parse(CallsB).Source, Markup.Parse(CallsA).Source, Markup.Parse(CallsChainAndForward).Source, Helpers, Person];
        string? baseline = null;
        var seen = new List<string>();
        foreach (int[] permutation in Permutations(sources.Length).Where((_, i) => i % 7 == 0))
        {
            foreach (bool concurrent in new[] { false, true })
            {
                // A fresh compilation per run: cold caches, filled in this run's order.
                CSharpCompilation compilation = TestCompilation.Create(permutation.Select(i => sources[i]).ToArray());
                string described = await DescribeAsync(compilation, concurrent);
                baseline ??= described;
                seen.Add(described);
                Assert.Equal(baseline, described);
            }
        }

        Assert.True(seen.Count >= 30, $"only {seen.Count} runs");
        Assert.Equal(6, baseline!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static async Task<string> DescribeAsync(Compilation compilation, bool concurrent)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataFlowAnalyzer());
        CompilationWithAnalyzers run = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()),
            onAnalyzerException: null,
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> diagnostics = await run.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        // Files are named by content, not by position, so runs with other orders compare equal.
        return string.Join("\n", diagnostics
            .Select(d => $"{FirstTypeName(d.Location.SourceTree!)}{d.Location.GetLineSpan().Span} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal));
    }

    private static string FirstTypeName(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().First().Identifier.ValueText;

    private static IEnumerable<int[]> Permutations(int count)
    {
        int[] items = Enumerable.Range(0, count).ToArray();
        return Permute(items, 0);

        static IEnumerable<int[]> Permute(int[] items, int start)
        {
            if (start == items.Length)
            {
                yield return (int[])items.Clone();
                yield break;
            }

            for (int i = start; i < items.Length; i++)
            {
                (items[start], items[i]) = (items[i], items[start]);
                foreach (int[] permutation in Permute(items, start + 1))
                {
                    yield return permutation;
                }

                (items[start], items[i]) = (items[i], items[start]);
            }
        }
    }
}
