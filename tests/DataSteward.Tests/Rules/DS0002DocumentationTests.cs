using System.Globalization;
using System.Text;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Rules;

/// <summary>
/// The examples of docs/rules/DS0002.md are run: each C# block compiles on its own, and reports exactly the flow
/// diagnostics listed in the text block that follows it (in source order), or none when no text block follows.
/// </summary>
public sealed class DS0002DocumentationTests
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < ReadExamples().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void The_page_has_examples_for_every_sink_family()
    {
        List<(string Code, List<string> Expected)> examples = ReadExamples();
        Assert.True(examples.Count(e => e.Expected.Count > 0) >= 9, "expected a non-compliant example per sink family");
        Assert.True(examples.Count(e => e.Expected.Count == 0) >= 9, "expected a compliant example per sink family");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_reports_what_the_page_says(int index)
    {
        (string code, List<string> expected) = ReadExamples()[index];
        Compilation compilation = TestCompilation.Create([code]);
        TestCompilation.AssertCompiles(compilation, $"Example {index} of DS0002.md");
        var diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new PersonalDataFlowAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: false);
        List<string> actual = diagnostics
            .Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(
            expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"Example {index} of DS0002.md:{Environment.NewLine}{code}{Environment.NewLine}reports:{Environment.NewLine}{string.Join(Environment.NewLine, actual)}{Environment.NewLine}but the page says:{Environment.NewLine}{string.Join(Environment.NewLine, expected)}");
    }

    private static List<(string Code, List<string> Expected)> ReadExamples()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "rules", "DS0002.md"));
        var examples = new List<(string, List<string>)>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var code = new StringBuilder();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.AppendLine(lines[i]);
            }

            int next = i + 1;
            while (next < lines.Length && lines[next].Trim().Length == 0)
            {
                next++;
            }

            var expected = new List<string>();
            if (next < lines.Length && lines[next].Trim() == "```text")
            {
                for (next++; next < lines.Length && lines[next].Trim() != "```"; next++)
                {
                    expected.Add(lines[next].Trim());
                }

                i = next;
            }

            examples.Add((code.ToString(), expected));
        }

        return examples;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test binaries holds Analyzers.sln");
    }
}
