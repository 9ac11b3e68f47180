using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Verification;

/// <summary>
/// One analyser test: sources with markup, optional <c>.editorconfig</c> lines and expected messages.
/// The run fails when the source does not compile, when an analyser throws, when per-document analysis
/// disagrees with whole-compilation analysis, or when the reported diagnostics (id, span, and message
/// where given) differ from the markup. The failure shows the source annotated with what was reported.
/// A test whose markup expects nothing fails too, unless <see cref="NoControlLineBecause"/> says why: "nothing
/// reported" proves nothing when the rule could not have reported anything in that compilation, so such a test
/// carries a control line, in the same compilation, that must be reported.
/// </summary>
public sealed class AnalyzerTest
{
    public AnalyzerTest(params DiagnosticAnalyzer[] analyzers)
    {
        Analyzers = [.. analyzers];
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>The sources, with markup. The first one is <c>/0/Test0.cs</c>.</summary>
    public List<string> Sources { get; } = [];

    /// <summary><c>key = value</c> lines applied to every file, as a <c>[*.cs]</c> section would.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Expected messages, in source order of the markup spans. Empty: messages are not checked.</summary>
    public List<string> ExpectedMessages { get; } = [];

    /// <summary>The id that <c>[|…|]</c> stands for; defaults to the analysers' only id.</summary>
    public string? DefaultId { get; set; }

    /// <summary>Ids that are reported but not under test (checked neither way).</summary>
    public HashSet<string> IgnoredIds { get; } = new(StringComparer.Ordinal);

    public List<MetadataReference> ExtraReferences { get; } = [];

    public bool CheckPerDocument { get; set; } = true;

    /// <summary>
    /// Why this test expects no diagnostic and has no control line (for example: the compilation has no
    /// DataSteward reference, so no rule can run). Null: a test that expects nothing fails.
    /// </summary>
    public string? NoControlLineBecause { get; set; }

    internal const string ControlLineRequired =
        "A test that expects nothing needs a control line that must be reported (in the same compilation), " +
        "or NoControlLineBecause saying why there can be none.";

    public async Task<ImmutableArray<Diagnostic>> RunAsync(CancellationToken cancellationToken = default)
    {
        Markup[] markups = Sources.Select(Markup.Parse).ToArray();
        Compilation compilation = TestCompilation.Create(markups.Select(m => m.Source).ToArray(), ExtraReferences);
        TestCompilation.AssertCompiles(compilation);

        ImmutableArray<Diagnostic> reported = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            Analyzers,
            TestCompilation.AnalyzerOptions(EditorConfig, compilation.SyntaxTrees.ToArray()),
            CheckPerDocument,
            cancellationToken).ConfigureAwait(false);

        var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<Diagnostic> relevant = reported
            .Where(d => supported.Contains(d.Id) && !IgnoredIds.Contains(d.Id))
            .ToImmutableArray();

        AssertHasControlLine(markups, compilation, relevant);
        Compare(markups, compilation, relevant, supported);
        return relevant;
    }

    private void AssertHasControlLine(Markup[] markups, Compilation compilation, ImmutableArray<Diagnostic> actual)
    {
        bool expectsSomething = markups.Any(m => m.Spans.Count > 0);
        if (NoControlLineBecause is not null)
        {
            if (string.IsNullOrWhiteSpace(NoControlLineBecause))
            {
                throw new VerificationException("NoControlLineBecause needs a reason, not an empty string.");
            }

            if (expectsSomething)
            {
                throw new VerificationException("NoControlLineBecause is set, but the markup expects diagnostics: remove it.");
            }
        }
        else if (!expectsSomething)
        {
            throw new VerificationException(Explain(compilation, actual, ControlLineRequired));
        }
    }

    private void Compare(Markup[] markups, Compilation compilation, ImmutableArray<Diagnostic> actual, HashSet<string> supported)
    {
        string? defaultId = DefaultId ?? (supported.Count == 1 ? supported.Single() : null);
        var expected = new List<(string Path, string Id, Microsoft.CodeAnalysis.Text.TextSpan Span)>();
        for (int file = 0; file < markups.Length; file++)
        {
            foreach (ExpectedSpan span in markups[file].Spans)
            {
                string id = span.Id ?? defaultId
                    ?? throw new VerificationException("[|…|] markup needs DefaultId when the analysers report several ids; write {|DSxxxx:…|}.");
                expected.Add((TestCompilation.FilePath(file), id, span.Span));
            }
        }

        var expectedKeys = expected.Select(e => $"{e.Path}@{e.Span} {e.Id}").ToList();
        var actualKeys = actual.Select(d => $"{d.Location.SourceTree?.FilePath}@{d.Location.SourceSpan} {d.Id}").ToList();
        bool spansMatch = expectedKeys.Order(StringComparer.Ordinal).SequenceEqual(actualKeys.Order(StringComparer.Ordinal));
        bool messagesMatch = true;
        if (spansMatch && ExpectedMessages.Count > 0)
        {
            string[] actualMessages = actual.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
            messagesMatch = ExpectedMessages.SequenceEqual(actualMessages, StringComparer.Ordinal);
        }

        if (!spansMatch || !messagesMatch)
        {
            throw new VerificationException(Explain(compilation, actual, spansMatch ? "Messages differ." : "Diagnostics differ."));
        }
    }

    private string Explain(Compilation compilation, ImmutableArray<Diagnostic> actual, string headline)
    {
        var text = new StringBuilder();
        text.AppendLine(headline);
        text.AppendLine("Expected (markup):");
        foreach (string source in Sources)
        {
            text.AppendLine(source);
        }

        if (ExpectedMessages.Count > 0)
        {
            text.AppendLine("Expected messages:");
            foreach (string message in ExpectedMessages)
            {
                text.AppendLine("  " + message);
            }
        }

        text.AppendLine("Actual (the source annotated with what was reported):");
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            text.AppendLine(Annotate(tree, actual.Where(d => d.Location.SourceTree == tree)));
        }

        text.AppendLine("Actual messages:");
        foreach (Diagnostic diagnostic in actual)
        {
            text.AppendLine("  " + AnalyzerRun.Describe(diagnostic));
        }

        return text.ToString();
    }

    internal static string Annotate(SyntaxTree tree, IEnumerable<Diagnostic> diagnostics)
    {
        string source = tree.GetText().ToString();
        var inserts = new List<(int Position, int Order, string Text)>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            inserts.Add((span.Start, 1, "{|" + diagnostic.Id + ":"));
            inserts.Add((span.End, 0, "|}"));
        }

        var builder = new StringBuilder(source);
        foreach (var insert in inserts.OrderByDescending(i => i.Position).ThenBy(i => i.Order))
        {
            builder.Insert(insert.Position, insert.Text);
        }

        return builder.ToString();
    }
}
