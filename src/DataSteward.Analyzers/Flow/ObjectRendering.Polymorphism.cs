using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// What a value of a polymorphic static type shows when a serialiser that writes the run-time type renders it: a type
/// parameter constrained to a base, an interface, an abstract or open class of this compilation. Its instances are
/// this compilation's concrete types that can be that value, so the rendering is the union of theirs, bounded:
/// above <see cref="MaxCandidates"/> candidates, or for a base that anything can be (an unconstrained T, object, a
/// framework interface), nothing is said.
/// </summary>
internal sealed partial class ObjectRendering
{
    // A handful of commands or events behind a pipeline is evidence; a base implemented by half the code base says
    // nothing about which instance reaches the sink.
    private const int MaxCandidates = 32;

    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> candidates =
        SharedCache.Create<ITypeSymbol, ImmutableArray<INamedTypeSymbol>>(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<ITypeSymbol, bool> polymorphicReach = SharedCache.Create<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

    // Every concrete, non-generic class and struct declared in this compilation's source, nested ones included, under
    // the name and arity of each of its base types and interfaces: built once, on the first polymorphic question.
    private Dictionary<string, List<INamedTypeSymbol>>? concreteTypesByBaseName;

    /// <summary>
    /// Whether the serialiser writes the value's run-time type, so a derived instance shows its own members: Serilog,
    /// NLog and Newtonsoft.Json do; System.Text.Json, XmlSerializer, data contracts and CsvHelper write the declared type
    /// (which, for a type parameter, is the type it is bound to: every serialiser writes a T as its binding).
    /// </summary>
    private static bool WritesRunTimeType(SerialiserFamily family) =>
        family is SerialiserFamily.Properties or SerialiserFamily.PropertiesAndFields or SerialiserFamily.NewtonsoftJson
            or SerialiserFamily.Serilog or SerialiserFamily.NLog;

    /// <summary>
    /// Whether the serialiser renders a value of the type as the instances it can hold (the type itself, not a
    /// collection or a task of it, is polymorphic and the serialiser writes the run-time type).
    /// </summary>
    public static bool RendersInstancesOf(ITypeSymbol type, SerialiserFamily family) =>
        (type is ITypeParameterSymbol || WritesRunTimeType(family)) && IsPolymorphic(type);

    /// <summary>The personal members a serialiser of the family writes of an instance of exactly this type, or null.</summary>
    public Taint? RenderSerialisedExactly(INamedTypeSymbol type, SerialiserFamily family, SummaryRequest request) =>
        SerialisedExact(Unwrap(type), family, request).Taint;

    /// <summary>
    /// The cheap first test: a type parameter with a constraint, or an interface or a class that is not sealed, of this
    /// compilation or of a library that is not the framework (a solution's shared project: eShop's events derive from
    /// the IntegrationEvent of its EventBus assembly, and each service's compilation holds its own events).
    /// </summary>
    private static bool IsPolymorphic(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol parameter => !parameter.ConstraintTypes.IsEmpty,
        INamedTypeSymbol { TypeKind: TypeKind.Interface } named => OpensUnion(named),
        INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: false, IsStatic: false, SpecialType: SpecialType.None } named => OpensUnion(named),
        _ => false,
    };

    private static bool OpensUnion(INamedTypeSymbol type) => SourceSymbols.IsFromSource(type) || !IsFrameworkType(type);

    // The union of the candidates' own renderings, each named from its own type (CreateOrderCommand.UserName).
    private SerialisedView SerialisedCandidates(ITypeSymbol type, SerialiserFamily family, SummaryRequest request)
    {
        ImmutableArray<INamedTypeSymbol> instances = CandidatesOf(type, request.CancellationToken);
        Taint? taint = null;
        ImmutableArray<SerialisedMember>.Builder? members = null;
        foreach (INamedTypeSymbol instance in instances)
        {
            SerialisedView view = SerialisedExact(instance, family, request);
            if (view.Taint is null)
            {
                continue;
            }

            taint = Taint.Union(taint, view.Taint);
            members ??= ImmutableArray.CreateBuilder<SerialisedMember>();
            members.AddRange(view.Members);
        }

        return taint is null ? SerialisedView.Empty : new SerialisedView(taint, members!.ToImmutable());
    }

    /// <summary>
    /// Whether a candidate of the polymorphic type may show personal data. <paramref name="asking"/> holds the
    /// polymorphic types whose question is open in this search (null at the start of one), passed down explicitly.
    /// </summary>
    private bool MayShowPolymorphic(ITypeSymbol type, CancellationToken cancellationToken, HashSet<ITypeSymbol>? asking = null)
    {
        if (polymorphicReach.TryGetValue(type, out bool known))
        {
            return known;
        }

        // A candidate with a member of the same T (IdentifiedCommand<T> : IRequest where T : IRequest) asks this
        // question again: answered "may" meanwhile, a gate that is never wrong, only less selective.
        asking ??= new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        if (!asking.Add(type))
        {
            return true;
        }

        try
        {
            bool result = false;
            foreach (INamedTypeSymbol instance in CandidatesOf(type, cancellationToken))
            {
                if (MayShowExact(instance, cancellationToken, asking))
                {
                    result = true;
                    break;
                }
            }

            return polymorphicReach.GetOrAdd(type, result);
        }
        finally
        {
            asking.Remove(type);
        }
    }

    private ImmutableArray<INamedTypeSymbol> CandidatesOf(ITypeSymbol type, CancellationToken cancellationToken)
    {
        if (candidates.TryGetValue(type, out ImmutableArray<INamedTypeSymbol> known))
        {
            return known;
        }

        return candidates.GetOrAdd(type, ComputeCandidates(type, cancellationToken));
    }

    private ImmutableArray<INamedTypeSymbol> ComputeCandidates(ITypeSymbol type, CancellationToken cancellationToken)
    {
        // A type parameter can be what satisfies all its constraints; only bases of the code base or of its libraries
        // narrow it (an unresolved library's interface too: MediatR's IRequest<T> when the package is not restored).
        var bases = new List<INamedTypeSymbol>();
        if (type is ITypeParameterSymbol parameter)
        {
            foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
            {
                if (constraint is INamedTypeSymbol named && NarrowsTypeParameter(named))
                {
                    bases.Add(named);
                }
            }
        }
        else if (type is INamedTypeSymbol named)
        {
            bases.Add(named);
        }

        if (bases.Count == 0)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        // Only a type with a base or interface of the same name and arity can satisfy a base (also when either side is
        // an unresolved library's type, which is known by its name and arity only); the exact test follows.
        Dictionary<string, List<INamedTypeSymbol>> index = ConcreteTypesByBaseName(cancellationToken);
        List<INamedTypeSymbol>? narrowest = null;
        foreach (INamedTypeSymbol baseType in bases)
        {
            if (!index.TryGetValue(NameKey(baseType), out List<INamedTypeSymbol>? named))
            {
                return ImmutableArray<INamedTypeSymbol>.Empty;
            }

            if (narrowest is null || named.Count < narrowest.Count)
            {
                narrowest = named;
            }
        }

        var result = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (INamedTypeSymbol candidate in narrowest!)
        {
            if (SatisfiesAll(candidate, bases))
            {
                if (result.Count == MaxCandidates)
                {
                    return ImmutableArray<INamedTypeSymbol>.Empty;
                }

                result.Add(candidate);
            }
        }

        // Named in the message in a stable order, whatever order the declarations were visited in.
        result.Sort(static (left, right) =>
        {
            int byName = string.CompareOrdinal(left.Name, right.Name);
            return byName != 0 ? byName : string.CompareOrdinal(left.ToDisplayString(), right.ToDisplayString());
        });
        return result.ToImmutable();
    }

    // object, ValueType and the framework's interfaces (IDisposable, IEnumerable, IComparable) say nothing of what T is.
    private static bool NarrowsTypeParameter(INamedTypeSymbol constraint) =>
        constraint.TypeKind == TypeKind.Error
        || (constraint.TypeKind is TypeKind.Interface or TypeKind.Class && constraint.SpecialType == SpecialType.None && !IsFrameworkType(constraint));

    private static bool SatisfiesAll(INamedTypeSymbol candidate, List<INamedTypeSymbol> bases)
    {
        foreach (INamedTypeSymbol baseType in bases)
        {
            if (!Satisfies(candidate, baseType))
            {
                return false;
            }
        }

        return true;
    }

    // A base with type parameters among its arguments by its definition (IRequest<TResponse> is satisfied by an
    // IRequest<bool>); a constructed one exactly (a Message<string> is not a Message<object>).
    private static bool Satisfies(INamedTypeSymbol candidate, INamedTypeSymbol baseType)
    {
        bool byDefinition = !IsClosed(baseType);
        if (SameDefinition(candidate, baseType))
        {
            // The declared type itself is rendered as it is; the union adds what it is not.
            return false;
        }

        for (INamedTypeSymbol? current = candidate.BaseType; current is not null; current = current.BaseType)
        {
            if (Same(current, baseType, byDefinition))
            {
                return true;
            }
        }

        foreach (INamedTypeSymbol implemented in candidate.AllInterfaces)
        {
            if (Same(implemented, baseType, byDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(INamedTypeSymbol type, INamedTypeSymbol baseType, bool byDefinition) =>
        byDefinition || type.TypeKind == TypeKind.Error || baseType.TypeKind == TypeKind.Error
            ? SameDefinition(type, baseType)
            : SymbolEqualityComparer.Default.Equals(type, baseType);

    // Whether no type parameter occurs in the type's arguments, at any depth.
    private static bool IsClosed(INamedTypeSymbol type)
    {
        foreach (ITypeSymbol argument in type.TypeArguments)
        {
            bool open = argument switch
            {
                ITypeParameterSymbol => true,
                INamedTypeSymbol named => !IsClosed(named),
                IArrayTypeSymbol array => array.ElementType is ITypeParameterSymbol,
                _ => false,
            };
            if (open)
            {
                return false;
            }
        }

        return type.ContainingType is null || IsClosed(type.ContainingType);
    }

    // A type of a library that is not referenced is an error type, known by its name and arity only.
    private static bool SameDefinition(INamedTypeSymbol left, INamedTypeSymbol right) =>
        left.TypeKind == TypeKind.Error || right.TypeKind == TypeKind.Error
            ? left.Arity == right.Arity && string.Equals(left.Name, right.Name, StringComparison.Ordinal)
            : SymbolEqualityComparer.Default.Equals(left.OriginalDefinition, right.OriginalDefinition);

    private Dictionary<string, List<INamedTypeSymbol>> ConcreteTypesByBaseName(CancellationToken cancellationToken)
    {
        Dictionary<string, List<INamedTypeSymbol>>? known = Volatile.Read(ref concreteTypesByBaseName);
        if (known is not null)
        {
            return known;
        }

        var concrete = new List<INamedTypeSymbol>();
        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(context.Compilation.Assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamespaceSymbol ns = namespaces.Pop();
            foreach (INamespaceSymbol inner in ns.GetNamespaceMembers())
            {
                namespaces.Push(inner);
            }

            foreach (INamedTypeSymbol type in ns.GetTypeMembers())
            {
                AddConcrete(type, concrete);
            }
        }

        var index = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (INamedTypeSymbol type in concrete)
        {
            keys.Clear();
            for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
            {
                keys.Add(NameKey(current));
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                keys.Add(NameKey(implemented));
            }

            foreach (string key in keys)
            {
                if (!index.TryGetValue(key, out List<INamedTypeSymbol>? named))
                {
                    index.Add(key, named = new List<INamedTypeSymbol>());
                }

                named.Add(type);
            }
        }

        // Several threads may build it at once; they build the same index, and the first one stored is kept.
        return Interlocked.CompareExchange(ref concreteTypesByBaseName, index, null) ?? index;
    }

    private static string NameKey(INamedTypeSymbol type) =>
        type.Arity == 0 ? type.Name : type.Name + "`" + type.Arity.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A generic type is no candidate of its own: a wrapper (IdentifiedCommand<T> : IRequest) holds what it is bound
    // to, which are candidates already, and naming them twice, once through the wrapper, only lengthens the message.
    private static void AddConcrete(INamedTypeSymbol type, List<INamedTypeSymbol> concrete)
    {
        if (type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsAbstract && !type.IsStatic && !type.IsImplicitlyDeclared && !type.IsGenericType)
        {
            concrete.Add(type);
        }

        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            AddConcrete(nested, concrete);
        }
    }
}
