using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        public const string CatalogueInfo = "DataSteward.Catalogue.CatalogueInfo";
        public const string Options = "DataSteward.Catalogue.Options";
        public const string Sources = "DataSteward.Catalogue.Sources";
        public const string Model = "DataSteward.Catalogue.Model";

        public static IReadOnlyList<string> All { get; } = [Datasets, DatasetList, CatalogueInfo, Options, Sources, Model];
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

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<DatasetModel> datasets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MetadataNames.DatasetAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) => ReadDataset(context, cancellationToken))
            .Where(static dataset => dataset is not null)
            .Select(static (dataset, _) => dataset!)
            .WithTrackingName(Steps.Datasets);

        IncrementalValueProvider<EquatableArray<DatasetModel>> list = datasets
            .Collect()
            .Select(static (all, _) => SortAndDeduplicate(all))
            .WithTrackingName(Steps.DatasetList);

        IncrementalValueProvider<CatalogueInfo> catalogue = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => Parser.ReadCatalogue(compilation, cancellationToken))
            .WithTrackingName(Steps.CatalogueInfo);

        IncrementalValueProvider<CatalogueOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(Steps.Options);

        // datasteward.sources, parsed as the analysers parse it (global and per-file options), as an equatable value: the
        // per-dataset step above stays keyed on syntax, and a configured source is applied below, by documentation id.
        IncrementalValueProvider<EquatableArray<string>> sources = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, _) => EquatableArray.From(DataStewardOptions.Read(input.Left, input.Right).Sources.OrderBy(static id => id, StringComparer.Ordinal)))
            .WithTrackingName(Steps.Sources);

        IncrementalValueProvider<CatalogueModel?> model = list
            .Combine(catalogue)
            .Combine(options)
            .Combine(sources)
            .Select(static (input, _) =>
            {
                EquatableArray<DatasetModel> datasets = input.Left.Left.Left;
                return datasets.IsEmpty ? null : new CatalogueModel(input.Left.Left.Right, input.Left.Right, WithConfiguredSources(datasets, input.Right));
            })
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

        // The compilation's shared model (never part of a step output). The per-dataset transform has no options;
        // settings that change the classification are applied downstream.
        PersonalDataClassifier classifier = CompilationModel.For(compilation, (AnalyzerConfigOptionsProvider?)null).Classifier;
        DatasetModel? dataset = Parser.ReadDataset(type, context.Attributes[0], classifier, cancellationToken);
        DatasetReadCache.Store(context.TargetNode, compilation, type, dataset);
        return dataset;
    }

    /// <summary>
    /// Datasets by identifier (ordinal), then type name. Two types sharing an identifier both stay: DS0205 reports them and
    /// the build task refuses to write a catalogue in which one would replace the other. One type read twice (a partial
    /// type with <c>[Dataset]</c> on two declarations, which the compiler rejects) stays once.
    /// </summary>
    internal static EquatableArray<DatasetModel> SortAndDeduplicate(ImmutableArray<DatasetModel> all)
    {
        var sorted = new List<DatasetModel>(all);
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
