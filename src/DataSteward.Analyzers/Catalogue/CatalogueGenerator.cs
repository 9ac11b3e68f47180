using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using DataSteward.Analyzers.Catalogue.Model;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Analyzers.Catalogue;

/// <summary>
/// Produces <c>DataSteward.Generated.DataCatalogue</c> from the <c>[Dataset]</c> types and <c>[assembly: DataCatalogue]</c>:
/// the catalogue model in its compact form (an <c>AssemblyMetadata</c> attribute), which the package's MSBuild task reads from the built
/// assembly and renders (DCAT-AP JSON-LD and Turtle, a Table Schema per dataset, the GDPR article 30 register) with the
/// runtime library's <c>DataSteward.Catalogue.CatalogueRenderer</c>. Emits nothing when the compilation has no dataset.
/// Reports nothing: <see cref="CatalogueAnalyzer"/> does.
/// </summary>
[Generator(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed partial class CatalogueGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for the incrementality tests.</summary>
    public static class Steps
    {
        public const string Datasets = "DataSteward.Catalogue.Datasets";
        public const string DatasetList = "DataSteward.Catalogue.DatasetList";
        public const string Inputs = "DataSteward.Catalogue.Inputs";
        public const string Model = "DataSteward.Catalogue.Model";

        public static IReadOnlyList<string> All { get; } = [Datasets, DatasetList, Inputs, Model];
    }

    /// <summary>The MSBuild properties the generator reads (each needs a <c>CompilerVisibleProperty</c> item).</summary>
    public static class Properties
    {
        public const string BaseUri = "build_property.DataStewardCatalogueBaseUri";
        public const string Controller = "build_property.DataStewardController";
        public const string DpoContact = "build_property.DataStewardDpoContact";
        public const string Title = "build_property.DataStewardCatalogueTitle";
        public const string Publisher = "build_property.DataStewardPublisher";
        public const string Language = "build_property.DataStewardCatalogueLanguage";
    }

    // Every value between the steps is a reference type, and the only tuple is Combine's (reference, reference): the
    // driver's generic code over them is the shared, already compiled instantiation. A struct (an EquatableArray, a
    // tuple holding one) would make the runtime compile the driver's node and table types once more for it, on every
    // build: that JIT work was most of the generator's cost in a full build.
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<DatasetModel?> datasets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MetadataNames.DatasetAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) => ReadDataset(context, cancellationToken))
            .WithTrackingName(Steps.Datasets);

        IncrementalValueProvider<DatasetList> list = datasets
            .Collect()
            .Select(static (all, _) => new DatasetList(SortAndDeduplicate(all)))
            .WithTrackingName(Steps.DatasetList);

        // [assembly: DataCatalogue], the MSBuild settings and datasteward.sources (parsed as the analysers parse it, global
        // and per-file options) in one equatable value: the per-dataset step above stays keyed on syntax, and a configured
        // source is applied below, by documentation id.
        IncrementalValueProvider<CatalogueInputs> inputs = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, cancellationToken) => new CatalogueInputs(
                Parser.ReadCatalogue(input.Left, cancellationToken),
                ReadOptions(input.Right.GlobalOptions),
                EquatableArray.From(DataStewardOptions.Read(input.Left, input.Right).Sources.OrderBy(static id => id, StringComparer.Ordinal))))
            .WithTrackingName(Steps.Inputs);

        IncrementalValueProvider<CatalogueModel?> model = list
            .Combine(inputs)
            .Select(static (input, _) => input.Left.Datasets.IsEmpty
                ? null
                : new CatalogueModel(input.Right.Catalogue, input.Right.Options, WithConfiguredSources(input.Left.Datasets, input.Right.Sources)))
            .WithTrackingName(Steps.Model);

        context.RegisterSourceOutput(model, static (context, model) =>
        {
            if (model is not null)
            {
                context.AddSource(Emitter.HintName, SourceText.From(Emitter.Emit(model), Encoding.UTF8));
            }
        });
    }

    private static DatasetModel? ReadDataset(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.IsEmpty)
        {
            return null;
        }

        Compilation compilation = context.SemanticModel.Compilation;
        if (DatasetReadCache.TryGet(context.TargetNode, compilation, out DatasetModel? cached))
        {
            return cached;
        }

        DatasetModel? dataset = Parser.ReadDataset(type, context.Attributes[0], ClassifierFor(compilation), cancellationToken);
        DatasetReadCache.Store(context.TargetNode, compilation, type, dataset);
        return dataset;
    }

    /// <summary>
    /// The classifier the analysers use, over the classification attributes of this compilation, without the analysers'
    /// options (settings that change the classification are applied downstream) and without the rest of their model
    /// (<see cref="CompilationModel"/>: sinks, summaries), which a dataset does not need. Nothing would be shared with
    /// them anyway: their compilation is a later one, holding the generated source. One per compilation, weakly keyed.
    /// </summary>
    private static PersonalDataClassifier ClassifierFor(Compilation compilation) =>
        Classifiers.GetValue(compilation, static c => new PersonalDataClassifier(ClassificationSymbols.Create(c)));

    private static readonly ConditionalWeakTable<Compilation, PersonalDataClassifier> Classifiers = new();

    /// <summary>
    /// Datasets by identifier (ordinal), then type name. Two types sharing an identifier both stay: DS0205 reports them and
    /// the build task refuses to write a catalogue in which one would replace the other. One type read twice (a partial
    /// type with <c>[Dataset]</c> on two declarations, which the compiler rejects) stays once.
    /// </summary>
    internal static EquatableArray<DatasetModel> SortAndDeduplicate(ImmutableArray<DatasetModel?> all)
    {
        var sorted = new List<DatasetModel>(all.Length);
        foreach (DatasetModel? dataset in all)
        {
            if (dataset is not null)
            {
                sorted.Add(dataset);
            }
        }

        sorted.Sort(static (a, b) =>
        {
            int byIdentifier = string.CompareOrdinal(a.Identifier, b.Identifier);
            return byIdentifier != 0 ? byIdentifier : string.CompareOrdinal(a.TypeName, b.TypeName);
        });
        var types = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<DatasetModel>(sorted.Count);
        foreach (DatasetModel dataset in sorted)
        {
            if (types.Add(dataset.TypeName))
            {
                result.Add(dataset);
            }
        }

        return new EquatableArray<DatasetModel>(result.ToImmutable());
    }

    /// <summary>
    /// Fields named in <c>datasteward.sources</c> (by documentation id) and classified nowhere in code become personal data,
    /// of the kind their name says, as the classifier makes them for the flow rules; a classification written in code
    /// (on the member, its interface or its type) stays.
    /// </summary>
    internal static EquatableArray<DatasetModel> WithConfiguredSources(EquatableArray<DatasetModel> datasets, EquatableArray<string> sources)
    {
        if (sources.IsEmpty)
        {
            return datasets;
        }

        var configured = new HashSet<string>(sources, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<DatasetModel>(datasets.Count);
        foreach (DatasetModel dataset in datasets)
        {
            ImmutableArray<FieldModel>.Builder? fields = null;
            for (int i = 0; i < dataset.Fields.Count; i++)
            {
                FieldModel field = dataset.Fields[i];
                if (field.Privacy == FieldPrivacy.None && field.DocumentationId is { } id && configured.Contains(id))
                {
                    fields ??= dataset.Fields.Items.ToBuilder();
                    fields[i] = field with { Privacy = FieldPrivacy.Personal, Kind = NameHeuristics.Match(field.Name) ?? DataKind.Unspecified };
                }
            }

            result.Add(fields is null ? dataset : dataset with { Fields = new EquatableArray<FieldModel>(fields.ToImmutable()) });
        }

        return new EquatableArray<DatasetModel>(result.ToImmutable());
    }

    internal static CatalogueOptions ReadOptions(AnalyzerConfigOptions options) => new(
        Read(options, Properties.BaseUri),
        Read(options, Properties.Controller),
        Read(options, Properties.DpoContact),
        Read(options, Properties.Title),
        Read(options, Properties.Publisher),
        Read(options, Properties.Language));

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;
}
