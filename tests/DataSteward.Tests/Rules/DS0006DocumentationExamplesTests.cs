using System.Globalization;
using System.Text.RegularExpressions;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Rules;

/// <summary>
/// The C# examples of docs/rules/DS0006.md compile and report exactly the messages the page shows after them
/// (a <c>text</c> block of <c>DS0006: …</c> lines); an example without such a block reports nothing.
/// </summary>
public sealed partial class DS0006DocumentationExamplesTests
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
    public void The_page_has_reported_and_clean_examples()
    {
        List<(string Code, List<string> Messages)> examples = ReadExamples();
        Assert.True(examples.Count >= 5);
        Assert.Contains(examples, e => e.Messages.Count > 0);
        Assert.Contains(examples, e => e.Messages.Count == 0);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_reports_what_the_page_says(int index)
    {
        (string code, List<string> expected) = ReadExamples()[index];
        Compilation compilation = TestCompilation.Create([code]);
        TestCompilation.AssertCompiles(compilation, $"Example {index} of DS0006.md");
        var diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new UnkeyedHashAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()));
        string[] actual = diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture))
            .ToArray();
        Assert.Equal(expected, actual);
    }

    private static List<(string Code, List<string> Messages)> ReadExamples()
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "DS0006.md")).ReplaceLineEndings("\n");
        var examples = new List<(string Code, List<string> Messages)>();
        foreach (Match block in Block().Matches(page))
        {
            string body = block.Groups["body"].Value;
            if (block.Groups["lang"].Value == "csharp")
            {
                examples.Add((body, []));
            }
            else if (examples.Count > 0)
            {
                examples[^1].Messages.AddRange(body.Split('\n').Where(line => line.StartsWith("DS0006: ", StringComparison.Ordinal)));
            }
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

        throw new InvalidOperationException("No folder above the tests holds Analyzers.sln");
    }

    [GeneratedRegex("```(?<lang>csharp|text)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
