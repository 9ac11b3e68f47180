using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Which personal members an object shows when it is rendered: as text (<c>ToString()</c>: a record's synthesised
/// printer, a user override, Identity's user name) or serialised (the members a serialiser writes, to any depth,
/// honouring the ignore attributes, without looping on cycles). Computed per type and cached.
/// </summary>
internal sealed class ObjectRendering
{
    private const int MaxDepth = 6;

    private static readonly HashSet<string> IgnoreAttributes = new(StringComparer.Ordinal)
    {
        "System.Text.Json.Serialization.JsonIgnoreAttribute",
        "Newtonsoft.Json.JsonIgnoreAttribute",
        "System.Runtime.Serialization.IgnoreDataMemberAttribute",
        "System.Xml.Serialization.XmlIgnoreAttribute",
        "System.NonSerializedAttribute",
        "CsvHelper.Configuration.Attributes.IgnoreAttribute",
    };

    private readonly FlowAnalysisContext context;
    private readonly ConcurrentDictionary<ITypeSymbol, Taint?> text = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Taint?> serialisedProperties = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Taint?> serialisedPropertiesAndFields = new(SymbolEqualityComparer.Default);
    private readonly INamedTypeSymbol? identityUser;

    public ObjectRendering(FlowAnalysisContext context)
    {
        this.context = context;
        identityUser = Infrastructure.CompilationExtensions.ResolveType(context.Compilation, "Microsoft.AspNetCore.Identity.IdentityUser`1");
    }

    /// <summary>The personal members <c>ToString()</c> prints, or null.</summary>
    public Taint? RenderText(ITypeSymbol type) =>
        text.TryGetValue(type, out Taint? cached) ? cached : text.GetOrAdd(type, ComputeText(type, 0));

    /// <summary>
    /// Whether the text of the value is (derived from) the value itself, so data the value carries shows:
    /// true for records and types with their own <c>ToString</c>, false for a class printing its type name.
    /// </summary>
    public bool TextShowsValue(ITypeSymbol type) => FindToString(type) is not null;

    /// <summary>The personal members a serialiser of the family writes, or null.</summary>
    public Taint? RenderSerialised(ITypeSymbol type, SerialiserFamily family)
    {
        ConcurrentDictionary<ITypeSymbol, Taint?> cache = family == SerialiserFamily.Properties ? serialisedProperties : serialisedPropertiesAndFields;
        if (cache.TryGetValue(type, out Taint? cached))
        {
            return cached;
        }

        var members = new List<DataOrigin>();
        CollectSerialised(type, type.Name, family, members, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0);
        Taint? result = null;
        foreach (DataOrigin origin in members)
        {
            result = Taint.Union(result, Taint.From(origin));
        }

        return cache.GetOrAdd(type, result);
    }

    private Taint? ComputeText(ITypeSymbol type, int depth)
    {
        if (depth > MaxDepth || type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (identityUser is not null && DerivesFrom(named, identityUser) && FindMember(named, "UserName") is IPropertySymbol userName)
        {
            // IdentityUser.ToString() returns UserName.
            return Taint.From(FlowEvaluator.MemberDisplay(userName), context.Classifier.Classify(userName));
        }

        IMethodSymbol? toString = FindToString(named);
        if (toString is null)
        {
            return null;
        }

        if (toString.IsImplicitlyDeclared && named.IsRecord)
        {
            // The synthesised printer shows every public instance field and property, nested records included.
            Taint? result = null;
            foreach (ISymbol member in PublicInstanceMembers(named, includeFields: true))
            {
                DataClassification classification = context.Classifier.Classify(member);
                if (classification.ExplicitlyClean)
                {
                    continue;
                }

                result = Taint.Union(result, Taint.From(FlowEvaluator.MemberDisplay(member), classification));
                if (PersonalDataClassifier.TypeOf(member) is { } memberType && !FlowEvaluator.IsOpaqueForRendering(memberType))
                {
                    result = Taint.Union(result, ComputeText(memberType, depth + 1));
                }
            }

            return result;
        }

        return FlowEvaluator.IsFromSource(toString) ? context.Summaries.Get(toString).Own : null;
    }

    private void CollectSerialised(ITypeSymbol type, string path, SerialiserFamily family, List<DataOrigin> into, HashSet<ITypeSymbol> visiting, int depth)
    {
        if (depth > MaxDepth || into.Count >= 64)
        {
            return;
        }

        if (ElementType(type) is { } element)
        {
            CollectSerialised(element, path, family, into, visiting, depth);
            return;
        }

        if (type is not INamedTypeSymbol named || FlowEvaluator.IsOpaqueForRendering(type) || IsFrameworkType(named) || !visiting.Add(named))
        {
            return;
        }

        bool dataContract = HasAttribute(named, "System.Runtime.Serialization.DataContractAttribute");
        foreach (ISymbol member in PublicInstanceMembers(named, includeFields: true, includeNonPublic: dataContract))
        {
            if (!IsWritten(member, family, dataContract))
            {
                continue;
            }

            string memberPath = path + "." + member.Name;
            DataClassification classification = context.Classifier.Classify(member);
            if (classification.ExplicitlyClean)
            {
                continue;
            }

            if (classification.IsTracked)
            {
                into.Add(new DataOrigin(memberPath, classification));
            }

            if (PersonalDataClassifier.TypeOf(member) is { } memberType)
            {
                CollectSerialised(memberType, memberPath, family, into, visiting, depth + 1);
            }
        }

        visiting.Remove(named);
    }

    private static bool IsWritten(ISymbol member, SerialiserFamily family, bool dataContract)
    {
        if (dataContract)
        {
            return HasAttribute(member, "System.Runtime.Serialization.DataMemberAttribute");
        }

        if (member.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && IgnoreAttributes.Contains(KnownMethods.FullName(attributeClass)))
            {
                // [JsonIgnore(Condition = WhenWritingNull)] still writes non-null values.
                bool conditional = attribute.NamedArguments.Length > 0 && attribute.NamedArguments[0].Key == "Condition"
                    && attribute.NamedArguments[0].Value.Value is int condition && condition != 1;
                if (!conditional)
                {
                    return false;
                }
            }
        }

        return member is IPropertySymbol
            || family == SerialiserFamily.PropertiesAndFields
            || HasAttribute(member, "System.Text.Json.Serialization.JsonIncludeAttribute");
    }

    private static IEnumerable<ISymbol> PublicInstanceMembers(INamedTypeSymbol type, bool includeFields, bool includeNonPublic = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || (!includeNonPublic && member.DeclaredAccessibility != Accessibility.Public) || !seen.Add(member.Name))
                {
                    continue;
                }

                if (member is IPropertySymbol { IsIndexer: false, GetMethod: not null } property && !string.Equals(property.Name, "EqualityContract", StringComparison.Ordinal))
                {
                    yield return property;
                }
                else if (includeFields && member is IFieldSymbol { AssociatedSymbol: null, IsConst: false } field)
                {
                    yield return field;
                }
            }
        }
    }

    private static IMethodSymbol? FindToString(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsOverride: true } method)
                {
                    return method;
                }
            }
        }

        return null;
    }

    /// <summary>Arrays and enumerable types other than <c>string</c>.</summary>
    public static bool IsCollection(ITypeSymbol type) => ElementType(type) is not null;

    private static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String || type is not INamedTypeSymbol named)
        {
            return null;
        }

        // IDictionary<K, V> renders its values; IEnumerable<T> its elements.
        foreach (INamedTypeSymbol candidate in Concat(named, named.AllInterfaces))
        {
            if (candidate.IsGenericType && candidate.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                ITypeSymbol item = candidate.TypeArguments[0];
                return item is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair ? pair.TypeArguments[1] : item;
            }
        }

        return null;
    }

    private static IEnumerable<INamedTypeSymbol> Concat(INamedTypeSymbol first, ImmutableArray<INamedTypeSymbol> rest)
    {
        yield return first;
        foreach (INamedTypeSymbol item in rest)
        {
            yield return item;
        }
    }

    // Library types are rendered by their own rules (a Uri as text, a Stream not at all); their members are not the user's data.
    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        string? ns = type.ContainingNamespace?.ToDisplayString();
        return ns is not null && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal))
            && !ns.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal);
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? FindMember(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers(name))
            {
                return member;
            }
        }

        return null;
    }

    private static bool HasAttribute(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && KnownMethods.FullName(attributeClass) == metadataName)
            {
                return true;
            }
        }

        return false;
    }
}
