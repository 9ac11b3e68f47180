using System;
using System.Collections.Generic;
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
}
