using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Catalogue.Model;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Analyzers.Rules;
using DataSteward.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Catalogue;

/// <summary>
/// DS0209: once per project, when the project has datasets and the catalogue would fall back to a placeholder: no base
/// IRI (every IRI is https://example.invalid/…), and, when a dataset holds personal data, no controller or no DPO contact
/// for the register. A project setting, so reported without a source location, at the end of the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CataloguePlaceholderAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CataloguePlaceholder);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? datasetAttribute = start.Compilation.ResolveType(MetadataNames.DatasetAttribute);
            if (datasetAttribute is null)
            {
                return;
            }

            AnalyzerConfigOptions options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            CatalogueInfo catalogue = CatalogueGenerator.Parser.ReadCatalogue(start.Compilation, start.CancellationToken);
            var settings = new Settings(
                BaseUri: Read(options, CatalogueGenerator.Properties.BaseUri),
                CodeBaseUri: catalogue.BaseUri,
                Controller: Read(options, CatalogueGenerator.Properties.Controller),
                DpoContact: Read(options, CatalogueGenerator.Properties.DpoContact),
                Publisher: Read(options, CatalogueGenerator.Properties.Publisher));
            if (settings.HasBaseUri && settings.Controller is not null && settings.DpoContact is not null)
            {
                return;
            }

            PersonalDataClassifier classifier = CompilationModel.For(start.Compilation, start.Options).Classifier;
            var found = new Found();
            start.RegisterSymbolAction(symbolContext => Inspect(symbolContext, datasetAttribute, classifier, found), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => Report(end, settings, catalogue, found));
        });
    }

    private static void Inspect(SymbolAnalysisContext context, INamedTypeSymbol datasetAttribute, PersonalDataClassifier classifier, Found found)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        AttributeData? attribute = null;
        foreach (AttributeData candidate in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.AttributeClass, datasetAttribute))
            {
                attribute = candidate;
                break;
            }
        }

        if (attribute is null || CatalogueGenerator.Parser.ReadIdentifier(attribute) is null)
        {
            return;
        }

        Interlocked.Exchange(ref found.Dataset, 1);
        if (Volatile.Read(ref found.PersonalData) == 0 &&
            CatalogueGenerator.Parser.ReadDataset(type, attribute, classifier, context.CancellationToken) is { HoldsPersonalData: true })
        {
            Interlocked.Exchange(ref found.PersonalData, 1);
        }
    }

    private static void Report(CompilationAnalysisContext context, Settings settings, CatalogueInfo catalogue, Found found)
    {
        if (Volatile.Read(ref found.Dataset) == 0)
        {
            return;
        }

        var placeholders = new List<string>(3);
        if (!settings.HasBaseUri)
        {
            string? value = settings.BaseUri ?? settings.CodeBaseUri;
            string given = value is null ? string.Empty : " ('" + value + "' is not an absolute URI)";
            placeholders.Add("every IRI starts with https://example.invalid/" + given + ": set the MSBuild property DataStewardCatalogueBaseUri, or [assembly: DataCatalogue(BaseUri = …)]");
        }

        if (Volatile.Read(ref found.PersonalData) == 1)
        {
            if (settings.Controller is null)
            {
                // What the renderer falls back to (CatalogueFacts.Controller): the catalogue's publisher, else the assembly.
                string named = catalogue.Publisher ?? settings.Publisher ?? catalogue.AssemblyName;
                placeholders.Add("the register names '" + named + "' as the controller: set the MSBuild property DataStewardController");
            }

            if (settings.DpoContact is null)
            {
                placeholders.Add("the register has no data protection officer: set the MSBuild property DataStewardDpoContact");
            }
        }

        if (placeholders.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CataloguePlaceholder, Location.None, catalogue.AssemblyName, string.Join("; ", placeholders)));
        }
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;

    private sealed record Settings(string? BaseUri, string? CodeBaseUri, string? Controller, string? DpoContact, string? Publisher)
    {
        /// <summary>The MSBuild property wins; the renderer ignores a base that is not an absolute URI.</summary>
        public bool HasBaseUri => (BaseUri ?? CodeBaseUri) is { } value && CatalogueVocabulary.IsAbsoluteUri(value);
    }

    private sealed class Found
    {
        public int Dataset;
        public int PersonalData;
    }
}
