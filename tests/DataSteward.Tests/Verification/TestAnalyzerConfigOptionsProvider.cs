using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Verification;

/// <summary>
/// The options a test passes as <c>.editorconfig</c> lines, read by the compiler's own parser
/// (<see cref="AnalyzerConfig.Parse(string, string?)"/>), so comments, separators and escaping behave as in a build.
/// Lines without a section header go into a <c>[*.cs]</c> section of <c>/0/.editorconfig</c> and, as MSBuild's
/// <c>build_property</c> lines do, into a global configuration too; a text with its own section headers is used as is.
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string EditorConfigPath = "/0/.editorconfig";
    private const string GlobalConfigPath = "/0/.globalconfig";

    private readonly AnalyzerConfigSet set;
    private readonly DictionaryOptions global;
    private readonly Dictionary<string, DictionaryOptions> perPath = new(StringComparer.Ordinal);

    public TestAnalyzerConfigOptionsProvider(string? editorConfig, IReadOnlyList<SyntaxTree> trees)
    {
        string text = editorConfig ?? string.Empty;
        bool hasSections = text.Split('\n').Any(line => line.TrimStart().StartsWith('['));
        var configs = new List<AnalyzerConfig>
        {
            AnalyzerConfig.Parse(hasSections ? "root = true\n" + text : "root = true\n[*.cs]\n" + text, EditorConfigPath),
        };
        if (!hasSections)
        {
            configs.Add(AnalyzerConfig.Parse("is_global = true\n" + text, GlobalConfigPath));
        }

        set = AnalyzerConfigSet.Create(configs, out ImmutableArray<Diagnostic> diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new FormatException("The test's .editorconfig is not valid: " + string.Join("; ", diagnostics));
        }

        global = new DictionaryOptions(set.GlobalConfigOptions.AnalyzerOptions);
        foreach (SyntaxTree tree in trees)
        {
            perPath[tree.FilePath] = new DictionaryOptions(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
        perPath.TryGetValue(tree.FilePath, out DictionaryOptions? options)
            ? options
            : new DictionaryOptions(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new DictionaryOptions(set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
