using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// The smallest expressions inside a reported argument that bring the data in: in
/// <c>$"Registered {citizen.Email} on {date}"</c>, <c>citizen.Email</c>. The code fixes wrap these, not the message.
/// </summary>
internal static class TaintedLeaves
{
    public static List<Location> Find(FlowEvaluator evaluator, IOperation value)
    {
        var leaves = new List<Location>();
        Collect(evaluator, value, leaves, 0);
        return leaves;
    }

    private static void Collect(FlowEvaluator evaluator, IOperation operation, List<Location> leaves, int depth)
    {
        if (depth > 16 || leaves.Count > 8)
        {
            return;
        }

        switch (operation)
        {
            case IConversionOperation { IsImplicit: true } conversion:
                Collect(evaluator, conversion.Operand, leaves, depth + 1);
                return;
            case IParenthesizedOperation parenthesized:
                Collect(evaluator, parenthesized.Operand, leaves, depth + 1);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        Collect(evaluator, interpolation.Expression, leaves, depth + 1);
                    }
                }

                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                Collect(evaluator, concatenation.LeftOperand, leaves, depth + 1);
                Collect(evaluator, concatenation.RightOperand, leaves, depth + 1);
                return;
            case IConditionalOperation conditional:
                Collect(evaluator, conditional.WhenTrue, leaves, depth + 1);
                if (conditional.WhenFalse is { } whenFalse)
                {
                    Collect(evaluator, whenFalse, leaves, depth + 1);
                }

                return;
            case IObjectCreationOperation { Type.Name: "KeyValuePair" } pair:
                foreach (IArgumentOperation argument in pair.Arguments)
                {
                    Collect(evaluator, argument.Value, leaves, depth + 1);
                }

                return;
            case IInvocationOperation { TargetMethod: { IsStatic: true, ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" } } format:
                foreach (IArgumentOperation argument in format.Arguments)
                {
                    if (argument.Value is IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer })
                    {
                        foreach (IOperation element in initializer.ElementValues)
                        {
                            Collect(evaluator, element, leaves, depth + 1);
                        }
                    }
                    else
                    {
                        Collect(evaluator, argument.Value, leaves, depth + 1);
                    }
                }

                return;
        }

        if (!operation.IsImplicit && evaluator.EvaluateText(operation) is not null)
        {
            leaves.Add(operation.Syntax.GetLocation());
        }
    }
}
