using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.Verification;

/// <summary>
/// One code-fix test: the analyser finds the diagnostics in <see cref="Source"/>, the fix is applied
/// (one diagnostic at a time until none is left, then again with Fix All) and each result must equal
/// <see cref="FixedSource"/> and compile. The source may carry diagnostic markup; it is checked too.
/// A test that expects no fix must mark a diagnostic the fix handles: the absence of a fix then cannot be
/// the mere absence of a diagnostic.
/// </summary>
public sealed class CodeFixTest
{
    private const int MaxIterations = 50;

    public CodeFixTest(DiagnosticAnalyzer analyzer, CodeFixProvider fix)
    {
        Analyzer = analyzer;
        Fix = fix;
    }

    public DiagnosticAnalyzer Analyzer { get; }

    public CodeFixProvider Fix { get; }

    public string Source { get; set; } = string.Empty;

    /// <summary>The expected result; null when the test asserts that no fix is offered.</summary>
    public string? FixedSource { get; set; }

    /// <summary>Which offered fix to apply, by equivalence key; null: the first one offered.</summary>
    public string? EquivalenceKey { get; set; }

    public string? EditorConfig { get; set; }

    public bool TestFixAll { get; set; } = true;

    public FixAllScope FixAllScope { get; set; } = FixAllScope.Document;

    internal const string FixableDiagnosticRequired =
        "A test that expects no fix needs a diagnostic the fix handles, marked in the source, so that the absence " +
        "of a fix is not the absence of a diagnostic.";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        Markup markup = Markup.Parse(Source);
        if (FixedSource is null && !MarksFixableDiagnostic(markup))
        {
            throw new VerificationException(FixableDiagnosticRequired);
        }

        var analyzerTest = new AnalyzerTest(Analyzer) { EditorConfig = EditorConfig, CheckPerDocument = false };
        analyzerTest.Sources.Add(Source);
        if (markup.Spans.Count > 0)
        {
            await analyzerTest.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        string source = markup.Source;
        if (FixedSource is null)
        {
            await AssertNoFixOfferedAsync(source, cancellationToken).ConfigureAwait(false);
            return;
        }

        string oneByOne = await ApplyOneByOneAsync(source, cancellationToken).ConfigureAwait(false);
        AssertSame(FixedSource, oneByOne, "Applying the fix diagnostic by diagnostic");

        if (TestFixAll)
        {
            string fixAll = await ApplyFixAllAsync(source, cancellationToken).ConfigureAwait(false);
            AssertSame(FixedSource, fixAll, $"Fix All ({FixAllScope})");
        }
    }

    private bool MarksFixableDiagnostic(Markup markup)
    {
        string[] supported = Analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToArray();
        string? defaultId = supported.Length == 1 ? supported[0] : null;
        return markup.Spans.Any(span => (span.Id ?? defaultId) is { } id && Fix.FixableDiagnosticIds.Contains(id));
    }

    private async Task AssertNoFixOfferedAsync(string source, CancellationToken cancellationToken)
    {
        Document document = CreateDocument(source);
        foreach (Diagnostic diagnostic in await GetFixableDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false))
        {
            ImmutableArray<CodeAction> actions = await GetActionsAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            if (!actions.IsEmpty)
            {
                throw new VerificationException($"Expected no fix for {diagnostic}, but '{actions[0].Title}' was offered.");
            }
        }
    }

    private async Task<string> ApplyOneByOneAsync(string source, CancellationToken cancellationToken)
    {
        Document document = CreateDocument(source);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            ImmutableArray<Diagnostic> diagnostics = await GetFixableDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false);
            CodeAction? chosen = null;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (seen.Contains(AnalyzerRun.Describe(diagnostic)))
                {
                    continue;
                }

                chosen = Choose(await GetActionsAsync(document, diagnostic, cancellationToken).ConfigureAwait(false));
                seen.Add(AnalyzerRun.Describe(diagnostic));
                if (chosen is not null)
                {
                    break;
                }
            }

            if (chosen is null)
            {
                return await TextOfAsync(document, cancellationToken).ConfigureAwait(false);
            }

            document = await ApplyAsync(document, chosen, cancellationToken).ConfigureAwait(false);
            seen.Clear();
        }

        throw new VerificationException($"The fix was still offered after {MaxIterations} applications.");
    }

    private async Task<string> ApplyFixAllAsync(string source, CancellationToken cancellationToken)
    {
        Document document = CreateDocument(source);
        FixAllProvider fixAllProvider = Fix.GetFixAllProvider()
            ?? throw new VerificationException($"{Fix.GetType().Name} has no Fix All provider.");
        ImmutableArray<Diagnostic> diagnostics = await GetFixableDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false);
        CodeAction? first = null;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            first = Choose(await GetActionsAsync(document, diagnostic, cancellationToken).ConfigureAwait(false));
            if (first is not null)
            {
                break;
            }
        }

        if (first is null)
        {
            throw new VerificationException("Fix All: no fix is offered for any diagnostic.");
        }

        var context = new FixAllContext(
            document,
            Fix,
            FixAllScope,
            first.EquivalenceKey,
            Fix.FixableDiagnosticIds,
            new AnalyzerDiagnosticProvider(this),
            cancellationToken);
        CodeAction? fixAll = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false)
            ?? throw new VerificationException("Fix All returned no action.");
        document = await ApplyAsync(document, fixAll, cancellationToken).ConfigureAwait(false);
        return await TextOfAsync(document, cancellationToken).ConfigureAwait(false);
    }

    private CodeAction? Choose(ImmutableArray<CodeAction> actions) =>
        EquivalenceKey is null
            ? actions.FirstOrDefault()
            : actions.FirstOrDefault(a => a.EquivalenceKey == EquivalenceKey);

    private async Task<ImmutableArray<CodeAction>> GetActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await Fix.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions.ToImmutable();
    }

    internal async Task<ImmutableArray<Diagnostic>> GetFixableDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        Compilation compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new VerificationException("The project has no compilation.");
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [Analyzer],
            TestCompilation.AnalyzerOptions(EditorConfig, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: false,
            cancellationToken).ConfigureAwait(false);
        return diagnostics.Where(d => Fix.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction action, CancellationToken cancellationToken)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        ApplyChangesOperation apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault()
            ?? throw new VerificationException($"'{action.Title}' does not change the solution.");
        Document changed = apply.ChangedSolution.GetDocument(document.Id)
            ?? throw new VerificationException($"'{action.Title}' removed the document.");
        Compilation compilation = await changed.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new VerificationException("The fixed project has no compilation.");
        TestCompilation.AssertCompiles(compilation, $"The code after '{action.Title}'");
        return changed;
    }

    private static async Task<string> TextOfAsync(Document document, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return text.ToString();
    }

    private static void AssertSame(string expected, string actual, string what)
    {
        string e = expected.ReplaceLineEndings("\n");
        string a = actual.ReplaceLineEndings("\n");
        if (!string.Equals(e, a, StringComparison.Ordinal))
        {
            throw new VerificationException($"{what} gives:{Environment.NewLine}{a}{Environment.NewLine}but the test expects:{Environment.NewLine}{e}");
        }
    }

    internal static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId(TestCompilation.ProjectName);
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                TestCompilation.ProjectName,
                TestCompilation.ProjectName,
                LanguageNames.CSharp,
                compilationOptions: TestCompilation.CompilationOptions,
                parseOptions: TestCompilation.ParseOptions,
                metadataReferences: TestReferences.All));
        DocumentId documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test0.cs", SourceText.From(source, System.Text.Encoding.UTF8), filePath: TestCompilation.FilePath(0));
        return solution.GetDocument(documentId)!;
    }

    private sealed class AnalyzerDiagnosticProvider(CodeFixTest test) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            ImmutableArray<Diagnostic> all = await test.GetFixableDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false);
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return all.Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            Document? document = project.Documents.FirstOrDefault();
            return document is null
                ? []
                : (await test.GetFixableDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);
        }

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            Document? document = project.Documents.FirstOrDefault();
            return document is null ? [] : await test.GetFixableDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false);
        }
    }
}
