using System.Collections.Immutable;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// DS0100: a property or field whose name says personal data (<c>Email</c>, <c>Courriel</c>, <c>DateDeNaissance</c>,
/// <c>Iban</c>…) but which carries no classification. Reported on the member's identifier, with the kind in the
/// properties so the fix can write <c>[PersonalData(PersonalDataKind.X)]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclassifiedPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property holding the <c>PersonalDataKind</c> member name the fix should use.</summary>
    public const string KindProperty = "PersonalDataKind";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.UnclassifiedPersonalData];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            CompilationModel model = CompilationModel.For(start.Compilation, start.Options);
            start.RegisterSymbolAction(c => Analyze(c, model.Classifier, model.Options), SymbolKind.Property, SymbolKind.Field);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, PersonalDataClassifier classifier, DataStewardOptions options)
    {
        ISymbol symbol = context.Symbol;
        if (symbol.IsImplicitlyDeclared || symbol.Locations.Length == 0 || symbol.Locations[0] is not { IsInSource: true } location)
        {
            return;
        }

        if (symbol is IFieldSymbol { IsConst: true } or IFieldSymbol { AssociatedSymbol: not null } or IPropertySymbol { IsIndexer: true }
            || symbol is IPropertySymbol { IsOverride: true } or IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 })
        {
            return;
        }

        // The name first: it is cached per name and rules out almost every member before any attribute is read.
        DataClassification byName = classifier.ClassifyByName(symbol);
        if (byName.Level != DataLevel.Likely || options.HeuristicsFor(location.SourceTree!) == HeuristicsMode.Off)
        {
            return;
        }

        DataClassification declared = classifier.ClassifyDeclared(symbol);
        if (declared.IsClassified || declared.ExplicitlyClean || classifier.ClassifyType(symbol.ContainingType).ExplicitlyClean)
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, byName.Kind.ToString());
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnclassifiedPersonalData,
            location,
            properties,
            DisplayNames.Member(symbol),
            DataKindText.Of(byName.Kind)));
    }
}
