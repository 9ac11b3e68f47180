using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using DataSteward.Analyzers.Rules;
using DataSteward.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// Issue 4's stress case: serialising the root of a graph of <c>types</c> classes, each referencing three others
/// (cycles included) and holding one personal member, from <c>calls</c> call sites. Prints the analysis time as a
/// share of the compile time of the same code, measured in one process.
/// </summary>
internal static class DeepGraphRunner
{
    public static async Task<int> RunAsync(int types, int calls)
    {
        var source = new StringBuilder("using System.Text.Json;\nusing DataSteward;\nnamespace Graph;\n");
        for (int i = 0; i < types; i++)
        {
            source.Append("public sealed class Node").Append(i).Append(" {\n")
                .Append("    [PersonalData(PersonalDataKind.ContactDetails)] public string Email").Append(i).Append(" { get; set; } = \"\";\n");
            foreach (int next in new[] { (i + 1) % types, (i * 7 + 3) % types, i / 2 }.Distinct())
            {
                source.Append("    public Node").Append(next).Append("? Link").Append(next).Append(" { get; set; }\n");
            }

            source.Append("}\n");
        }

        source.Append("public static class Exporter {\n");
        for (int i = 0; i < calls; i++)
        {
            source.Append("    public static string Export").Append(i).Append("(Node0 root) => JsonSerializer.Serialize(root);\n");
        }

        source.Append("}\n");
        SyntaxTree tree = CorpusCompilation.Parse(new Corpus.CorpusFile("/graph/Graph.cs", source.ToString()));

        var compile = Stopwatch.StartNew();
        Compilation compilation = CorpusCompilation.Create([tree], "DeepGraph");
        ImmutableArray<Diagnostic> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        compile.Stop();
        if (!errors.IsEmpty)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, errors));
            return 1;
        }

        var analyse = Stopwatch.StartNew();
        ImmutableArray<Diagnostic> reported = await compilation
            .WithAnalyzers([new PersonalDataFlowAnalyzer()])
            .GetAnalyzerDiagnosticsAsync()
            .ConfigureAwait(false);
        analyse.Stop();

        Console.WriteLine($"| types | call sites | compile (ms) | flow analysis (ms) | analysis / compile | DS0002 reported |");
        Console.WriteLine($"|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {types} | {calls} | {compile.ElapsedMilliseconds:N0} | {analyse.ElapsedMilliseconds:N0} | {(double)analyse.ElapsedMilliseconds / Math.Max(1, compile.ElapsedMilliseconds):0.00} | {reported.Count(d => d.Id == "DS0002")} |");
        Console.WriteLine(reported.FirstOrDefault(d => d.Id == "DS0002")?.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        return reported.Count(d => d.Id == "DS0002") == calls ? 0 : 1;
    }
}
