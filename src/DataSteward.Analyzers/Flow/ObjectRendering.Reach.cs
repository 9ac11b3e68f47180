using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

internal sealed partial class ObjectRendering
{
    // Deeper type graphs than this are answered "may" without looking further (never a missed leak, only a full walk).
    private const int MaxReachDepth = 256;

    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> reach = SharedCache.Create<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

    /// <summary>
    /// Whether any serialised rendering of the type could show personal data: a tracked member somewhere in its type
    /// graph, or a computed property whose getter would have to be read. A cheap over-approximation, the same for every
    /// serialiser family, computed once per type for the whole compilation (the strongly connected parts of the type
    /// graph as a whole): most objects passed around carry nothing, and for them no per-type walk is needed.
    /// </summary>
    /// <summary>
    /// Whether <see cref="RenderSerialised"/> could find personal data in the type, for any serialiser family: false
    /// only where it finds none.
    /// </summary>
    public bool MaySerialisePersonalData(ITypeSymbol type, CancellationToken cancellationToken)
    {
        ITypeSymbol item = Unwrap(type);
        return MayShowExact(item, cancellationToken) || (IsPolymorphic(item) && MayShowPolymorphic(item, cancellationToken));
    }

    private bool MayShowExact(ITypeSymbol item, CancellationToken cancellationToken, HashSet<ITypeSymbol>? polymorphicAsking = null)
    {
        if (item is not INamedTypeSymbol named || !IsExpandable(named))
        {
            return false;
        }

        return reach.TryGetValue(named, out bool known) ? known : new ReachSearch(this, cancellationToken, polymorphicAsking).Visit(named, 0);
    }

    // Tarjan's strongly connected components over "a member of this type has that type"; a group's answer is the
    // union of its members' own answers and of the groups it reaches, recorded when the group is complete. Stopping
    // at the first "yes" is sound: every type still open on the stack reaches the type that said yes.
    // polymorphicAsking: the polymorphic questions open above this search (a member of type T asks T's again).
    private sealed class ReachSearch(ObjectRendering owner, CancellationToken cancellationToken, HashSet<ITypeSymbol>? polymorphicAsking)
    {
        private readonly Dictionary<INamedTypeSymbol, int> index = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<INamedTypeSymbol, int> low = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<INamedTypeSymbol, bool> partial = new(SymbolEqualityComparer.Default);
        private readonly Stack<INamedTypeSymbol> stack = new();
        private readonly HashSet<INamedTypeSymbol> onStack = new(SymbolEqualityComparer.Default);

        public bool Visit(INamedTypeSymbol type, int depth)
        {
            if (depth > MaxReachDepth)
            {
                return true;
            }

            int own = index.Count;
            index[type] = own;
            low[type] = own;
            stack.Push(type);
            onStack.Add(type);
            bool result = false;
            foreach (ISymbol member in InstanceMembers(type, declaredOnly: false))
            {
                if (result)
                {
                    break;
                }

                DataClassification classification = owner.context.Classifier.Classify(member);
                if (classification.ExplicitlyClean)
                {
                    continue;
                }

                if (classification.IsTracked || IsComputedSourceProperty(member))
                {
                    result = true;
                    break;
                }

                if (PersonalDataClassifier.TypeOf(member) is { } parameterType && Unwrap(parameterType) is ITypeParameterSymbol parameter)
                {
                    // A member of type T holds what T is bound to (IdentifiedCommand<T>.Command).
                    result = owner.MayShowPolymorphic(parameter, cancellationToken, polymorphicAsking);
                    continue;
                }

                if (PersonalDataClassifier.TypeOf(member) is not { } memberType || Unwrap(memberType) is not INamedTypeSymbol next || !owner.IsExpandable(next))
                {
                    continue;
                }

                if (owner.reach.TryGetValue(next, out bool known))
                {
                    result = known;
                }
                else if (!index.TryGetValue(next, out int nextIndex))
                {
                    result = Visit(next, depth + 1);
                    if (low.TryGetValue(next, out int nextLow) && onStack.Contains(next))
                    {
                        low[type] = System.Math.Min(low[type], nextLow);
                    }
                }
                else if (onStack.Contains(next))
                {
                    low[type] = System.Math.Min(low[type], nextIndex);
                }
            }

            partial[type] = result;
            if (low[type] != own)
            {
                return result;
            }

            bool group = false;
            var members = new List<INamedTypeSymbol>();
            INamedTypeSymbol popped;
            do
            {
                popped = stack.Pop();
                onStack.Remove(popped);
                members.Add(popped);
                group |= partial[popped];
            }
            while (!SymbolEqualityComparer.Default.Equals(popped, type));

            foreach (INamedTypeSymbol member in members)
            {
                owner.reach.TryAdd(member, group);
            }

            return group;
        }

        // A computed property is written as what its getter reads, unless its type cannot hold personal data (a flag).
        private static bool IsComputedSourceProperty(ISymbol member) =>
            member is IPropertySymbol { GetMethod: not null } property && PersonalDataClassifier.CanCarryPersonalData(property.Type)
            && SourceSymbols.IsFromSource(property) && Sinks.SerialiserMembers.BackingFieldOf(property) is null;
    }
}
