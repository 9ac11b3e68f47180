using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Every write to every local of one method body (lambdas and local functions included), collected in one walk.
/// Reaching definitions are then approximated from source order and block structure (<see cref="Reaching"/>):
/// exact for straight-line code and for the usual if/else, conservative (a union) around loops and branches.
/// </summary>
internal sealed class LocalWrites
{
    private static readonly HashSet<string> MutatingMethods = new(System.StringComparer.Ordinal)
    {
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Add", "AddRange", "Push", "Enqueue", "TryAdd", "Prepend", "Replace", "AddOrUpdate", "GetOrAdd", "Write", "WriteLine",
    };

    private readonly Dictionary<ILocalSymbol, List<LocalWrite>> writes = new(SymbolEqualityComparer.Default);

    public LocalWrites(IOperation root)
    {
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            Collect(operation);
        }

        foreach (List<LocalWrite> list in writes.Values)
        {
            list.Sort((a, b) => a.Position.CompareTo(b.Position));
        }
    }

    /// <summary>The writes that may give <paramref name="local"/> its value at <paramref name="use"/>, latest first.</summary>
    public IEnumerable<LocalWrite> Reaching(ILocalSymbol local, IOperation use)
    {
        if (!writes.TryGetValue(local, out List<LocalWrite>? list))
        {
            yield break;
        }

        int usePosition = use.Syntax.SpanStart;
        for (int i = list.Count - 1; i >= 0; i--)
        {
            LocalWrite write = list[i];
            if (write.Position >= usePosition)
            {
                // A later write reaches an earlier use only through a loop around both.
                if (InSameLoop(write.Operation, use))
                {
                    yield return write;
                }

                continue;
            }

            if (IsAncestor(write.Operation, use))
            {
                // x = F(x): the use is inside the write; it sees the previous value.
                continue;
            }

            yield return write;
            if (write.Killing && Dominates(write.Operation, use))
            {
                yield break;
            }
        }
    }

    private void Collect(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                IOperation? initial = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                if (initial is not null)
                {
                    Add(declarator.Symbol, new LocalWrite(declarator, initial, Killing: true));
                }

                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                Add(target.Local, new LocalWrite(assignment, assignment.Value, Killing: true));
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation indexed } } store:
                // tags["email"] = value: the collection now holds the value.
                Add(indexed.Local, new LocalWrite(store, store.Value, Killing: false));
                break;
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound:
                Add(target.Local, new LocalWrite(compound, compound.Value, Killing: false));
                break;
            case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation target } coalesce:
                Add(target.Local, new LocalWrite(coalesce, coalesce.Value, Killing: false));
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                CollectDeconstruction(deconstruction.Target, deconstruction.Value, deconstruction);
                break;
            case IForEachLoopOperation loop:
                foreach (ILocalSymbol local in loop.Locals)
                {
                    Add(local, new LocalWrite(loop.LoopControlVariable, loop.Collection, Killing: true, IsElementOf: true));
                }

                break;
            case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } pattern when pattern.Parent is IIsPatternOperation isPattern:
                Add(local, new LocalWrite(pattern, isPattern.Value, Killing: true));
                break;
            case IInvocationOperation invocation when MutatingMethods.Contains(invocation.TargetMethod.Name) && MutatedLocal(invocation.Instance) is { } receiver:
                Add(receiver, new LocalWrite(invocation, invocation, Killing: false, IsMutation: true));
                break;
        }
    }

    // builder.Append(a).Append(b): a fluent mutating call returns its receiver, so every call of the chain mutates
    // the local at its root.
    private static ILocalSymbol? MutatedLocal(IOperation? instance)
    {
        while (instance is IInvocationOperation { Instance: { } inner } fluent
            && MutatingMethods.Contains(fluent.TargetMethod.Name)
            && SymbolEqualityComparer.Default.Equals(fluent.Type, inner.Type))
        {
            instance = inner;
        }

        return (instance as ILocalReferenceOperation)?.Local;
    }

    private void CollectDeconstruction(IOperation target, IOperation value, IOperation write)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        if (target is ITupleOperation targets)
        {
            ITupleOperation? values = value as ITupleOperation;
            for (int i = 0; i < targets.Elements.Length; i++)
            {
                IOperation element = values is not null && i < values.Elements.Length ? values.Elements[i] : value;
                CollectDeconstruction(targets.Elements[i], element, write);
            }
        }
        else if (target is ILocalReferenceOperation local)
        {
            Add(local.Local, new LocalWrite(write, value, Killing: true));
        }
    }

    private void Add(ILocalSymbol local, LocalWrite write)
    {
        if (!writes.TryGetValue(local, out List<LocalWrite>? list))
        {
            list = new List<LocalWrite>(2);
            writes.Add(local, list);
        }

        list.Add(write);
    }

    // The write runs on every path to the use: its statement sits in a block that encloses the use, and nothing
    // between the write and that statement is conditional.
    private static bool Dominates(IOperation write, IOperation use)
    {
        IOperation current = write;
        while (current.Parent is { } parent)
        {
            if (parent is IBlockOperation)
            {
                return IsAncestor(parent, use);
            }

            if (parent is IConditionalOperation or ILoopOperation or ISwitchOperation or ISwitchCaseOperation or ICatchClauseOperation
                or ICoalesceOperation or IConditionalAccessOperation or IAnonymousFunctionOperation or ILocalFunctionOperation
                or IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr })
            {
                return false;
            }

            current = parent;
        }

        return true;
    }

    private static bool InSameLoop(IOperation write, IOperation use)
    {
        for (IOperation? current = use.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation && IsAncestor(current, write))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAncestor(IOperation ancestor, IOperation node)
    {
        for (IOperation? current = node; current is not null; current = current.Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
