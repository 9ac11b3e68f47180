using DataSteward.Analyzers.Infrastructure;
using System;
using System.Collections.Generic;
using DataSteward.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Which members of an object each serialiser family writes, by that library's own rules and attributes
/// (System.Text.Json, Newtonsoft.Json, XmlSerializer, DataContractSerializer, CsvHelper, Serilog's and NLog's
/// <c>{@x}</c>, and the plain "public properties" of unknown writers). The rules live with the sinks; <see cref="ObjectRendering"/> walks the
/// object graph with them.
/// </summary>
internal static class SerialiserMembers
{
    private const string StjIgnore = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    private const string StjInclude = "System.Text.Json.Serialization.JsonIncludeAttribute";
    private const string NewtonsoftIgnore = "Newtonsoft.Json.JsonIgnoreAttribute";
    private const string NewtonsoftProperty = "Newtonsoft.Json.JsonPropertyAttribute";
    private const string NewtonsoftObject = "Newtonsoft.Json.JsonObjectAttribute";
    private const string IgnoreDataMember = "System.Runtime.Serialization.IgnoreDataMemberAttribute";
    private const string DataMember = "System.Runtime.Serialization.DataMemberAttribute";
    public const string DataContract = "System.Runtime.Serialization.DataContractAttribute";
    private const string XmlIgnore = "System.Xml.Serialization.XmlIgnoreAttribute";
    private const string NonSerialized = "System.NonSerializedAttribute";
    private const string CsvIgnore = "CsvHelper.CsvIgnoreAttribute";
    private const string CsvIgnoreClassic = "CsvHelper.Configuration.Attributes.IgnoreAttribute";
    public const string CsvIgnoreBase = "CsvHelper.CsvIgnoreBaseAttribute";
    private const string NotLogged = "Destructurama.Attributed.NotLoggedAttribute";
    private const string LogMasked = "Destructurama.Attributed.LogMaskedAttribute";

    // System.Text.Json's [JsonIgnore] is not among them: its Condition decides (IsIgnoredBySystemTextJson).
    private static readonly string[] IgnoreAttributes =
    [
        NewtonsoftIgnore, IgnoreDataMember, XmlIgnore, NonSerialized, CsvIgnore, CsvIgnoreClassic,
    ];

    public static bool IsWritten(ISymbol member, SerialiserFamily family, TypeShape shape)
    {
        var property = member as IPropertySymbol;
        var field = member as IFieldSymbol;
        bool publicProperty = property is { DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public };
        bool publicField = field is { DeclaredAccessibility: Accessibility.Public };
        switch (family)
        {
            case SerialiserFamily.SystemTextJson:
                // System.Text.Json knows only its own attributes; [JsonIgnore(Condition = WhenWritingNull)] still writes values.
                return !IsIgnoredBySystemTextJson(member) && (publicProperty || HasAttribute(member, StjInclude));

            case SerialiserFamily.NewtonsoftJson:
                if (HasAttribute(member, NewtonsoftIgnore) || HasAttribute(member, IgnoreDataMember) || HasAttribute(member, NonSerialized))
                {
                    return false;
                }

                if (shape.DataContract || shape.NewtonsoftOptIn)
                {
                    return HasAttribute(member, DataMember) || HasAttribute(member, NewtonsoftProperty);
                }

                return publicProperty || publicField || HasAttribute(member, NewtonsoftProperty);

            case SerialiserFamily.Xml:
                if (HasAttribute(member, XmlIgnore))
                {
                    return false;
                }

                return property is not null
                    ? publicProperty && (property.SetMethod is { DeclaredAccessibility: Accessibility.Public } || ObjectRendering.IsCollection(property.Type))
                    : publicField && !field!.IsReadOnly;

            case SerialiserFamily.DataContract:
                if (shape.DataContract)
                {
                    return HasAttribute(member, DataMember);
                }

                if (shape.Serializable)
                {
                    // [Serializable]: every field, private ones and auto-property backing fields included, but [NonSerialized].
                    return field is not null
                        ? !HasAttribute(field, NonSerialized)
                        : property is not null && shape.BackingField(property) is { } backing && !HasAttribute(backing, NonSerialized);
                }

                return !HasAttribute(member, IgnoreDataMember)
                    && (property is not null ? publicProperty && property.SetMethod is { DeclaredAccessibility: Accessibility.Public } : publicField);

            case SerialiserFamily.Csv:
                // CsvHelper 34 writes the columns it reads: public and internal settable properties and fields.
                if (HasAttribute(member, CsvIgnore) || HasAttribute(member, CsvIgnoreClassic))
                {
                    return false;
                }

                return member.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
                    && (property is not null ? property.SetMethod is not null : !field!.IsReadOnly);

            case SerialiserFamily.Serilog:
                // Serilog reflects over readable properties and knows no serialiser's attributes (a [JsonIgnore]
                // member is logged); Destructurama.Attributed is the way to hide one, matched by metadata name.
                return publicProperty && property!.Parameters.IsEmpty && !HasAttribute(member, NotLogged) && !HasAttribute(member, LogMasked);

            case SerialiserFamily.NLog:
                return publicProperty && property!.Parameters.IsEmpty;

            default:
                if (HasAnyIgnoreAttribute(member))
                {
                    return false;
                }

                return publicProperty || (family == SerialiserFamily.PropertiesAndFields && publicField) || HasAttribute(member, StjInclude);
        }
    }

    private static bool IsIgnoredBySystemTextJson(ISymbol member)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeClass || !Namespaces.IsType(attributeClass, StjIgnore))
            {
                continue;
            }

            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                // JsonIgnoreCondition: Never = 0, Always = 1, WhenWritingDefault = 2, WhenWritingNull = 3.
                if (argument.Key == "Condition" && argument.Value.Value is int condition && condition != 1)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool HasAnyIgnoreAttribute(ISymbol member)
    {
        if (IsIgnoredBySystemTextJson(member))
        {
            return true;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && IsAnyOf(attributeClass, IgnoreAttributes))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAnyOf(INamedTypeSymbol attributeClass, string[] fullNames)
    {
        foreach (string fullName in fullNames)
        {
            if (Namespaces.IsType(attributeClass, fullName))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAttribute(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && Namespaces.IsType(attributeClass, metadataName))
            {
                return true;
            }
        }

        return false;
    }

    // What a serialiser needs to know about a type once: its opt-in attributes and its auto-property backing fields.
    public readonly struct TypeShape
    {
        private readonly INamedTypeSymbol type;

        public TypeShape(INamedTypeSymbol type)
        {
            this.type = type;
            DataContract = HasAttribute(type, SerialiserMembers.DataContract);
            Serializable = type.IsSerializable;
            NewtonsoftOptIn = false;
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is { } attributeClass && Namespaces.IsType(attributeClass, NewtonsoftObject))
                {
                    // MemberSerialization.OptIn = 1, as the constructor argument or the named property.
                    foreach (TypedConstant argument in attribute.ConstructorArguments)
                    {
                        NewtonsoftOptIn |= argument.Value is int value && value == 1;
                    }

                    foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                    {
                        NewtonsoftOptIn |= argument.Key == "MemberSerialization" && argument.Value.Value is int value && value == 1;
                    }
                }
            }
        }

        public bool DataContract { get; }

        public bool Serializable { get; }

        public bool NewtonsoftOptIn { get; }

        public bool IsAutoProperty(IPropertySymbol property) => BackingField(property) is not null;

        public IFieldSymbol? BackingField(IPropertySymbol property)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (!SymbolEqualityComparer.Default.Equals(current, property.ContainingType))
                {
                    continue;
                }

                return BackingFieldOf(property);
            }

            return null;
        }
    }

    /// <summary>The compiler-generated field behind an auto-property, or null for a computed property.</summary>
    public static IFieldSymbol? BackingFieldOf(IPropertySymbol property)
    {
        // The compiler names the field after the property: a lookup by name, not a scan of every member.
        foreach (ISymbol member in property.ContainingType.GetMembers("<" + property.Name + ">k__BackingField"))
        {
            if (member is IFieldSymbol { AssociatedSymbol: { } associated } field && SymbolEqualityComparer.Default.Equals(associated, property))
            {
                return field;
            }
        }

        return null;
    }
}
