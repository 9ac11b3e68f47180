using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers;

/// <summary>
/// Everything DataSteward knows about one compilation, built once and shared by every analyser and by the catalogue
/// generator's semantic step: the settings, the well-known symbols, the classifier (what is personal data), the sink
/// table, the sanitisers, and the lazily computed, cached method summaries and object renderings. Every rule asks the
/// same instance, so no two rules can disagree about what is personal data. Thread-safe.
/// </summary>
/// <remarks>
/// Instances are kept in a table weakly keyed by the compilation: the model lives exactly as long as its compilation,
/// and nothing outlives it.
/// </remarks>
internal sealed class CompilationModel
{
    private static readonly ConditionalWeakTable<Compilation, CompilationModel> Models = new();

    private readonly ConcurrentDictionary<IMethodSymbol, Propagation> propagations = SharedCache.Create<IMethodSymbol, Propagation>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> semanticModels = new();
    private readonly Lazy<SinkTable> sinks;
    private readonly Lazy<Sanitizers> sanitizers;
    private readonly Lazy<bool> sharesSemanticModels;

    private CompilationModel(Compilation compilation, AnalyzerConfigOptionsProvider? optionsProvider)
    {
        Compilation = compilation;
        OptionsProvider = optionsProvider;
        Options = DataStewardOptions.Read(compilation, optionsProvider);
        Symbols = new KnownSymbols(compilation);
        Classifier = new PersonalDataClassifier(Symbols.Classification, Options.Sources);
        // The catalogue generator needs only the classifier: the sink table and sanitisers are resolved on first use.
        sinks = new Lazy<SinkTable>(() => SinkTable.Create(compilation, Options.LogSinks, Options.ExportSinks), LazyThreadSafetyMode.ExecutionAndPublication);
        sanitizers = new Lazy<Sanitizers>(() => new Sanitizers(compilation, Options.Sanitizers), LazyThreadSafetyMode.ExecutionAndPublication);
        sharesSemanticModels = new Lazy<bool>(HostCachesSemanticModels, LazyThreadSafetyMode.PublicationOnly);
        Summaries = new MethodSummaries(this);
        Rendering = new ObjectRendering(this);
        SinkArguments = new SinkArguments(this);
        Forwarded = new ForwardedSinks(this);
        MethodGroupHandlers = new MethodGroupHandlers(ModelFor);
        Controllers = new ControllerTypes();
    }

    public Compilation Compilation { get; }

    /// <summary>The options the model was read from (null: none, as in a code fix without options).</summary>
    public AnalyzerConfigOptionsProvider? OptionsProvider { get; }

    public DataStewardOptions Options { get; }

    public KnownSymbols Symbols { get; }

    public PersonalDataClassifier Classifier { get; }

    public SinkTable Sinks => sinks.Value;

    public Sanitizers Sanitizers => sanitizers.Value;

    public MethodSummaries Summaries { get; }

    public ObjectRendering Rendering { get; }

    public SinkArguments SinkArguments { get; }

    public ForwardedSinks Forwarded { get; }

    public MethodGroupHandlers MethodGroupHandlers { get; }

    public ControllerTypes Controllers { get; }

    /// <summary>The model of <paramref name="compilation"/> under <paramref name="options"/>, built on first use.</summary>
    public static CompilationModel For(Compilation compilation, AnalyzerOptions options) =>
        For(compilation, options.AnalyzerConfigOptionsProvider);

    /// <summary>
    /// The model of <paramref name="compilation"/>, built on first use. Every analyser of one build gets the same
    /// options provider; should another provider come with the same compilation (a host running analysers with other
    /// options), it gets a model of its own rather than another's settings.
    /// </summary>
    public static CompilationModel For(Compilation compilation, AnalyzerConfigOptionsProvider? optionsProvider)
    {
        CompilationModel model = Models.GetValue(compilation, c => new CompilationModel(c, optionsProvider));
        return ReferenceEquals(model.OptionsProvider, optionsProvider) ? model : new CompilationModel(compilation, optionsProvider);
    }

    /// <summary>
    /// One semantic model per tree for the summaries, so a callee's body is bound once per compilation however many
    /// summaries read it. Under the compiler's analyser driver that is the driver's own cached model of the tree: a
    /// callee bound for a summary is then not bound again when the driver analyses that callee's own operation blocks.
    /// </summary>
    public SemanticModel ModelFor(SyntaxTree tree)
    {
#pragma warning disable RS1030 // A summary needs the callee's body, which lives in another tree than the one being analysed.
        if (sharesSemanticModels.Value)
        {
            return Compilation.GetSemanticModel(tree);
        }

        return semanticModels.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }

    // Whether the compilation hands out one cached model per tree (the analyser driver attaches such a provider); a
    // compilation without one (a code fix, the generator, a test host) creates a new model per call.
    private bool HostCachesSemanticModels()
    {
        foreach (SyntaxTree tree in Compilation.SyntaxTrees)
        {
#pragma warning disable RS1030 // Creating a semantic model binds nothing; the two are compared, not used.
            return ReferenceEquals(Compilation.GetSemanticModel(tree), Compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
        }

        return false;
    }

    public Propagation PropagationOf(IMethodSymbol method)
    {
        IMethodSymbol key = (method.ReducedFrom ?? method).OriginalDefinition;
        return propagations.TryGetValue(key, out Propagation cached) ? cached : propagations.GetOrAdd(key, KnownMethods.Of(key));
    }

    /// <summary>A flow evaluator for one method body (or field initialiser, or lambda) rooted at <paramref name="root"/>.</summary>
    public FlowEvaluator CreateEvaluator(IOperation root, HeuristicsMode heuristics, CancellationToken cancellationToken, DriverBodies? bodies = null) =>
        new(this, root, heuristics, summarisedMethod: null, new SummaryRequest(cancellationToken, bodies));
}
