using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Rules;

/// <summary>
/// Every C# example of the rule pages compiles and reports exactly what the page says it reports.
/// </summary>
/// <remarks>
/// Conventions, for whoever writes a page:
/// <list type="bullet">
/// <item>Each <c>```csharp</c> block is one example, compiled alone against the test references (framework,
/// ASP.NET Core, the logging libraries, the serialisers, CsvHelper and DataSteward's annotations and runtime).</item>
/// <item>The first <c>```text</c> block after it, before the next <c>```csharp</c> block, lists what it reports:
/// every line of the form <c>DSxxxx: message</c>, in source order of the diagnostics (other lines of the block are
/// prose and ignored). An example followed by no such block must report nothing.</item>
/// <item>Every analyser of DataSteward.Analyzers runs, with the default configuration and the catalogue's MSBuild
/// settings set (except on the DS0209 page, which is about them). DS0100 (info, a member whose
/// name looks personal) is compared on the DS0100 page, and on any other page only for an example whose block shows
/// a DS0100 line; elsewhere DS0100 diagnostics are left out of the comparison.</item>
/// <item>A block preceded by <c>&lt;!-- not compiled: reason --&gt;</c> (blank lines allowed in between) is a
/// fragment and is not compiled; use it sparingly.</item>
/// </list>
/// </remarks>
public sealed partial class RuleDocumentationExamplesTests
{
    private const string HeuristicSuggestion = "DS0100";

    // The per-project count of DS0100 suggestions: compared on its own page only.
    private const string SuggestionSummary = "DS0102";

    private static readonly string[] Pages =
    [
        "DS0001", "DS0002", "DS0003", "DS0004", "DS0005", "DS0006", "DS0100", "DS0101", "DS0102",
        "DS0200", "DS0201", "DS0202", "DS0203", "DS0204", "DS0205", "DS0206", "DS0207", "DS0208", "DS0209",
    ];

    // The examples run in a project configured as the README recommends; DS0209 (a placeholder in the project's
    // catalogue settings) is shown on its own page, where nothing is configured.
    private const string ConfiguredCatalogue = """
        build_property.DataStewardCatalogueBaseUri = https://data.example.org/
        build_property.DataStewardController = Example administration
        build_property.DataStewardDpoContact = mailto:dpo@example.org
        """;

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(LoadAnalyzers);

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (string page in Pages)
        {
            foreach (Example example in ReadExamples(page))
            {
                data.Add(page, example.Index);
            }
        }

        return data;
    }

    [Fact]
    public void Every_analyser_of_the_assembly_runs()
    {
        string[] names = LazyAnalyzers.Value.Select(a => a.GetType().Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Contains(nameof(PersonalDataFlowAnalyzer), names);
        Assert.Contains(nameof(UnkeyedHashAnalyzer), names);
        Assert.Contains(nameof(UnclassifiedPersonalDataAnalyzer), names);
        Assert.Contains("CatalogueAnalyzer", names);
    }

    [Theory]
    [MemberData(nameof(PageNames))]
    public void Page_has_compiled_examples_and_shows_its_own_rule(string page)
    {
        List<Example> examples = ReadExamples(page);
        Assert.True(examples.Count(e => !e.Skipped) >= 2, $"{page}.md has fewer than two compiled C# examples");
        Assert.True(
            examples.Any(e => !e.Skipped && e.Expected.Any(m => m.StartsWith(page + ": ", StringComparison.Ordinal))),
            $"{page}.md has no compiled example that reports {page}");
        Assert.True(
            examples.Any(e => !e.Skipped && e.Expected.Count == 0),
            $"{page}.md has no compiled example that reports nothing");
    }

    public static TheoryData<string> PageNames()
    {
        var data = new TheoryData<string>();
        foreach (string page in Pages)
        {
            data.Add(page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_reports_what_the_page_says(string page, int index)
    {
        Example example = ReadExamples(page)[index];
        if (example.Skipped)
        {
            return;
        }

        string where = $"{page}.md, C# example #{index + 1} (line {example.Line})";
        Compilation compilation = TestCompilation.Create([example.Code]);
        TestCompilation.AssertCompiles(compilation, where);

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            LazyAnalyzers.Value,
            TestCompilation.AnalyzerOptions(page == "DS0209" ? null : ConfiguredCatalogue, compilation.SyntaxTrees.ToArray()));

        bool compareSuggestions = page == HeuristicSuggestion ||
            example.Expected.Any(m => m.StartsWith(HeuristicSuggestion + ": ", StringComparison.Ordinal));
        string[] actual = diagnostics
            .Where(d => compareSuggestions || d.Id != HeuristicSuggestion)
            .Where(d => page == SuggestionSummary || d.Id != SuggestionSummary)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture))
            .ToArray();

        if (!actual.SequenceEqual(example.Expected, StringComparer.Ordinal))
        {
            var message = new StringBuilder();
            message.AppendLine(CultureInfo.InvariantCulture, $"{where} does not report what the page says.");
            message.AppendLine("The page shows:");
            AppendLines(message, example.Expected);
            message.AppendLine("The analysers report:");
            AppendLines(message, actual);
            throw new Xunit.Sdk.XunitException(message.ToString());
        }
    }

    private static void AppendLines(StringBuilder message, IReadOnlyCollection<string> lines)
    {
        if (lines.Count == 0)
        {
            message.AppendLine("  (nothing)");
        }

        foreach (string line in lines)
        {
            message.Append("  ").AppendLine(line);
        }
    }

    private static List<Example> ReadExamples(string page)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", page + ".md")).ReplaceLineEndings("\n");
        var examples = new List<Example>();
        bool textTaken = true;
        foreach (Match block in Block().Matches(text))
        {
            string body = block.Groups["body"].Value;
            if (block.Groups["lang"].Value == "csharp")
            {
                string before = text[..block.Index].TrimEnd();
                bool skipped = before.EndsWith("-->", StringComparison.Ordinal) &&
                    before[before.LastIndexOf("<!--", StringComparison.Ordinal)..].Contains("not compiled:", StringComparison.Ordinal);
                int line = text[..block.Index].Count(c => c == '\n') + 1;
                examples.Add(new Example(examples.Count, line, body, skipped, []));
                textTaken = false;
            }
            else if (!textTaken && examples.Count > 0)
            {
                examples[^1].Expected.AddRange(body.Split('\n').Where(l => DiagnosticLine().IsMatch(l)));
                textTaken = true;
            }
        }

        return examples;
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        Assembly assembly = typeof(PersonalDataFlowAnalyzer).Assembly;
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.OfType<Type>().ToArray();
        }

        return types
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
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

    [GeneratedRegex(@"^DS\d{4}: ")]
    private static partial Regex DiagnosticLine();

    private sealed record Example(int Index, int Line, string Code, bool Skipped, List<string> Expected);
}
