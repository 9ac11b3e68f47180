using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// The simple names through which code can reach a sink of the table (methods called, types created, properties set),
/// for tests on syntax alone: a call that names none of them cannot be a call to the table's sinks.
/// </summary>
internal sealed class SinkNames
{
    // The fewest arguments with which a call of that name passes one to a data parameter (Counter<T>.Add(delta, tag)
    // takes its data second: list.Add(x) cannot be it).
    private readonly Dictionary<string, int> methods = new(StringComparer.Ordinal);
    private readonly HashSet<string> createdTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> properties = new(StringComparer.Ordinal);

    /// <summary>Whether an indexer is a sink (configured): then any element assignment may be one.</summary>
    public bool AnyIndexer { get; private set; }

    /// <summary>Whether a call named <paramref name="name"/> with <paramref name="argumentCount"/> arguments may be a sink's.</summary>
    public bool IsMethod(string name, int argumentCount) => methods.TryGetValue(name, out int fewest) && argumentCount >= fewest;

    public bool IsCreatedType(string name) => createdTypes.Contains(name);

    public bool IsProperty(string name) => properties.Contains(name);

    internal void AddRow(INamedTypeSymbol type, SinkSpec spec, Func<SinkSpec, IParameterSymbol, bool> carriesData)
    {
        if (spec.AllMethods)
        {
            foreach (string member in type.MemberNames)
            {
                AddMember(type, spec, member, carriesData);
            }

            return;
        }

        foreach (string method in spec.Methods)
        {
            AddMember(type, spec, method, carriesData);
        }
    }

    internal void AddConfigured(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                createdTypes.Add(constructor.ContainingType.Name);
                break;
            case IMethodSymbol { AssociatedSymbol: IPropertySymbol property }:
                AddConfigured(property);
                break;
            case IMethodSymbol method:
                AddMethod(method.Name, 0);
                break;
            case IPropertySymbol { IsIndexer: true }:
                AnyIndexer = true;
                break;
            case IPropertySymbol property:
                properties.Add(property.Name);
                break;
        }
    }

    private void AddMember(INamedTypeSymbol type, SinkSpec spec, string member, Func<SinkSpec, IParameterSymbol, bool> carriesData)
    {
        if (member == WellKnownMemberNames.InstanceConstructorName)
        {
            createdTypes.Add(type.Name);
        }
        else if (member.StartsWith("set_", StringComparison.Ordinal))
        {
            string property = member.Substring(4);
            if (property == WellKnownMemberNames.Indexer || property == "Item")
            {
                AnyIndexer = true;
            }
            else
            {
                properties.Add(property);
            }
        }
        else if (member == WellKnownMemberNames.Indexer)
        {
            AnyIndexer = true;
        }
        else
        {
            // A member of a whole-type row may be a method or a property.
            properties.Add(member);
            foreach (ISymbol symbol in type.GetMembers(member))
            {
                if (symbol is IMethodSymbol method && FirstDataArgument(method, spec, carriesData) is int ordinal)
                {
                    AddMethod(member, ordinal + 1);
                }
            }
        }
    }

    private void AddMethod(string name, int fewestArguments) =>
        methods[name] = methods.TryGetValue(name, out int known) ? Math.Min(known, fewestArguments) : fewestArguments;

    // Where the first data parameter is in a call's argument list (an extension method's receiver is not in the list).
    private static int? FirstDataArgument(IMethodSymbol method, SinkSpec spec, Func<SinkSpec, IParameterSymbol, bool> carriesData)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (carriesData(spec, parameter))
            {
                return method.IsExtensionMethod ? Math.Max(0, parameter.Ordinal - 1) : parameter.Ordinal;
            }
        }

        return null;
    }
}
