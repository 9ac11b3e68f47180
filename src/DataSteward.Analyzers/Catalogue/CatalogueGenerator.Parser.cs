using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using DataSteward.Analyzers.Catalogue.Model;
using DataSteward.Analyzers.Classification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Catalogue;

public sealed partial class CatalogueGenerator
{
    /// <summary>
    /// Symbols → models. Shared by the generator and by <see cref="CatalogueAnalyzer"/>, so the catalogue and its
    /// diagnostics agree on what a dataset holds. Tolerates half-written attributes: anything unreadable is absent.
    /// </summary>
    internal static partial class Parser
    {
        private const string DataAnnotations = "System.ComponentModel.DataAnnotations";

        // System.ComponentModel.DataAnnotations.DataType values.
        private const int DataTypeDate = 2;
        private const int DataTypeTime = 3;
        private const int DataTypeEmailAddress = 10;
        private const int DataTypeUrl = 12;

        /// <summary>The dataset identifier of a <c>[Dataset]</c> attribute, or null when it is not a readable, non-empty string.</summary>
        public static string? ReadIdentifier(AttributeData attribute)
        {
            if (attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive, Value: string identifier } &&
                identifier.Trim().Length > 0)
            {
                return identifier.Trim();
            }

            return null;
        }

        public static AttributeData? FindAttribute(ISymbol symbol, string metadataName)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && HasMetadataName(type, metadataName))
                {
                    return attribute;
                }
            }

            return null;
        }

        public static bool HasMetadataName(INamedTypeSymbol type, string metadataName)
        {
            int dot = metadataName.LastIndexOf('.');
            return string.Equals(type.MetadataName, metadataName.Substring(dot + 1), StringComparison.Ordinal) &&
                   string.Equals(type.ContainingNamespace?.ToDisplayString(), metadataName.Substring(0, Math.Max(dot, 0)), StringComparison.Ordinal) &&
                   type.ContainingType is null;
        }

        /// <summary>Reads <c>[assembly: DataCatalogue]</c>; absent values stay null.</summary>
        public static CatalogueInfo ReadCatalogue(Compilation compilation, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string assemblyName = compilation.AssemblyName ?? "catalogue";
            AttributeData? attribute = FindAttribute(compilation.Assembly, MetadataNames.DataCatalogueAttribute);
            if (attribute is null)
            {
                return CatalogueInfo.Empty(assemblyName);
            }

            return new CatalogueInfo(
                NamedString(attribute, "Title"),
                NamedString(attribute, "Description"),
                NamedString(attribute, "Publisher"),
                NamedString(attribute, "ContactPoint"),
                NamedString(attribute, "HomePage"),
                NamedString(attribute, "License"),
                NamedString(attribute, "BaseUri"),
                assemblyName);
        }

        /// <summary>The runtime library type that reads the model back; its presence beside the attribute enables <c>ReadModel()</c>.</summary>
        public const string ModelSerializerMetadataName = "DataSteward.Catalogue.CatalogueModelSerializer";

        /// <summary>Reads a <c>[Dataset]</c> type into its model; null when the attribute has no readable identifier.</summary>
        public static DatasetModel? ReadDataset(INamedTypeSymbol type, AttributeData attribute, PersonalDataClassifier classifier, CancellationToken cancellationToken)
        {
            string? identifier = ReadIdentifier(attribute);
            if (identifier is null)
            {
                return null;
            }

            string? description = NamedString(attribute, "Description") ?? Summary(type, cancellationToken);
            return new DatasetModel(
                identifier,
                FullName(type),
                NamedString(attribute, "Title"),
                description,
                NamedString(attribute, "Publisher"),
                NamedString(attribute, "ContactPoint"),
                NamedString(attribute, "License"),
                ReadAccess(attribute),
                NamedStrings(attribute, "Themes"),
                NamedStrings(attribute, "Keywords"),
                NamedString(attribute, "UpdateFrequency"),
                Named(attribute, "ReferenceData") is { Value: bool referenceData } && referenceData,
                NamedString(attribute, "Purpose"),
                ReadLawfulBasis(attribute),
                NamedString(attribute, "Retention"),
                NamedStrings(attribute, "Recipients"),
                NamedStrings(attribute, "DataSubjects"),
                ReadSpecialCategoryCondition(attribute),
                ReadFields(type, classifier, cancellationToken),
                attribute.AttributeClass?.ContainingAssembly.GetTypeByMetadataName(ModelSerializerMetadataName) is not null);
        }

        public static SpecialCategoryConditionKind? ReadSpecialCategoryCondition(AttributeData attribute) =>
            Named(attribute, "SpecialCategoryCondition") is { Value: int condition } && condition is >= 0 and <= 9 ? (SpecialCategoryConditionKind)condition : null;

        public static AccessLevel ReadAccess(AttributeData attribute) =>
            Named(attribute, "Access") is { Value: int access } && access is >= 0 and <= 2 ? (AccessLevel)access : AccessLevel.NonPublic;

        public static LawfulBasisKind? ReadLawfulBasis(AttributeData attribute) =>
            Named(attribute, "LegalBasis") is { Value: int basis } && basis is >= 0 and <= 5 ? (LawfulBasisKind)basis : null;

        public static TypedConstant? Named(AttributeData attribute, string name)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (string.Equals(argument.Key, name, StringComparison.Ordinal) && argument.Value.Kind != TypedConstantKind.Error)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        public static string? NamedString(AttributeData attribute, string name) =>
            Named(attribute, name) is { Kind: TypedConstantKind.Primitive, Value: string value } && value.Trim().Length > 0 ? value.Trim() : null;

        private static EquatableArray<string> NamedStrings(AttributeData attribute, string name)
        {
            if (Named(attribute, name) is not { Kind: TypedConstantKind.Array } array || array.IsNull)
            {
                return EquatableArray<string>.Empty;
            }

            var values = ImmutableArray.CreateBuilder<string>();
            foreach (TypedConstant item in array.Values)
            {
                if (item.Value is string value && value.Trim().Length > 0)
                {
                    values.Add(value.Trim());
                }
            }

            return new EquatableArray<string>(values.ToImmutable());
        }

        private static EquatableArray<FieldModel> ReadFields(INamedTypeSymbol type, PersonalDataClassifier classifier, CancellationToken cancellationToken)
        {
            // Base members first, each level in declaration order; an override keeps the place of what it overrides.
            var chain = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
            {
                chain.Insert(0, current);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var fields = ImmutableArray.CreateBuilder<FieldModel>();
            foreach (INamedTypeSymbol level in chain)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!IsDataMember(member, out ITypeSymbol? memberType) || !seen.Add(member.Name))
                    {
                        continue;
                    }

                    fields.Add(ReadField(member, memberType!, type, classifier, cancellationToken));
                }
            }

            return new EquatableArray<FieldModel>(fields.ToImmutable());
        }

        private static bool IsDataMember(ISymbol member, out ITypeSymbol? type)
        {
            type = null;
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared)
            {
                return false;
            }

            switch (member)
            {
                case IPropertySymbol { IsIndexer: false, GetMethod: { DeclaredAccessibility: Accessibility.Public } } property:
                    type = property.Type;
                    return true;
                case IFieldSymbol { IsConst: false, AssociatedSymbol: null } field:
                    type = field.Type;
                    return true;
                default:
                    return false;
            }
        }

        private static FieldModel ReadField(ISymbol member, ITypeSymbol memberType, INamedTypeSymbol datasetType, PersonalDataClassifier classifier, CancellationToken cancellationToken)
        {
            ImmutableArray<AttributeData> attributes = AttributesOf(member);
            int? dataType = null;
            bool key = false;
            bool requiredAttribute = false;
            bool email = false;
            bool url = false;
            int? minLength = null;
            int? maxLength = null;
            string? minimum = null;
            string? maximum = null;
            string? pattern = null;
            foreach (AttributeData attribute in attributes)
            {
                if (attribute.AttributeClass is not { } attributeClass ||
                    !string.Equals(attributeClass.ContainingNamespace?.ToDisplayString(), DataAnnotations, StringComparison.Ordinal))
                {
                    continue;
                }

                ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
                switch (attributeClass.Name)
                {
                    case "KeyAttribute":
                        key = true;
                        break;
                    case "RequiredAttribute":
                        requiredAttribute = true;
                        break;
                    case "EmailAddressAttribute":
                        email = true;
                        break;
                    case "UrlAttribute":
                        url = true;
                        break;
                    case "DataTypeAttribute" when arguments.Length == 1 && arguments[0].Value is int value:
                        dataType = value;
                        break;
                    case "MaxLengthAttribute" when arguments.Length == 1 && arguments[0].Value is int value && value >= 0:
                        maxLength = value;
                        break;
                    case "MinLengthAttribute" when arguments.Length == 1 && arguments[0].Value is int value && value >= 0:
                        minLength = value;
                        break;
                    case "StringLengthAttribute" when arguments.Length == 1 && arguments[0].Value is int value && value >= 0:
                        maxLength = value;
                        if (Named(attribute, "MinimumLength") is { Value: int least } && least > 0)
                        {
                            minLength = least;
                        }

                        break;
                    case "RangeAttribute" when arguments.Length == 2:
                        minimum = JsonNumber(arguments[0].Value);
                        maximum = JsonNumber(arguments[1].Value);
                        break;
                    case "RegularExpressionAttribute" when arguments.Length == 1 && arguments[0].Value is string regex && regex.Length > 0:
                        pattern = regex;
                        break;
                }
            }

            (string? valueType, string? referenced, EquatableArray<string> enumValues) = ValueTypeOf(memberType);
            bool required = requiredAttribute || IsNonNullable(memberType);
            (FieldPrivacy privacy, DataKind kind, SensitiveKind category) = Classify(member, memberType, classifier);
            return new FieldModel(
                member.Name,
                MemberDescription(member, datasetType, cancellationToken),
                valueType,
                DataTypeName(dataType),
                email,
                url,
                referenced,
                required,
                key,
                minLength,
                maxLength,
                minimum,
                maximum,
                pattern,
                enumValues,
                privacy,
                kind,
                category,
                member.GetDocumentationCommentId());
        }

        /// <summary>The <c>[DataType]</c> values the Table Schema writer uses, by name; null for the others.</summary>
        private static string? DataTypeName(int? dataType) => dataType switch
        {
            DataTypeDate => "Date",
            DataTypeTime => "Time",
            DataTypeEmailAddress => "EmailAddress",
            DataTypeUrl => "Url",
            _ => null,
        };

        private static (FieldPrivacy Privacy, DataKind Kind, SensitiveKind Category) Classify(ISymbol member, ITypeSymbol memberType, PersonalDataClassifier classifier)
        {
            DataClassification classification = classifier.ClassifyDeclared(member);
            if (!classification.IsClassified && !classification.ExplicitlyClean)
            {
                // A member whose type is classified ([PersonalData] on the Address class) holds what the type holds.
                classification = classifier.ClassifyType(ElementType(memberType) ?? memberType);
            }

            if (classification.Level == DataLevel.Sensitive)
            {
                return (FieldPrivacy.Sensitive, DataKind.Other, classification.Category);
            }

            if (classification.Level == DataLevel.Personal)
            {
                return (FieldPrivacy.Personal, classification.Kind, default);
            }

            // The classifier says why a member is clean, wherever the attribute sits (the member, a positional
            // parameter, an interface it implements, its type).
            switch (classification.CleanBecause)
            {
                case CleanReason.Pseudonymised:
                    return (FieldPrivacy.Pseudonymised, DataKind.Unspecified, default);
                case CleanReason.NotPersonal:
                    return (FieldPrivacy.NotPersonal, DataKind.Unspecified, default);
            }

            return (FieldPrivacy.None, DataKind.Unspecified, default);
        }

        /// <summary>The member's attributes, and those of the primary-constructor parameter it comes from.</summary>
        private static ImmutableArray<AttributeData> AttributesOf(ISymbol member)
        {
            ImmutableArray<AttributeData> own = member.GetAttributes();
            IParameterSymbol? parameter = PrimaryParameter(member);
            return parameter is null ? own : own.AddRange(parameter.GetAttributes());
        }

        private static IParameterSymbol? PrimaryParameter(ISymbol member)
        {
            if (member is not IPropertySymbol property)
            {
                return null;
            }

            foreach (IMethodSymbol constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is TypeDeclarationSyntax)
                    {
                        foreach (IParameterSymbol parameter in constructor.Parameters)
                        {
                            if (string.Equals(parameter.Name, property.Name, StringComparison.Ordinal))
                            {
                                return parameter;
                            }
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// What the member's type is, as the catalogue model states it (<c>valueType</c>): the name of a special or well-known
        /// type (<c>String</c>, <c>Int32</c>, <c>DateTime</c>, <c>Guid</c>…, nullable unwrapped), <c>Binary</c> (a byte array),
        /// <c>Enum</c> (with its member names), <c>Sequence</c> (an array or enumerable), <c>Composite</c> (another class,
        /// struct or interface, whose name is kept for foreign keys), or null (anything else). The runtime library's Table
        /// Schema writer maps these facts to a Table Schema type and format.
        /// </summary>
        private static (string? ValueType, string? Referenced, EquatableArray<string> EnumValues) ValueTypeOf(ITypeSymbol type)
        {
            ITypeSymbol underlying = Unwrap(type);
            if (underlying is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
            {
                return ("Binary", null, EquatableArray<string>.Empty);
            }

            if (underlying.TypeKind == TypeKind.Enum)
            {
                var names = ImmutableArray.CreateBuilder<string>();
                foreach (ISymbol enumMember in underlying.GetMembers())
                {
                    if (enumMember is IFieldSymbol { IsConst: true })
                    {
                        names.Add(enumMember.Name);
                    }
                }

                return ("Enum", null, new EquatableArray<string>(names.ToImmutable()));
            }

            switch (underlying.SpecialType)
            {
                case SpecialType.System_Object:
                case SpecialType.System_String:
                case SpecialType.System_Char:
                case SpecialType.System_Boolean:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                case SpecialType.System_DateTime:
                    return (underlying.MetadataName, null, EquatableArray<string>.Empty);
            }

            switch (underlying.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            {
                case "global::System.DateTimeOffset":
                case "global::System.DateOnly":
                case "global::System.TimeOnly":
                case "global::System.TimeSpan":
                case "global::System.Guid":
                case "global::System.Uri":
                case "global::System.Numerics.BigInteger":
                case "global::System.Int128":
                case "global::System.UInt128":
                case "global::System.Half":
                    return (underlying.MetadataName, null, EquatableArray<string>.Empty);
            }

            if (ElementType(underlying) is not null)
            {
                return ("Sequence", null, EquatableArray<string>.Empty);
            }

            if (underlying is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named)
            {
                return ("Composite", FullName(named), EquatableArray<string>.Empty);
            }

            return (null, null, EquatableArray<string>.Empty);
        }

        private static ITypeSymbol Unwrap(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

        /// <summary>The element type of an array or a sequence (not a string or a dictionary's pair), else null.</summary>
        private static ITypeSymbol? ElementType(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                return null;
            }

            if (type is INamedTypeSymbol { IsGenericType: true } named &&
                named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return named.TypeArguments[0];
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return @interface.TypeArguments[0];
                }
            }

            return null;
        }

        private static bool IsNonNullable(ITypeSymbol type)
        {
            if (type.IsValueType)
            {
                return type is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
            }

            return type.NullableAnnotation == NullableAnnotation.NotAnnotated;
        }

        private static string? JsonNumber(object? value) => value switch
        {
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e15 => d.ToString("R", CultureInfo.InvariantCulture),
            _ => null,
        };

        public static string FullName(INamedTypeSymbol type) =>
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
