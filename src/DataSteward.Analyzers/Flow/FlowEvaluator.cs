using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Computes which personal data a value carries (<see cref="Taint"/>), by walking its operation tree within one
/// method body: members and parameters are sources, locals are followed to the writes that reach them, and calls
/// are followed through the table of known methods or the summaries of this compilation's methods.
/// One instance per body; not thread-safe (each analysis callback owns its evaluator).
/// </summary>
internal sealed partial class FlowEvaluator
{
    private const int MaxDepth = 48;
    private const int MaxSteps = 20_000;

    private readonly CompilationModel context;
    private readonly IOperation root;
    private readonly HeuristicsMode heuristics;
    private readonly IMethodSymbol? summarisedMethod;
    private readonly SummaryRequest request;
    private readonly Dictionary<IOperation, Taint?> memo = new();

    // Reads of locals being followed, keyed by the read and not by the local: in x = F(x) the inner read of x is a
    // different read, which must see the previous value instead of being cut as a cycle.
    private readonly HashSet<IOperation> localReadsInProgress = new();
    private LocalWrites? writes;
    private int steps;

    internal FlowEvaluator(CompilationModel context, IOperation root, HeuristicsMode heuristics, IMethodSymbol? summarisedMethod, SummaryRequest request)
    {
        this.context = context;
        this.root = root;
        this.heuristics = heuristics;
        this.summarisedMethod = summarisedMethod;
        this.request = request;
    }

    private bool UseNames => heuristics != HeuristicsMode.Off;

    private LocalWrites Writes => writes ??= new LocalWrites(root);

    /// <summary>The data the value carries, as a value (a string, a number, an object reference).</summary>
    public Taint? Evaluate(IOperation operation)
    {
        steps = 0;
        return Eval(operation, 0);
    }

    /// <summary>The data in the value's text, as <c>ToString()</c> or string formatting renders it.</summary>
    public Taint? EvaluateText(IOperation operation)
    {
        steps = 0;
        return AsText(operation, 0);
    }

    /// <summary>The data a serialiser (or a destructuring logger) writes out of the value.</summary>
    public Taint? EvaluateSerialised(IOperation operation, Sinks.SerialiserFamily family)
    {
        steps = 0;
        return AsSerialised(operation, family, 0);
    }

    /// <summary>
    /// Whether <see cref="EvaluateSerialised"/> could find data in the value: the same value flow, but the rendering of
    /// the value's type answered by <see cref="ObjectRendering.MaySerialisePersonalData"/> instead of walked member by
    /// member. Never false where EvaluateSerialised finds something; a gate, cheaper than the evaluation it guards.
    /// </summary>
    public bool MayCarrySerialised(IOperation operation, Sinks.SerialiserFamily family)
    {
        steps = 0;
        return MayCarry(operation, family, 0);
    }

    private bool MayCarry(IOperation operation, Sinks.SerialiserFamily family, int depth)
    {
        IOperation natural = Operations.StripImplicitConversions(operation);
        ITypeSymbol? type = natural.Type;
        if (natural is IAnonymousObjectCreationOperation anonymous)
        {
            foreach (IOperation initializer in anonymous.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation assignment && MayCarry(assignment.Value, family, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !IsOpaqueForRendering(type)
            && !ObjectRendering.IsCollection(type) && SourceSymbols.IsFromSource(named))
        {
            // The type's answer is cached for the compilation; the value flow is evaluated only when it says no.
            return context.Rendering.MaySerialisePersonalData(type, request.CancellationToken) || WrittenValues(natural, family, depth) is not null;
        }

        return (type is not null && IsRenderedByType(type) && context.Rendering.MaySerialisePersonalData(type, request.CancellationToken)) || Eval(natural, depth) is not null;
    }

    internal Taint? AsText(IOperation operation, int depth)
    {
        IOperation natural = Operations.StripImplicitConversions(operation);
        ITypeSymbol? type = natural.Type;
        if (type is null || natural is IInterpolatedStringHandlerCreationOperation || IsOpaqueForRendering(type) || ObjectRendering.IsCollection(type))
        {
            // A collection's text, as loggers and string.Join render it, is its elements'.
            return Eval(natural, depth);
        }

        Taint? rendered = context.Rendering.RenderText(type, request);
        return context.Rendering.TextShowsValue(type) ? Taint.Union(rendered, Eval(natural, depth)) : rendered;
    }

    internal Taint? AsSerialised(IOperation operation, Sinks.SerialiserFamily family, int depth)
    {
        IOperation natural = Operations.StripImplicitConversions(operation);
        ITypeSymbol? type = natural.Type;
        if (natural is IAnonymousObjectCreationOperation anonymous)
        {
            Taint? result = null;
            foreach (IOperation initializer in anonymous.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation assignment)
                {
                    result = Taint.Union(result, AsSerialised(assignment.Value, family, depth + 1));
                }
            }

            return result;
        }

        Taint? value;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !IsOpaqueForRendering(type)
            && !ObjectRendering.IsCollection(type) && SourceSymbols.IsFromSource(named))
        {
            // An object of this compilation is judged by the members the serialiser writes: a value it was filled
            // from that sits in a member the serialiser skips ([JsonIgnore], Serilog's [NotLogged]) does not reach it.
            value = WrittenValues(natural, family, depth);
        }
        else
        {
            value = Eval(natural, depth);
            if (type is null || !IsRenderedByType(type))
            {
                return value;
            }
        }

        // new Settings(), new Page<T>([], null): no initializer and no argument that holds anything; its members hold what
        // the type puts there, not data the code passes. Only values flow, never a declared type alone.
        if (natural is IObjectCreationOperation { Initializer: null } empty && HoldsNothing(empty.Arguments))
        {
            return value;
        }

        return Taint.Union(RenderedByType(natural, type, family, depth), value);
    }

    // Constants, null, defaults and empty collections: arguments that give the object no value to carry.
    private static bool HoldsNothing(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            IOperation given = Operations.StripImplicitConversions(argument.Value);
            bool nothing = argument.ArgumentKind == ArgumentKind.DefaultValue || given.ConstantValue.HasValue || given is IDefaultValueOperation
                || given is IArrayCreationOperation { Initializer.ElementValues.IsEmpty: true }
#if !ROSLYN4_8 // Collection expressions are Roslyn 4.9+ operations.
                || given is ICollectionExpressionOperation { Elements.IsEmpty: true }
#endif
                || given is IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType.Name: "Array" }, Arguments.IsEmpty: true };
            if (!nothing)
            {
                return false;
            }
        }

        return true;
    }

    // A type parameter is opaque to a walk of members, but a serialiser renders the instance: the type's constraints
    // say which instances of this compilation it can be (ObjectRendering's polymorphic union).
    private static bool IsRenderedByType(ITypeSymbol type) => !IsOpaqueForRendering(type) || type.TypeKind == TypeKind.TypeParameter;

    private Taint? Eval(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || ++steps > MaxSteps)
        {
            return null;
        }

        if ((steps & 63) == 0)
        {
            request.CancellationToken.ThrowIfCancellationRequested();
        }

        if (operation.ConstantValue.HasValue)
        {
            return null;
        }

        if (operation.Type is { } type && !PersonalDataClassifier.CanCarryPersonalData(type) && type.TypeKind != TypeKind.Error)
        {
            return null;
        }

        if (memo.TryGetValue(operation, out Taint? known))
        {
            return known;
        }

        Taint? result = Compute(operation, depth + 1);
        memo[operation] = result;
        return result;
    }

    private Taint? Compute(IOperation operation, int depth)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return Eval(conversion.Operand, depth);
            case IParenthesizedOperation parenthesized:
                return Eval(parenthesized.Operand, depth);
            case IPropertyReferenceOperation property:
                return FromProperty(property, depth);
            case IFieldReferenceOperation field:
                return FromField(field, depth);
            case IParameterReferenceOperation parameter:
                return FromParameter(parameter, depth);
            case ILocalReferenceOperation local:
                return FromLocal(local, depth);
            case IInvocationOperation invocation:
                return FromInvocation(invocation, depth);
            case IInterpolatedStringOperation interpolated:
                return FromInterpolation(interpolated.Parts, depth);
            case IInterpolatedStringHandlerCreationOperation handler:
                return Eval(handler.Content, depth);
            case IInterpolatedStringAdditionOperation addition:
                return Taint.Union(Eval(addition.Left, depth), Eval(addition.Right, depth));
            case IBinaryOperation binary:
                return IsStringConcatenation(binary)
                    ? Taint.Union(AsText(binary.LeftOperand, depth), AsText(binary.RightOperand, depth))
                    : Taint.Union(Eval(binary.LeftOperand, depth), Eval(binary.RightOperand, depth));
            case IUnaryOperation unary:
                return Eval(unary.Operand, depth);
            case IConditionalOperation conditional:
                return Taint.Union(Eval(conditional.WhenTrue, depth), Eval(conditional.WhenFalse, depth));
            case ICoalesceOperation coalesce:
                return Taint.Union(Eval(coalesce.Value, depth), Eval(coalesce.WhenNull, depth));
            case ISwitchExpressionOperation switchExpression:
                return FromSwitch(switchExpression, depth);
            case IAwaitOperation awaited:
                return Eval(awaited.Operation, depth);
            case IConditionalAccessOperation conditionalAccess:
                return Eval(conditionalAccess.WhenNotNull, depth);
            case IConditionalAccessInstanceOperation instance:
                return FromConditionalAccessInstance(instance, depth);
            case ITupleOperation tuple:
                return UnionText(tuple.Elements, depth);
            case IAnonymousObjectCreationOperation anonymous:
                return FromInitializers(anonymous.Initializers, depth, asText: true);
            case IObjectCreationOperation creation:
                return FromCreation(creation, depth);
            case IArrayCreationOperation array:
                return array.Initializer is null ? null : UnionValues(array.Initializer.ElementValues, depth);
            case IArrayInitializerOperation initializer:
                return UnionValues(initializer.ElementValues, depth);
#if !ROSLYN4_8 // Collection expressions have operations from Roslyn 4.9 on; a 4.8 host sees them as IInvalidOperation.
            case ICollectionExpressionOperation collection:
                return UnionValues(collection.Elements, depth);
            case ISpreadOperation spread:
                return Eval(spread.Operand, depth);
#endif
            case IArrayElementReferenceOperation element:
                return Eval(element.ArrayReference, depth);
            case IImplicitIndexerReferenceOperation indexer:
                return Eval(indexer.Instance, depth);
            case IAssignmentOperation assignment:
                return Eval(assignment.Value, depth);
            case IWithOperation with:
                return Taint.Union(Eval(with.Operand, depth), FromInitializers(with.Initializer.Initializers, depth, asText: false));
            case IArgumentOperation argument:
                return Eval(argument.Value, depth);
            case IDelegateCreationOperation:
            case IAnonymousFunctionOperation:
            case IInstanceReferenceOperation:
            case ITypeOfOperation:
            case INameOfOperation:
            case ISizeOfOperation:
            case IIsTypeOperation:
            case IIsPatternOperation:
            case IDefaultValueOperation:
            case ILiteralOperation:
            case IInvalidOperation:
                return null;
            default:
                return null;
        }
    }

    /// <summary>Types whose text or serialised form is the value itself, not a rendering of members.</summary>
    internal static bool IsOpaqueForRendering(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error or TypeKind.Pointer)
        {
            return true;
        }

        if (type.IsAnonymousType || type.IsTupleType)
        {
            return true;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsOpaqueForRendering(nullable.TypeArguments[0]);
        }

        return type.TypeKind == TypeKind.Struct && Namespaces.Is(type.ContainingNamespace, "System");
    }

    private static bool IsStringConcatenation(IBinaryOperation binary) =>
        binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String;

    private static bool IsOwnReturn(IOperation operation, IAnonymousFunctionOperation function)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current == function;
            }
        }

        return false;
    }

    private static bool IsAncestorOrSelf(IOperation ancestor, IOperation node)
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
