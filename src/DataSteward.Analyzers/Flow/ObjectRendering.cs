using DataSteward.Analyzers.Infrastructure;
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
/// printer, a user override, Identity's user name) or serialised (the members a serialiser of a given family writes,
/// by that library's own rules and attributes, to any depth, each type of the graph once). Computed per type and
/// family, and cached.
/// </summary>
internal sealed partial class ObjectRendering
{
    // How deep ToString() renderings (records printing records) are followed.
    private const int MaxDepth = 6;

    // Bounds of one serialised rendering: a type graph is walked breadth first, each type once, so these only
    // matter for generated models of thousands of types; the message counts members exactly up to MaxOrigins.
    private const int MaxExpandedTypes = 1024;
    private const int MaxMemberVisits = 16_384;
    private const int MaxOrigins = 256;

    private readonly CompilationModel context;
    private readonly ConcurrentDictionary<ITypeSymbol, Taint?> text = SharedCache.Create<ITypeSymbol, Taint?>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, SerialisedView>[] serialised;
    private readonly ConcurrentDictionary<ITypeSymbol, SerialisedView>[] polymorphic;
    private readonly ConcurrentDictionary<INamedTypeSymbol, WrittenMembers>[] writtenMembers;
    private readonly INamedTypeSymbol? identityUser;

    public ObjectRendering(CompilationModel context)
    {
        this.context = context;
        identityUser = Infrastructure.CompilationExtensions.ResolveType(context.Compilation, "Microsoft.AspNetCore.Identity.IdentityUser`1");
        serialised = new ConcurrentDictionary<ITypeSymbol, SerialisedView>[(int)SerialiserFamily.NLog + 1];
        polymorphic = new ConcurrentDictionary<ITypeSymbol, SerialisedView>[serialised.Length];
        writtenMembers = new ConcurrentDictionary<INamedTypeSymbol, WrittenMembers>[serialised.Length];
        for (int i = 0; i < serialised.Length; i++)
        {
            serialised[i] = SharedCache.Create<ITypeSymbol, SerialisedView>(SymbolEqualityComparer.Default);
            polymorphic[i] = SharedCache.Create<ITypeSymbol, SerialisedView>(SymbolEqualityComparer.Default);
            writtenMembers[i] = SharedCache.Create<INamedTypeSymbol, WrittenMembers>(SymbolEqualityComparer.Default);
        }
    }

    /// <summary>The personal members <c>ToString()</c> prints, or null.</summary>
    public Taint? RenderText(ITypeSymbol type, SummaryRequest request)
    {
        if (text.TryGetValue(type, out Taint? cached))
        {
            return cached;
        }

        int provisional = request.ProvisionalReads;
        Taint? result = ComputeText(type, 0, request);

        // A rendering that read a summary still being solved is right for this request only.
        return request.ProvisionalReads == provisional ? text.GetOrAdd(type, result) : result;
    }

    /// <summary>
    /// Whether the text of the value is (derived from) the value itself, so data the value carries shows:
    /// true for records and types with their own <c>ToString</c>, false for a class printing its type name.
    /// </summary>
    public bool TextShowsValue(ITypeSymbol type) => FindToString(type) is not null;

    /// <summary>Whether a serialiser of the family writes the property or field, by that library's rules.</summary>
    public static bool Writes(ISymbol member, SerialiserFamily family) =>
        member.ContainingType is not { } type || SerialiserMembers.IsWritten(member, family, new SerialiserMembers.TypeShape(type));

    /// <summary>The personal members a serialiser of the family writes, or null.</summary>
    public Taint? RenderSerialised(ITypeSymbol type, SerialiserFamily family, SummaryRequest request) => Serialised(type, family, request).Taint;

    /// <summary>
    /// The members behind <see cref="RenderSerialised"/>, in the same order, each with its level and whether a
    /// member above it on its path is itself reported (ignoring that one hides it): what a code fix edits.
    /// </summary>
    public ImmutableArray<SerialisedMember> SerialisedMembers(ITypeSymbol type, SerialiserFamily family, SummaryRequest request) =>
        Serialised(type, family, request).Members;

    private SerialisedView Serialised(ITypeSymbol type, SerialiserFamily family, SummaryRequest request)
    {
        // A list of T, a T? and a Task<T> are written as T: one rendering for all of them.
        ITypeSymbol item = Unwrap(type);
        SerialisedView exact = SerialisedExact(item, family, request);
        if (exact.Taint is not null || !RendersInstancesOf(item, family))
        {
            return exact;
        }

        ConcurrentDictionary<ITypeSymbol, SerialisedView> cache = polymorphic[(int)family];
        if (cache.TryGetValue(item, out SerialisedView? cached))
        {
            return cached;
        }

        if (!MayShowPolymorphic(item, request.CancellationToken))
        {
            return SerialisedView.Empty;
        }

        int provisional = request.ProvisionalReads;
        SerialisedView result = SerialisedCandidates(item, family, request);
        return request.ProvisionalReads == provisional ? cache.GetOrAdd(item, result) : result;
    }

    // The rendering of the declared type itself, whatever instances of other types the value may hold.
    private SerialisedView SerialisedExact(ITypeSymbol item, SerialiserFamily family, SummaryRequest request)
    {
        ConcurrentDictionary<ITypeSymbol, SerialisedView> cache = serialised[(int)family];
        if (cache.TryGetValue(item, out SerialisedView? cached))
        {
            return cached;
        }

        if (!MayShowExact(item, request.CancellationToken))
        {
            return SerialisedView.Empty;
        }

        int provisional = request.ProvisionalReads;
        SerialisedView result = ComputeSerialised(item, family, request);
        return request.ProvisionalReads == provisional ? cache.GetOrAdd(item, result) : result;
    }

    private Taint? ComputeText(ITypeSymbol type, int depth, SummaryRequest request)
    {
        if (depth > MaxDepth || type is not INamedTypeSymbol named || context.Classifier.ClassifyType(named).ExplicitlyClean)
        {
            return null;
        }

        if (identityUser is not null && DerivesFrom(named, identityUser) && FindMember(named, "UserName") is IPropertySymbol userName)
        {
            // IdentityUser.ToString() returns UserName.
            return Taint.From(DisplayNames.Member(userName), context.Classifier.Classify(userName));
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

                result = Taint.Union(result, Taint.From(DisplayNames.Member(member), classification));
                if (PersonalDataClassifier.TypeOf(member) is { } memberType && !FlowEvaluator.IsOpaqueForRendering(memberType))
                {
                    result = Taint.Union(result, ComputeText(memberType, depth + 1, request));
                }
            }

            return result;
        }

        return SourceSymbols.IsFromSource(toString) ? context.Summaries.Get(toString, request).Own : null;
    }

    // Breadth first, each type expanded once: a cycle or a type reached by two paths is named once, at its
    // shortest path, and the walk is linear in the size of the type graph.
    private SerialisedView ComputeSerialised(ITypeSymbol root, SerialiserFamily family, SummaryRequest request)
    {
        ITypeSymbol rootItem = Unwrap(root);
        var origins = ImmutableArray.CreateBuilder<DataOrigin>();
        var members = ImmutableArray.CreateBuilder<SerialisedMember>();
        var expanded = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<PendingType>();
        if (rootItem is INamedTypeSymbol rootType && IsToExpand(expanded, rootType))
        {
            queue.Enqueue(new PendingType(rootType, rootItem.Name, Covered: false));
        }
        int visits = 0;
        while (queue.Count > 0 && origins.Count < MaxOrigins && visits < MaxMemberVisits)
        {
            PendingType pending = queue.Dequeue();
            INamedTypeSymbol named = pending.Type;
            if (expanded.Count >= MaxExpandedTypes || !expanded.Add(named))
            {
                continue;
            }

            WrittenMembers written = WrittenMembersOf(named, family);
            bool stopped = false;
            foreach (WrittenMember step in written.Members)
            {
                if (visits + step.Position > MaxMemberVisits || origins.Count >= MaxOrigins)
                {
                    visits += step.Position;
                    stopped = true;
                    break;
                }

                ISymbol member = step.Member;
                DataClassification classification = step.Classification;
                string? path = null;
                bool reported = false;
                if (classification.IsTracked)
                {
                    origins.Add(new DataOrigin(path = pending.Path + "." + member.Name, classification));
                    members.Add(new SerialisedMember(member.OriginalDefinition, classification.Level, pending.Covered));
                    reported = classification.IsClassified;
                }
                else if (step.ComputedGetter is { } getter)
                {
                    // A computed property (Display => First + " " + Last) writes what its getter reads.
                    if (context.Summaries.Get(getter, request).Own is { } computed && computed.WithoutPlaceholders() is { } read)
                    {
                        foreach (DataOrigin origin in read.Origins)
                        {
                            if (!origins.Contains(origin))
                            {
                                origins.Add(origin);
                            }
                        }

                        members.Add(new SerialisedMember(member.OriginalDefinition, read.Level, pending.Covered));
                    }
                }

                if (step.Item is ITypeParameterSymbol parameter)
                {
                    // A member of type T holds what T is bound to: the types satisfying its constraints, named by the member's path.
                    foreach (INamedTypeSymbol instance in CandidatesOf(parameter, request.CancellationToken))
                    {
                        if (Unwrap(instance) is INamedTypeSymbol candidate && IsToExpand(expanded, candidate))
                        {
                            queue.Enqueue(new PendingType(candidate, path ??= pending.Path + "." + member.Name, pending.Covered || reported));
                        }
                    }
                }
                else if (step.Item is INamedTypeSymbol next && IsToExpand(expanded, next))
                {
                    queue.Enqueue(new PendingType(next, path ?? pending.Path + "." + member.Name, pending.Covered || reported));
                }
            }

            if (!stopped)
            {
                visits += written.Count;
            }
        }

        return new SerialisedView(Taint.FromAll(origins.ToImmutable()), members.ToImmutable());
    }

    // A type's own part of every serialised rendering that expands it, per family: the members the serialiser writes
    // (not declared clean), with their classification and the type each one leads to. Many renderings share a type
    // (a DTO inside every response), so this is read once per type, not once per rendering.
    private WrittenMembers WrittenMembersOf(INamedTypeSymbol type, SerialiserFamily family)
    {
        ConcurrentDictionary<INamedTypeSymbol, WrittenMembers> cache = writtenMembers[(int)family];
        if (cache.TryGetValue(type, out WrittenMembers? known))
        {
            return known;
        }

        var shape = new SerialiserMembers.TypeShape(type);
        ImmutableArray<WrittenMember>.Builder steps = ImmutableArray.CreateBuilder<WrittenMember>();
        int position = 0;
        foreach (ISymbol member in InstanceMembers(type, declaredOnly: family == SerialiserFamily.Csv && SerialiserMembers.HasAttribute(type, SerialiserMembers.CsvIgnoreBase)))
        {
            position++;
            if (!SerialiserMembers.IsWritten(member, family, shape))
            {
                continue;
            }

            DataClassification classification = context.Classifier.Classify(member);
            if (classification.ExplicitlyClean)
            {
                continue;
            }

            IMethodSymbol? computedGetter = !classification.IsTracked && member is IPropertySymbol { GetMethod: { } getter } property
                && SourceSymbols.IsFromSource(property) && !shape.IsAutoProperty(property) ? getter : null;
            ITypeSymbol? item = PersonalDataClassifier.TypeOf(member) is { } memberType ? Unwrap(memberType) : null;
            steps.Add(new WrittenMember(member, position, classification, computedGetter, item));
        }

        return cache.GetOrAdd(type, new WrittenMembers(steps.ToImmutable(), position));
    }

    // Only the types a rendering expands are queued (most members are strings, numbers and dates), and a type already
    // expanded is not queued again. A [Pseudonymised] type is safe for any sink: nothing below it is written as personal data.
    private bool IsToExpand(HashSet<ITypeSymbol> expanded, INamedTypeSymbol type) => !expanded.Contains(type) && IsExpandable(type);

    // What the serialiser writes in place of the value: a collection's items, a dictionary's values, a task's result.
    private static ITypeSymbol Unwrap(ITypeSymbol type)
    {
        for (int i = 0; i < 8; i++)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }
            else if (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" or "ActionResult" or "Lazy" } wrapper && wrapper.TypeArguments.Length == 1
                && IsFrameworkType(wrapper))
            {
                type = wrapper.TypeArguments[0];
            }
            else if (ElementType(type) is { } element)
            {
                type = element;
            }
            else
            {
                break;
            }
        }

        return type;
    }

    // Instance properties (not indexers, with a getter) and fields of the type and its bases, any accessibility,
    // the most derived declaration of a name first; compiler-generated backing fields and EqualityContract excluded.
    private static IEnumerable<ISymbol> InstanceMembers(INamedTypeSymbol type, bool declaredOnly)
    {
        // Names hide each other only across a hierarchy: a type without a base of its own needs no set.
        HashSet<string>? seen = declaredOnly || type.BaseType is null or { SpecialType: SpecialType.System_Object or SpecialType.System_ValueType }
            ? null
            : new HashSet<string>(StringComparer.Ordinal);
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = declaredOnly ? null : current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || (seen is not null && !seen.Add(member.Name)))
                {
                    continue;
                }

                if (member is IPropertySymbol { IsIndexer: false, GetMethod: not null } property && !string.Equals(property.Name, "EqualityContract", StringComparison.Ordinal))
                {
                    yield return property;
                }
                else if (member is IFieldSymbol { AssociatedSymbol: null, IsConst: false } field)
                {
                    yield return field;
                }
            }
        }
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

        if (type is not INamedTypeSymbol named || !MayBeEnumerable(named))
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

    // Strings, primitives, enums and delegates are not rendered as collections: answered without listing their
    // interfaces, which this question is asked for every member of every type walked.
    private static bool MayBeEnumerable(INamedTypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
        && type.SpecialType is SpecialType.None
            or SpecialType.System_Collections_Generic_IEnumerable_T
            or SpecialType.System_Collections_Generic_ICollection_T
            or SpecialType.System_Collections_Generic_IList_T
            or SpecialType.System_Collections_Generic_IReadOnlyCollection_T
            or SpecialType.System_Collections_Generic_IReadOnlyList_T;

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
        INamespaceSymbol? ns = type.ContainingNamespace;
        return Namespaces.RootName(ns) switch
        {
            "System" => true,
            "Microsoft" => !Namespaces.Is(ns, "Microsoft") && !Namespaces.IsWithin(ns, "Microsoft.AspNetCore.Identity"),
            _ => false,
        };
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

    // Position: the member's place (from 1) among all the instance members the walk counts against MaxMemberVisits.
    private readonly record struct WrittenMember(ISymbol Member, int Position, DataClassification Classification, IMethodSymbol? ComputedGetter, ITypeSymbol? Item);

    private sealed class WrittenMembers(ImmutableArray<WrittenMember> members, int count)
    {
        public ImmutableArray<WrittenMember> Members { get; } = members;

        // Every instance member, written or not.
        public int Count { get; } = count;
    }

    private readonly record struct PendingType(INamedTypeSymbol Type, string Path, bool Covered);

    // A type whose members a serialised rendering walks: not opaque (strings, streams…), not a library type, not
    // declared clean ([Pseudonymised], [NotPersonalData]).
    private bool IsExpandable(INamedTypeSymbol type) =>
        !FlowEvaluator.IsOpaqueForRendering(type) && !IsFrameworkType(type) && !context.Classifier.ClassifyType(type).ExplicitlyClean;

    private sealed class SerialisedView(Taint? taint, ImmutableArray<SerialisedMember> members)
    {
        public static SerialisedView Empty { get; } = new(null, ImmutableArray<SerialisedMember>.Empty);

        public Taint? Taint { get; } = taint;

        public ImmutableArray<SerialisedMember> Members { get; } = members;
    }

}

/// <summary>A member a serialiser writes: the symbol, the level of its data, and whether a reported member above it hides it when ignored.</summary>
internal readonly record struct SerialisedMember(ISymbol Member, DataLevel Level, bool Covered);
