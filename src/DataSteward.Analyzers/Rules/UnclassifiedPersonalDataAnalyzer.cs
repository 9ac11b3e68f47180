using System.Collections.Immutable;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// DS0100: a property or field whose name says personal data (<c>Email</c>, <c>Courriel</c>, <c>DateDeNaissance</c>,
/// <c>Iban</c>…) or special-category data (<c>DisabilityStatus</c>, <c>Handicap</c>, <c>Religion</c>…) but which
/// carries no classification. Reported on the member's identifier, with the kind (or the category) in the properties
/// so the fix can write <c>[PersonalData(PersonalDataKind.X)]</c> or <c>[SensitiveData(SensitiveCategory.X)]</c>.
/// <see cref="UnclassifiedPersonalDataSummaryAnalyzer"/> counts the same suggestions for DS0102.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclassifiedPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property holding the <c>PersonalDataKind</c> member name the fix should use.</summary>
    public const string KindProperty = "PersonalDataKind";

    /// <summary>The diagnostic property holding the <c>SensitiveCategory</c> member name, for special-category names.</summary>
    public const string CategoryProperty = "SensitiveCategory";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnclassifiedPersonalData);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            CompilationModel model = CompilationModel.For(start.Compilation, start.Options);
            start.RegisterSymbolAction(
                c =>
                {
                    if (Suggest(c.Symbol, model.Classifier, model.Options) is { } diagnostic)
                    {
                        c.ReportDiagnostic(diagnostic);
                    }
                },
                SymbolKind.Property,
                SymbolKind.Field);
        });
    }

    /// <summary>The DS0100 suggestion for a property or field, or null.</summary>
    internal static Diagnostic? Suggest(ISymbol symbol, PersonalDataClassifier classifier, DataStewardOptions options)
    {
        if (symbol.IsImplicitlyDeclared || symbol.Locations.Length == 0 || symbol.Locations[0] is not { IsInSource: true } location)
        {
            return null;
        }

        if (symbol is IFieldSymbol { IsConst: true } or IFieldSymbol { AssociatedSymbol: not null } or IPropertySymbol { IsIndexer: true }
            || symbol is IPropertySymbol { IsOverride: true } or IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 })
        {
            return null;
        }

        // The name first: it is cached per name and rules out almost every member before any attribute is read.
        // A special category wins over a personal kind: "DisabilityCardNumber" is health data before it is a number.
        SensitiveKind? category = SpecialCategory(symbol, classifier);
        DataClassification byName = category is null ? classifier.ClassifyByName(symbol) : default;
        if ((category is null && byName.Level != DataLevel.Likely) || options.HeuristicsFor(location.SourceTree!) == HeuristicsMode.Off)
        {
            return null;
        }

        DataClassification declared = classifier.ClassifyDeclared(symbol);
        if (declared.IsClassified || declared.ExplicitlyClean || classifier.ClassifyType(symbol.ContainingType).ExplicitlyClean)
        {
            return null;
        }

        return category is { } sensitive
            ? Diagnostic.Create(
                Descriptors.UnclassifiedPersonalData,
                location,
                ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, sensitive.ToString()),
                DisplayNames.Member(symbol),
                new ClassificationPhrase(DataClassification.Sensitive(sensitive)),
                "[SensitiveData]")
            : Diagnostic.Create(
                Descriptors.UnclassifiedPersonalData,
                location,
                ImmutableDictionary<string, string?>.Empty.Add(KindProperty, byName.Kind.ToString()),
                DisplayNames.Member(symbol),
                new ClassificationPhrase(byName),
                "[PersonalData]");
    }

    // Only values a person's record holds as such: text, a flag, a code; never a service object or a library enum
    // whose own name says software (Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus Health).
    private static SensitiveKind? SpecialCategory(ISymbol symbol, PersonalDataClassifier classifier)
    {
        if (classifier.SpecialCategoryOfName(symbol.Name) is not { } category)
        {
            return null;
        }

        ITypeSymbol? type = symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        bool value = type is { SpecialType: SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char }
            or { TypeKind: TypeKind.Enum };
        return value && !classifier.NamesSoftware(type!.Name) ? category : null;
    }
}
