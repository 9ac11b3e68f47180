using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Tests.Robustness;

/// <summary>
/// The sources the robustness tests mutate: every C# test source embedded in this repository's tests (string literals
/// that look like a compilation unit, with their diagnostic markup removed), every file under <c>samples/</c>, and the
/// snippets of <see cref="RobustnessSnippets"/>.
/// </summary>
internal static class RobustnessCorpus
{
    private static readonly Lazy<string> LazyRoot = new(FindRepositoryRoot);

    public static string RepositoryRoot => LazyRoot.Value;

    /// <summary>Test sources found in <c>tests/</c>, by file and literal index, each once.</summary>
    public static IReadOnlyList<(string Origin, string Source)> TestSources()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<(string, string)>();
        foreach (string file in CSharpFiles(Path.Combine(RepositoryRoot, "tests")))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}Robustness{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            int index = 0;
            foreach (SyntaxToken token in root.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) &&
                    !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                {
                    continue;
                }

                string text = token.ValueText;
                if (text.Length < 60 || !(text.Contains("class ", StringComparison.Ordinal) || text.Contains("record ", StringComparison.Ordinal)))
                {
                    continue;
                }

                string source = WithoutMarkup(text);
                if (seen.Add(source))
                {
                    sources.Add(($"{Path.GetRelativePath(RepositoryRoot, file)}#{index++}", source));
                }
            }
        }

        return sources;
    }

    /// <summary>Every C# file of <c>samples/</c> (none yet is fine: the folder is optional).</summary>
    public static IReadOnlyList<(string Origin, string Source)> SampleSources()
    {
        string samples = Path.Combine(RepositoryRoot, "samples");
        return Directory.Exists(samples)
            ? CSharpFiles(samples).Select(f => (Path.GetRelativePath(RepositoryRoot, f), File.ReadAllText(f))).ToArray()
            : [];
    }

    private static string WithoutMarkup(string text)
    {
        try
        {
            return Markup.Parse(text).Source;
        }
        catch (FormatException)
        {
            // Not markup after all (a literal with braces of its own): fine as it is.
            return text;
        }
    }

    private static IEnumerable<string> CSharpFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Analyzers.sln above {AppContext.BaseDirectory}: the robustness tests read the repository's test sources.");
    }
}
