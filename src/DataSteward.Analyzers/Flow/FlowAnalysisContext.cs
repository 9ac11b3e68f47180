using System.Collections.Concurrent;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Everything the flow rules know about one compilation, built once at compilation start and shared by every
/// callback: classification, sinks, sanitisers, options, and the lazily computed, cached method summaries and
/// object renderings. Thread-safe.
/// </summary>
internal sealed class FlowAnalysisContext
{
    private readonly ConcurrentDictionary<IMethodSymbol, Propagation> propagations = new(SymbolEqualityComparer.Default);

    private FlowAnalysisContext(Compilation compilation, DataStewardOptions options)
    {
        Compilation = compilation;
        Options = options;
        Classifier = new PersonalDataClassifier(ClassificationSymbols.Create(compilation), options.Sources);
        Sinks = SinkTable.Create(compilation, options.LogSinks, options.ExportSinks);
        Sanitizers = new Sanitizers(compilation, options.Sanitizers);
        Summaries = new MethodSummaries(this);
        Rendering = new ObjectRendering(this);
        SinkArguments = new SinkArguments(this);
        Forwarded = new ForwardedSinks(this);
        MethodGroupHandlers = new MethodGroupHandlers();
        LoggerInterface = compilation.ResolveType("Microsoft.Extensions.Logging.ILogger");
        LoggerMessageAttribute = compilation.ResolveType("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        Console = compilation.ResolveType("System.Console");
        CryptoStream = compilation.ResolveType("System.Security.Cryptography.CryptoStream");
        StringWriter = compilation.ResolveType("System.IO.StringWriter");
    }

    public Compilation Compilation { get; }

    public DataStewardOptions Options { get; }

    public PersonalDataClassifier Classifier { get; }

    public SinkTable Sinks { get; }

    public Sanitizers Sanitizers { get; }

    public MethodSummaries Summaries { get; }

    public ObjectRendering Rendering { get; }

    public SinkArguments SinkArguments { get; }

    public ForwardedSinks Forwarded { get; }

    public MethodGroupHandlers MethodGroupHandlers { get; }

    public INamedTypeSymbol? LoggerInterface { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? Console { get; }

    public INamedTypeSymbol? CryptoStream { get; }

    public INamedTypeSymbol? StringWriter { get; }

    public static FlowAnalysisContext Create(Compilation compilation, AnalyzerOptions options) =>
        new(compilation, DataStewardOptions.Read(compilation, options));

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();

    /// <summary>
    /// One semantic model per tree for the summaries, so a callee's body is bound once per compilation however many
    /// summaries read it.
    /// </summary>
    public SemanticModel ModelFor(SyntaxTree tree) =>
#pragma warning disable RS1030 // A summary needs the callee's body, which lives in another tree than the one being analysed.
        models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030

    public Propagation PropagationOf(IMethodSymbol method)
    {
        IMethodSymbol key = (method.ReducedFrom ?? method).OriginalDefinition;
        return propagations.TryGetValue(key, out Propagation cached) ? cached : propagations.GetOrAdd(key, KnownMethods.Of(key));
    }

    /// <summary>A flow evaluator for one method body (or field initialiser, or lambda) rooted at <paramref name="root"/>.</summary>
    public FlowEvaluator CreateEvaluator(IOperation root, HeuristicsMode heuristics, CancellationToken cancellationToken) =>
        new(this, root, heuristics, summarisedMethod: null, cancellationToken);
}
