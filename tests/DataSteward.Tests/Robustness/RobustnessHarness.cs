using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using DataSteward.Analyzers.Rules;
using DataSteward.CodeFixes.Rules;
using DataSteward.Tests.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.Robustness;

/// <summary>
/// Runs everything DataSteward ships into a compiler or an IDE — every analyser (whole compilation and per document),
/// every code fix's <see cref="CodeFixProvider.RegisterCodeFixesAsync"/> (and the first offered action), every incremental
/// generator — on one source, under a time bound, and describes what went wrong, or returns null.
/// </summary>
internal static class RobustnessHarness
{
    /// <summary>Option values a user might get wrong: they must be ignored or reported, never crash an analyser.</summary>
    public const string HostileEditorConfig = """
        datasteward.heuristics = sometimes
        datasteward.sinks.log = M:Broken.Nothing.Write(System.String);M:(;;T:;garbage;M:Snippets.Sinks.AuditTrail.Write(
        datasteward.sinks.export = M:Snippets.Sinks.AuditTrail.Export(System.Object);;
        datasteward.sanitizers = M:;P:;M:System.String.Trim
        datasteward.sources = P:Snippets.Logging.Resident.District;F:;P:Nope.Nope;E:
        """;

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        typeof(PersonalDataFlowAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static readonly ImmutableArray<CodeFixProvider> CodeFixes =
        typeof(ClassifyMemberFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static readonly ImmutableArray<IIncrementalGenerator> Generators =
        typeof(PersonalDataFlowAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IIncrementalGenerator)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private const int MaxFixedDiagnosticsPerCase = 3;

    /// <summary>Null when all went well; otherwise what failed (exception, AD0001, hang).</summary>
    public static async Task<string?> RunAsync(string source, string? editorConfig, TimeSpan bound, ImmutableArray<DiagnosticAnalyzer>? analyzers = null, bool perDocument = true)
    {
        using var cancellation = new CancellationTokenSource(bound);
        Task<string?> work = Task.Run(() => RunCoreAsync(source, editorConfig, analyzers ?? Analyzers, perDocument, cancellation.Token), CancellationToken.None);
        // A grace period past the bound: code that ignores the cancellation is a hang too.
        TimeSpan grace = bound < TimeSpan.FromSeconds(10) ? bound : TimeSpan.FromSeconds(10);
        try
        {
            return await work.WaitAsync(bound + grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return $"HANG: no result {(bound + grace).TotalSeconds:F0} s after start, cancellation ignored";
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return $"HANG: not done within {bound.TotalSeconds:F0} s (cancelled)";
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return "EXCEPTION: " + exception;
        }
    }

    public static string Describe(MutatedCase c, string failure) =>
        new StringBuilder()
            .AppendLine($"--- {c} ---")
            .AppendLine(failure)
            .AppendLine("source:")
            .AppendLine(c.Source)
            .ToString();

    private static async Task<string?> RunCoreAsync(string source, string? editorConfig, ImmutableArray<DiagnosticAnalyzer> analyzers, bool perDocument, CancellationToken cancellationToken)
    {
        using var workspace = new AdhocWorkspace();
        (Project project, DocumentId documentId) = CreateProject(workspace, source);
        Compilation compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("No compilation.");
        AnalyzerOptions options = TestCompilation.AnalyzerOptions(editorConfig, compilation.SyntaxTrees.ToArray());

        var failures = new ConcurrentQueue<string>();
        CompilationWithAnalyzers Fresh() => compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"AD0001 {analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false));

        // The compiler's way: the whole compilation.
        ImmutableArray<Diagnostic> diagnostics = await Fresh().GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        Collect(failures, diagnostics);

        // The IDE's way (on every other case, for time): the edited document alone, syntax then semantics, on a fresh driver.
        Document document = project.GetDocument(documentId)!;
        SyntaxTree tree = (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
        if (perDocument)
        {
            CompilationWithAnalyzers ide = Fresh();
            Collect(failures, await ide.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false));
            Collect(failures, await ide.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, cancellationToken).ConfigureAwait(false));
        }

        // Code fixes, on the diagnostics reported in the edited document.
        foreach (CodeFixProvider fix in CodeFixes)
        {
            foreach (Diagnostic diagnostic in diagnostics
                .Where(d => fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree == tree)
                .Take(MaxFixedDiagnosticsPerCase))
            {
                string? failure = await TryFixAsync(fix, document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    failures.Enqueue(failure);
                }
            }
        }

        // Generators.
        if (!Generators.IsEmpty)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                Generators.Select(g => g.AsSourceGenerator()),
                parseOptions: TestCompilation.ParseOptions);
            GeneratorDriverRunResult run = driver.RunGenerators(compilation, cancellationToken).GetRunResult();
            foreach (GeneratorRunResult result in run.Results.Where(r => r.Exception is not null))
            {
                failures.Enqueue($"GENERATOR {result.Generator.GetGeneratorType().Name}: {result.Exception}");
            }
        }

        return failures.IsEmpty ? null : string.Join(Environment.NewLine, failures.Distinct());
    }

    private static async Task<string?> TryFixAsync(CodeFixProvider fix, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        try
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await fix.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            foreach (CodeAction action in actions.Take(1))
            {
                await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return $"CODEFIX {fix.GetType().Name} on {diagnostic}: {exception}";
        }
    }

    private static void Collect(ConcurrentQueue<string> failures, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (Diagnostic d in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Enqueue(d.ToString());
        }
    }

    private static (Project Project, DocumentId Document) CreateProject(AdhocWorkspace workspace, string source)
    {
        ProjectId projectId = ProjectId.CreateNewId(TestCompilation.ProjectName);
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            TestCompilation.ProjectName,
            TestCompilation.ProjectName,
            LanguageNames.CSharp,
            compilationOptions: TestCompilation.CompilationOptions,
            parseOptions: TestCompilation.ParseOptions,
            metadataReferences: TestReferences.All));
        DocumentId documentId = DocumentId.CreateNewId(projectId);
        solution = solution
            .AddDocument(documentId, "Test0.cs", SourceText.From(source, Encoding.UTF8), filePath: TestCompilation.FilePath(0))
            .AddDocument(DocumentId.CreateNewId(projectId), "Models.cs", SourceText.From(Models.Source, Encoding.UTF8), filePath: TestCompilation.FilePath(1));
        return (solution.GetProject(projectId)!, documentId);
    }
}
