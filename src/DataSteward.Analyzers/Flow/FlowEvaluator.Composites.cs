using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>Values built from parts: initialisers, interpolated strings, switch expressions, collections.</summary>
internal sealed partial class FlowEvaluator
{
    private Taint? FromInitializers(IEnumerable<IOperation> initializers, int depth, bool asText)
    {
        Taint? result = null;
        foreach (IOperation initializer in initializers)
        {
            IOperation? value = initializer switch
            {
                IAssignmentOperation assignment => assignment.Value,
                IMemberInitializerOperation member => member.Initializer,
                IInvocationOperation add => add,
                _ => null,
            };
            if (value is IObjectOrCollectionInitializerOperation nested)
            {
                result = Taint.Union(result, FromInitializers(nested.Initializers, depth, asText));
            }
            else if (value is IInvocationOperation collectionAdd && value == initializer)
            {
                result = Taint.Union(result, UnionArguments(collectionAdd, depth, skipReceiver: false));
            }
            else if (value is not null)
            {
                result = Taint.Union(result, asText ? AsText(value, depth) : Eval(value, depth));
            }
        }

        return result;
    }

    private Taint? FromInterpolation(IEnumerable<IInterpolatedStringContentOperation> parts, int depth)
    {
        Taint? result = null;
        foreach (IInterpolatedStringContentOperation part in parts)
        {
            switch (part)
            {
                case IInterpolationOperation interpolation:
                    result = Taint.Union(result, AsText(interpolation.Expression, depth));
                    break;
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append } when append.Arguments.Length > 0:
                    result = Taint.Union(result, AsText(append.Arguments[0].Value, depth));
                    break;
            }
        }

        return result;
    }

    private Taint? FromSwitch(ISwitchExpressionOperation switchExpression, int depth)
    {
        Taint? result = null;
        foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
        {
            result = Taint.Union(result, Eval(arm.Value, depth));
        }

        return result;
    }

    private Taint? UnionValues(IEnumerable<IOperation> values, int depth)
    {
        Taint? result = null;
        foreach (IOperation value in values)
        {
            result = Taint.Union(result, Eval(value, depth));
        }

        return result;
    }

    private Taint? UnionText(IEnumerable<IOperation> values, int depth)
    {
        Taint? result = null;
        foreach (IOperation value in values)
        {
            result = Taint.Union(result, AsText(value, depth));
        }

        return result;
    }

    // What an object carries in the members a serialiser of the family writes: the values of its creation (constructor
    // arguments bound to a written member or to no member, initializer values of written members), followed through
    // locals and conditionals; for any other expression (a call, a parameter), everything it carries.
    private Taint? WrittenValues(IOperation operation, Sinks.SerialiserFamily family, int depth)
    {
        IOperation natural = Operations.StripImplicitConversions(operation);
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (natural)
        {
            case IObjectCreationOperation { Type: INamedTypeSymbol type } creation:
                Taint? result = null;
                foreach (IArgumentOperation argument in creation.Arguments)
                {
                    if (argument.Parameter is { } parameter && MemberNamed(type, parameter.Name) is { } bound && !ObjectRendering.Writes(bound, family))
                    {
                        continue;
                    }

                    result = Taint.Union(result, argument.Value.Type is IArrayTypeSymbol ? Eval(argument.Value, depth) : AsText(argument.Value, depth));
                }

                foreach (IOperation initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                {
                    ISymbol? target = initializer switch
                    {
                        ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } => member.Member,
                        IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation member } => member.Member,
                        _ => null,
                    };
                    if (target is null || ObjectRendering.Writes(target, family))
                    {
                        result = Taint.Union(result, FromInitializers([initializer], depth, asText: false));
                    }
                }

                return result;

            case ILocalReferenceOperation reference when localReadsInProgress.Add(reference):
                try
                {
                    Taint? written = null;
                    foreach (LocalWrite write in Writes.Reaching(reference.Local, reference))
                    {
                        if (write.Value is not null)
                        {
                            written = Taint.Union(written, write.Killing && !write.IsElementOf ? WrittenValues(write.Value, family, depth + 1) : Eval(write.Value, depth));
                        }
                    }

                    return written;
                }
                finally
                {
                    localReadsInProgress.Remove(reference);
                }

            case IConditionalOperation conditional:
                return Taint.Union(WrittenValues(conditional.WhenTrue, family, depth + 1), conditional.WhenFalse is null ? null : WrittenValues(conditional.WhenFalse, family, depth + 1));

            case ICoalesceOperation coalesce:
                return Taint.Union(WrittenValues(coalesce.Value, family, depth + 1), WrittenValues(coalesce.WhenNull, family, depth + 1));

            default:
                return Eval(natural, depth);
        }
    }

    // The property or field a constructor parameter sets by name (positional records, primary constructors, DTOs).
    private static ISymbol? MemberNamed(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false } && !member.IsStatic
                    && string.Equals(member.Name, name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }
            }
        }

        return null;
    }
}
