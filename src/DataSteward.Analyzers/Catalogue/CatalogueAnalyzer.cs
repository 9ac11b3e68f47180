using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Baseline;
using DataSteward.Analyzers.Catalogue.Model;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Analyzers.Rules;
using DataSteward.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Catalogue;

/// <summary>
/// Checks catalogue metadata with the generator's own parser (DS0200–DS0207), so a warning and the catalogue always
/// agree. Diagnostics sit on the attribute argument at fault, or on the attribute name for what is missing.
/// DS0205 (duplicate identifier) needs the other datasets: a per-compilation index of identifiers, built lazily on
/// first use, lets a symbol action report it as you type (no compilation-end action).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogueAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.OpenDatasetHoldsPersonalData,
        Descriptors.DatasetMissingMetadata,
        Descriptors.UnknownLicence,
        Descriptors.InvalidRetention,
        Descriptors.UnknownUpdateFrequency,
        Descriptors.DuplicateDatasetIdentifier,
        Descriptors.PersonalDataWithoutProcessingRecord,
        Descriptors.UnknownTheme,
        Descriptors.EmptyDatasetIdentifier);

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

            PersonalDataClassifier classifier = CompilationModel.For(start.Compilation, start.Options).Classifier;
            var index = new DatasetIndex(start.Compilation, datasetAttribute);
            ErrorSeverityBaseline? baseline = ErrorSeverityBaseline.For(start.Options, start.CancellationToken);
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, datasetAttribute, classifier, index, baseline), SymbolKind.NamedType);
        });
    }

    private static string? CatalogueLicence(IAssemblySymbol assembly)
    {
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DataCatalogueAttribute" } catalogue
                && catalogue.ContainingNamespace?.ToDisplayString() == "DataSteward")
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "License" && argument.Value.Value is string licence && licence.Trim().Length > 0)
                    {
                        return licence;
                    }
                }
            }
        }

        return null;
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol datasetAttribute, PersonalDataClassifier classifier, DatasetIndex index, ErrorSeverityBaseline? baseline)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        AttributeData? attribute = DatasetIndex.FindDatasetAttribute(type, datasetAttribute);
        if (attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
        {
            return;
        }

        if (UnusableIdentifier(attribute) is { } what)
        {
            SyntaxNode? argument = syntax.ArgumentList is { Arguments.Count: > 0 } list ? list.Arguments[0].Expression : null;
            ReportError(context, baseline, Descriptors.EmptyDatasetIdentifier, argument, syntax.Name.GetLocation(), type.ToDisplayString(), what);
            return;
        }

        DatasetModel? dataset = CatalogueGenerator.Parser.ReadDataset(type, attribute, classifier, context.CancellationToken);
        if (dataset is null)
        {
            return;
        }

        string id = dataset.Identifier;
        Location attributeName = syntax.Name.GetLocation();

        string? missing = (dataset.Title, dataset.Description) switch
        {
            (null, null) => "title or description",
            (null, _) => "title",
            (_, null) => "description",
            _ => null,
        };
        if (missing is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DatasetMissingMetadata, attributeName, id, missing));
        }

        if (dataset.License is { } licence && CatalogueVocabulary.LicenceIri(licence) is null)
        {
            Report(context, Descriptors.UnknownLicence, ArgumentExpression(syntax, "License"), attributeName, id, licence);
        }
        else if (dataset.License is null && CatalogueLicence(type.ContainingAssembly) is { } inherited && CatalogueVocabulary.LicenceIri(inherited) is null)
        {
            // The dataset takes the catalogue's licence: an unreadable one leaves the dataset without terms of reuse.
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownLicence, attributeName, id, inherited));
        }

        if (dataset.Retention is { } retention && !CatalogueVocabulary.IsDuration(retention))
        {
            Report(context, Descriptors.InvalidRetention, ArgumentExpression(syntax, "Retention"), attributeName, id, retention);
        }

        if (dataset.UpdateFrequency is { } frequency && !CatalogueVocabulary.IsFrequency(frequency))
        {
            Report(context, Descriptors.UnknownUpdateFrequency, ArgumentExpression(syntax, "UpdateFrequency"), attributeName, id, frequency);
        }

        ReportUnknownThemes(context, syntax, dataset, attributeName);

        if (dataset.Access == AccessLevel.Public && dataset.HoldsPersonalData)
        {
            SyntaxNode? access = Argument(syntax, "Access");
            Report(context, Descriptors.OpenDatasetHoldsPersonalData, access, attributeName, id, DescribePersonalFields(dataset));
        }

        if (dataset.HoldsPersonalData)
        {
            var absent = new List<string>(6);
            if (dataset.Purpose is null)
            {
                absent.Add("purpose");
            }

            if (dataset.LegalBasis is null)
            {
                absent.Add("legal basis");
            }

            if (dataset.Retention is null)
            {
                absent.Add("retention");
            }

            if (dataset.Recipients.IsEmpty)
            {
                absent.Add("recipients");
            }

            if (dataset.DataSubjects.IsEmpty)
            {
                absent.Add("data subjects");
            }

            if (dataset.SpecialCategoryCondition is null && HoldsSpecialCategoryData(dataset))
            {
                absent.Add("special-category condition (GDPR article 9(2))");
            }

            if (absent.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataWithoutProcessingRecord, attributeName, id, JoinOr(absent)));
            }
        }

        IReadOnlyList<string> others = index.OthersWith(id, type);
        if (others.Count > 0)
        {
            SyntaxNode? identifier = syntax.ArgumentList is { Arguments.Count: > 0 } arguments ? arguments.Arguments[0].Expression : null;
            ReportError(context, baseline, Descriptors.DuplicateDatasetIdentifier, identifier, attributeName, id, string.Join(", ", others));
        }
    }

    /// <summary>
    /// Why a readable <c>[Dataset]</c> constant cannot identify a dataset (null, empty or blank), or null when it can or
    /// when the argument is not a constant string at all (the compiler reports that).
    /// </summary>
    private static string? UnusableIdentifier(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0] is not { Kind: TypedConstantKind.Primitive } argument)
        {
            return null;
        }

        return argument.Value switch
        {
            null => "null",
            string { Length: 0 } => "empty",
            string text when text.Trim().Length == 0 => "blank",
            _ => null,
        };
    }

    private static bool HoldsSpecialCategoryData(DatasetModel dataset)
    {
        foreach (FieldModel field in dataset.Fields)
        {
            if (field.Privacy == FieldPrivacy.Sensitive)
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportUnknownThemes(SymbolAnalysisContext context, AttributeSyntax syntax, DatasetModel dataset, Location fallback)
    {
        ExpressionSyntax? themes = ArgumentExpression(syntax, "Themes");
        IReadOnlyList<ExpressionSyntax>? elements = themes switch
        {
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            InitializerExpressionSyntax initializer => initializer.Expressions,
            CollectionExpressionSyntax collection => CollectionElements(collection),
            _ => null,
        };
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (string theme in dataset.Themes)
        {
            if (CatalogueVocabulary.IsTheme(theme) || !reported.Add(theme))
            {
                continue;
            }

            SyntaxNode? location = themes;
            if (elements is not null)
            {
                foreach (ExpressionSyntax element in elements)
                {
                    if (element is LiteralExpressionSyntax literal && string.Equals(literal.Token.ValueText.Trim(), theme, StringComparison.Ordinal))
                    {
                        location = element;
                        break;
                    }
                }
            }

            Report(context, Descriptors.UnknownTheme, location, fallback, dataset.Identifier, theme);
        }
    }

    private static List<ExpressionSyntax> CollectionElements(CollectionExpressionSyntax collection)
    {
        var elements = new List<ExpressionSyntax>();
        foreach (CollectionElementSyntax element in collection.Elements)
        {
            if (element is ExpressionElementSyntax expression)
            {
                elements.Add(expression.Expression);
            }
        }

        return elements;
    }

    private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, SyntaxNode? node, Location fallback, params object[] arguments) =>
        context.ReportDiagnostic(Diagnostic.Create(descriptor, node?.GetLocation() ?? fallback, arguments));

    // The error-severity rules carry their type (the baseline's fingerprint) and are reported suppressed when the
    // baseline accepts them: no suppressor may suppress them.
    private static void ReportError(SymbolAnalysisContext context, ErrorSeverityBaseline? baseline, DiagnosticDescriptor descriptor, SyntaxNode? node, Location fallback, params object[] arguments)
    {
        var diagnostic = Diagnostic.Create(descriptor, node?.GetLocation() ?? fallback, ContainingSymbol.AddTo(ImmutableDictionary<string, string?>.Empty, context.Symbol), arguments);
        context.ReportDiagnostic(baseline is null ? diagnostic : baseline.NewScope().Apply(diagnostic));
    }

    private static AttributeArgumentSyntax? Argument(AttributeSyntax attribute, string name)
    {
        if (attribute.ArgumentList is null)
        {
            return null;
        }

        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is { } nameEquals && string.Equals(nameEquals.Name.Identifier.ValueText, name, StringComparison.Ordinal))
            {
                return argument;
            }
        }

        return null;
    }

    private static ExpressionSyntax? ArgumentExpression(AttributeSyntax attribute, string name) => Argument(attribute, name)?.Expression;

    private static string DescribePersonalFields(DatasetModel dataset)
    {
        var parts = new List<string>();
        foreach (FieldModel field in dataset.Fields)
        {
            string? what = field.Privacy switch
            {
                FieldPrivacy.Sensitive => "special-category data: " + field.Category,
                FieldPrivacy.Personal when field.Kind == DataKind.Unspecified => "personal data",
                FieldPrivacy.Personal => "personal data: " + field.Category,
                _ => null,
            };
            if (what is not null)
            {
                parts.Add(field.Name + " (" + what + ")");
            }
        }

        return string.Join(", ", parts);
    }

    private static string JoinOr(List<string> words) => words.Count switch
    {
        1 => words[0],
        2 => words[0] + " or " + words[1],
        _ => string.Join(", ", words.GetRange(0, words.Count - 1)) + " or " + words[words.Count - 1],
    };

    /// <summary>Every <c>[Dataset]</c> type of the compilation by identifier, built once, on first need, per compilation.</summary>
    private sealed class DatasetIndex
    {
        private readonly Compilation compilation;
        private readonly INamedTypeSymbol datasetAttribute;
        private readonly Lazy<Dictionary<string, List<INamedTypeSymbol>>> byIdentifier;

        public DatasetIndex(Compilation compilation, INamedTypeSymbol datasetAttribute)
        {
            this.compilation = compilation;
            this.datasetAttribute = datasetAttribute;
            byIdentifier = new Lazy<Dictionary<string, List<INamedTypeSymbol>>>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public static AttributeData? FindDatasetAttribute(INamedTypeSymbol type, INamedTypeSymbol datasetAttribute)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, datasetAttribute))
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>The other types declaring the identifier, by display name, ordinal-sorted.</summary>
        public IReadOnlyList<string> OthersWith(string identifier, INamedTypeSymbol type)
        {
            if (!byIdentifier.Value.TryGetValue(identifier, out List<INamedTypeSymbol>? types) || types.Count < 2)
            {
                return Array.Empty<string>();
            }

            var others = new List<string>(types.Count - 1);
            foreach (INamedTypeSymbol other in types)
            {
                if (!SymbolEqualityComparer.Default.Equals(other, type))
                {
                    others.Add(other.ToDisplayString());
                }
            }

            others.Sort(StringComparer.Ordinal);
            return others;
        }

        private Dictionary<string, List<INamedTypeSymbol>> Build()
        {
            var index = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                INamespaceOrTypeSymbol current = pending.Pop();
                if (current is INamespaceSymbol ns)
                {
                    foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
                    {
                        pending.Push(member);
                    }

                    continue;
                }

                var type = (INamedTypeSymbol)current;
                foreach (INamedTypeSymbol nested in type.GetTypeMembers())
                {
                    pending.Push(nested);
                }

                if (FindDatasetAttribute(type, datasetAttribute) is { } attribute && CatalogueGenerator.Parser.ReadIdentifier(attribute) is { } identifier)
                {
                    if (!index.TryGetValue(identifier, out List<INamedTypeSymbol>? types))
                    {
                        types = [];
                        index.Add(identifier, types);
                    }

                    types.Add(type);
                }
            }

            return index;
        }
    }
}
