using System;
using System.Collections.Generic;
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
internal sealed class FlowEvaluator
{
    private const int MaxDepth = 48;
    private const int MaxSteps = 20_000;

    private readonly FlowAnalysisContext context;
    private readonly IOperation root;
    private readonly HeuristicsMode heuristics;
    private readonly IMethodSymbol? summarisedMethod;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<IOperation, Taint?> memo = new();
    private readonly HashSet<ILocalSymbol> localsInProgress = new(SymbolEqualityComparer.Default);
    private LocalWrites? writes;
    private int steps;

    internal FlowEvaluator(FlowAnalysisContext context, IOperation root, HeuristicsMode heuristics, IMethodSymbol? summarisedMethod, CancellationToken cancellationToken)
    {
        this.context = context;
        this.root = root;
        this.heuristics = heuristics;
        this.summarisedMethod = summarisedMethod;
        this.cancellationToken = cancellationToken;
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

    internal Taint? AsText(IOperation operation, int depth)
    {
        IOperation natural = StripImplicitConversions(operation);
        ITypeSymbol? type = natural.Type;
        if (type is null || natural is IInterpolatedStringHandlerCreationOperation || IsOpaqueForRendering(type) || ObjectRendering.IsCollection(type))
        {
            // A collection's text, as loggers and string.Join render it, is its elements'.
            return Eval(natural, depth);
        }

        Taint? rendered = context.Rendering.RenderText(type);
        return context.Rendering.TextShowsValue(type) ? Taint.Union(rendered, Eval(natural, depth)) : rendered;
    }

    internal Taint? AsSerialised(IOperation operation, Sinks.SerialiserFamily family, int depth)
    {
        IOperation natural = StripImplicitConversions(operation);
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

        Taint? value = Eval(natural, depth);
        if (type is null || IsOpaqueForRendering(type))
        {
            return value;
        }

        return Taint.Union(context.Rendering.RenderSerialised(type, family), value);
    }

    private Taint? Eval(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || ++steps > MaxSteps)
        {
            return null;
        }

        if ((steps & 63) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
            case ICollectionExpressionOperation collection:
                return UnionValues(collection.Elements, depth);
            case ISpreadOperation spread:
                return Eval(spread.Operand, depth);
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

    private Taint? FromProperty(IPropertyReferenceOperation reference, int depth)
    {
        IPropertySymbol property = reference.Property;
        DataClassification declared = context.Classifier.ClassifyDeclared(property);
        if (declared.ExplicitlyClean)
        {
            return null;
        }

        if (declared.IsClassified)
        {
            return Taint.From(MemberDisplay(property), declared);
        }

        Taint? result = null;
        if (reference.Instance is { } instance && !property.IsIndexer && IsFromSource(property) == false && !IsShapeProperty(property.Name))
        {
            // A view of a personal value from a library type: date.Year, list[0], task.Result, nullable.Value.
            result = Eval(instance, depth);
        }
        else if (property.IsIndexer && reference.Instance is { } indexed)
        {
            result = Taint.Union(Eval(indexed, depth), FromConstantKey(reference.Arguments));
        }

        if (result is null && IsFromSource(property) && property.GetMethod is { } getter)
        {
            // A computed property of this compilation (FullName => First + " " + Last) carries what its getter reads.
            result = context.Summaries.Get(getter).Own;
        }

        if (result is null && UseNames)
        {
            result = Taint.From(MemberDisplay(property), PersonalDataClassifier.ClassifyByName(property))
                ?? FromIdentityName(property);
        }

        return result;
    }

    // User.Identity.Name: the signed-in user's login, the commonest way an ASP.NET Core app names a person in its logs.
    private static Taint? FromIdentityName(IPropertySymbol property)
    {
        if (!string.Equals(property.Name, "Name", StringComparison.Ordinal) || property.ContainingType is not { } type)
        {
            return null;
        }

        bool identity = type.Name == "IIdentity" && type.ContainingNamespace?.ToDisplayString() == "System.Security.Principal";
        if (!identity)
        {
            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                identity |= @interface.Name == "IIdentity" && @interface.ContainingNamespace?.ToDisplayString() == "System.Security.Principal";
            }
        }

        return identity ? Taint.From("IIdentity.Name", DataClassification.Likely(DataKind.OnlineIdentifier)) : null;
    }

    private Taint? FromField(IFieldReferenceOperation reference, int depth)
    {
        IFieldSymbol field = reference.Field;
        DataClassification declared = context.Classifier.ClassifyDeclared(field);
        if (declared.ExplicitlyClean)
        {
            return null;
        }

        if (declared.IsClassified)
        {
            return Taint.From(MemberDisplay(field), declared);
        }

        if (reference.Instance is { } tupleInstance && field.ContainingType is { IsTupleType: true } tuple)
        {
            return FromTupleElement(tupleInstance, TupleIndex(tuple, field), depth);
        }

        if (reference.Instance is { } instance && !IsFromSource(field))
        {
            // Item1 of a tuple, a field of a library struct.
            Taint? viewed = Eval(instance, depth);
            if (viewed is not null)
            {
                return viewed;
            }
        }

        return UseNames && !field.IsConst ? Taint.From(MemberDisplay(field), PersonalDataClassifier.ClassifyByName(field)) : null;
    }

    // pair.Email of var pair = (citizen.Email, citizen.Municipality): only that element, not the whole tuple.
    private Taint? FromTupleElement(IOperation instance, int index, int depth)
    {
        IOperation natural = StripImplicitConversions(instance);
        if (index < 0)
        {
            return Eval(natural, depth);
        }

        if (natural is ITupleOperation literal)
        {
            return index < literal.Elements.Length ? Eval(literal.Elements[index], depth) : null;
        }

        if (natural is ILocalReferenceOperation local && localsInProgress.Add(local.Local))
        {
            try
            {
                Taint? result = null;
                foreach (LocalWrite write in Writes.Reaching(local.Local, local))
                {
                    result = Taint.Union(result, write.Value is { } value ? FromTupleElement(value, index, depth) : null);
                }

                return result;
            }
            finally
            {
                localsInProgress.Remove(local.Local);
            }
        }

        return Eval(natural, depth);
    }

    private static int TupleIndex(INamedTypeSymbol tuple, IFieldSymbol field)
    {
        // Item1…ItemN, whatever the element's friendly name.
        string underlying = (field.CorrespondingTupleField ?? field).Name;
        if (underlying.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(underlying.Substring(4), out int position) && position >= 1)
        {
            return position - 1;
        }

        for (int i = 0; i < tuple.TupleElements.Length; i++)
        {
            if (string.Equals(tuple.TupleElements[i].Name, field.Name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private Taint? FromParameter(IParameterReferenceOperation reference, int depth)
    {
        IParameterSymbol parameter = reference.Parameter;
        DataClassification declared = context.Classifier.ClassifyDeclared(parameter);
        if (declared.ExplicitlyClean)
        {
            return null;
        }

        Taint? result = declared.IsClassified ? Taint.From(parameter.Name, declared) : null;
        if (summarisedMethod is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, summarisedMethod))
        {
            result = Taint.Union(result, Taint.From(DataOrigin.ForParameter(parameter.Ordinal)));
        }

        if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LambdaMethod })
        {
            result = Taint.Union(result, FromLambdaElement(reference, parameter, depth));
        }

        if (result is null && UseNames)
        {
            result = Taint.From(parameter.Name, PersonalDataClassifier.ClassifyByName(parameter));
        }

        return result;
    }

    // x => x.Email inside emails.Select(...), list.ForEach(...): the lambda's parameter is an element of the source.
    private Taint? FromLambdaElement(IOperation reference, IParameterSymbol parameter, int depth)
    {
        for (IOperation? current = reference.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, parameter.ContainingSymbol))
            {
                IOperation? call = function.Parent is IDelegateCreationOperation creation ? creation.Parent : function.Parent;
                if (call is IArgumentOperation { Parent: IInvocationOperation invocation })
                {
                    IOperation? source = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                    if (source is not null && !IsAncestorOrSelf(source, reference))
                    {
                        return Eval(source, depth);
                    }
                }

                return null;
            }
        }

        return null;
    }

    private Taint? FromLocal(ILocalReferenceOperation reference, int depth)
    {
        ILocalSymbol local = reference.Local;
        if (!localsInProgress.Add(local))
        {
            return null;
        }

        try
        {
            Taint? result = null;
            bool anyNonConstant = false;
            foreach (LocalWrite write in Writes.Reaching(local, reference))
            {
                if (write.Value is null)
                {
                    anyNonConstant = true;
                    continue;
                }

                anyNonConstant |= !write.Value.ConstantValue.HasValue;
                result = Taint.Union(result, write.IsMutation && write.Value is IInvocationOperation mutation
                    ? FromMutation(mutation, depth)
                    : Eval(write.Value, depth));
            }

            if (result is null && anyNonConstant && UseNames)
            {
                result = Taint.From(local.Name, PersonalDataClassifier.ClassifyByName(local));
            }

            return result;
        }
        finally
        {
            localsInProgress.Remove(local);
        }
    }

    private Taint? FromInvocation(IInvocationOperation invocation, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (context.Sanitizers.IsSanitizer(method))
        {
            return null;
        }

        DataClassification declared = context.Classifier.ClassifyDeclared(method);
        if (declared.ExplicitlyClean)
        {
            return null;
        }

        Taint? result = declared.IsClassified ? Taint.From(MethodDisplay(method), declared) : null;
        IOperation? receiver = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        switch (context.PropagationOf(method))
        {
            case Propagation.Receiver:
            case Propagation.Source:
                result = Taint.Union(result, Eval(receiver, depth));
                break;
            case Propagation.Arguments:
                result = Taint.Union(result, UnionArguments(invocation, depth, skipReceiver: false));
                break;
            case Propagation.ReceiverAndArguments:
                result = Taint.Union(result, Taint.Union(Eval(invocation.Instance, depth), UnionArguments(invocation, depth, skipReceiver: false)));
                break;
            case Propagation.LambdaResult:
                result = Taint.Union(result, FromLambdaResults(invocation, depth));
                break;
            case Propagation.ReceiverText:
                result = Taint.Union(result, receiver is null ? null : AsText(receiver, depth));
                break;
            case Propagation.Summary:
                result = Taint.Union(result, FromSummary(invocation, method, depth));
                break;
            case Propagation.Serialised:
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        result = Taint.Union(result, AsSerialised(argument.Value, Sinks.SerialiserFamily.PropertiesAndFields, depth));
                    }
                }

                break;
        }

        if (result is null && UseNames && (method.Parameters.Length == 0 || IsGetterVerb(method.Name)))
        {
            // GetEmail(), getTelephone(), GetUserNameAsync(user): an accessor named after the data.
            result = Taint.From(MethodDisplay(method), PersonalDataClassifier.ClassifyByName(method));
        }

        if (result is null && UseNames && ClaimKeys.IsClaimLookup(method))
        {
            // User.FindFirst(ClaimTypes.Name)?.Value, FindFirstValue("given_name"): the claim type says the data.
            result = FromClaimType(invocation.Arguments);
        }

        if (result is null && UseNames && !IsFromSource(method))
        {
            // user.FindFirstValue(ClaimTypes.Email), reader.GetString("email"): a library lookup by a key that names the data.
            result = FromConstantKey(invocation.Arguments);
        }

        return result;
    }

    // builder.Append(x) adds x's text; list.Add(x) adds x itself.
    private Taint? FromMutation(IInvocationOperation mutation, int depth)
    {
        bool text = mutation.Instance?.Type?.Name is "StringBuilder" or "StringWriter" or "TextWriter";
        Taint? result = null;
        foreach (IArgumentOperation argument in mutation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                result = Taint.Union(result, text ? AsText(argument.Value, depth) : Eval(argument.Value, depth));
            }
        }

        return result;
    }

    private Taint? FromSummary(IInvocationOperation invocation, IMethodSymbol method, int depth)
    {
        MethodSummary summary = context.Summaries.Get(method);
        Taint? result = summary.Own;
        foreach (int ordinal in summary.Parameters)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && parameter.Ordinal == ordinal)
                {
                    result = Taint.Union(result, Eval(argument.Value, depth));
                }
            }
        }

        return result;
    }

    private Taint? FromLambdaResults(IInvocationOperation invocation, int depth)
    {
        Taint? result = null;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IOperation value = argument.Value;
            if (value is IDelegateCreationOperation creation)
            {
                value = creation.Target;
            }

            if (value is IAnonymousFunctionOperation function)
            {
                foreach (IOperation operation in function.Body.Descendants())
                {
                    if (operation is IReturnOperation { ReturnedValue: { } returned } && IsOwnReturn(operation, function))
                    {
                        result = Taint.Union(result, Eval(returned, depth));
                    }
                }
            }
            else if (value is IMethodReferenceOperation methodReference)
            {
                result = Taint.Union(result, context.Summaries.Get(methodReference.Method).Own);
            }
        }

        return result;
    }

    private Taint? FromConditionalAccessInstance(IConditionalAccessInstanceOperation instance, int depth)
    {
        for (IOperation? current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access && IsAncestorOrSelf(access.WhenNotNull, instance))
            {
                return Eval(access.Operation, depth);
            }
        }

        return null;
    }

    private Taint? FromCreation(IObjectCreationOperation creation, int depth)
    {
        Taint? result = null;
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            // new MemoryStream(bytes) holds the bytes themselves; new Uri(text) the text.
            result = Taint.Union(result, argument.Value.Type is IArrayTypeSymbol ? Eval(argument.Value, depth) : AsText(argument.Value, depth));
        }

        if (creation.Initializer is { } initializer)
        {
            result = Taint.Union(result, FromInitializers(initializer.Initializers, depth, asText: false));
        }

        return result;
    }

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

    private static Taint? FromConstantKey(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            // A named constant (ClaimTypes.Email) says more than its value (a schema URI).
            if (StripImplicitConversions(argument.Value) is IFieldReferenceOperation { Field: { IsConst: true } constant }
                && NameHeuristics.Match(constant.Name) is { } named)
            {
                return Taint.From(MemberDisplay(constant), DataClassification.Likely(named));
            }

            if (argument.Value.ConstantValue is { HasValue: true, Value: string key } && NameHeuristics.Match(key) is { } kind)
            {
                return Taint.From("\"" + key + "\"", DataClassification.Likely(kind));
            }
        }

        return null;
    }

    private static Taint? FromClaimType(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string claimType } && ClaimKeys.KindOf(claimType) is { } kind)
            {
                string display = StripImplicitConversions(argument.Value) is IFieldReferenceOperation { Field: { } constant } ? MemberDisplay(constant) : "\"" + claimType + "\"";
                return Taint.From("claim " + display, DataClassification.Likely(kind));
            }
        }

        return null;
    }

    private static bool IsGetterVerb(string name) =>
        name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("Find", StringComparison.Ordinal)
        || name.StartsWith("Load", StringComparison.Ordinal) || name.StartsWith("Fetch", StringComparison.Ordinal)
        || name.StartsWith("Read", StringComparison.Ordinal) || name.StartsWith("Lookup", StringComparison.Ordinal);

    private Taint? UnionArguments(IInvocationOperation invocation, int depth, bool skipReceiver)
    {
        Taint? result = null;
        bool first = true;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (skipReceiver && first && invocation.TargetMethod.IsExtensionMethod)
            {
                first = false;
                continue;
            }

            first = false;
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value is IDelegateCreationOperation or IAnonymousFunctionOperation)
            {
                continue;
            }

            result = Taint.Union(result, AsText(argument.Value, depth));
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

    internal static IOperation StripImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
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

        string? ns = type.ContainingNamespace?.ToDisplayString();
        return type.TypeKind == TypeKind.Struct && ns == "System";
    }

    private static bool IsStringConcatenation(IBinaryOperation binary) =>
        binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String;

    // Length, Count and friends describe a value's shape, not its content.
    // A surrogate key (Id, CustomerId) is already a pseudonym, whatever object it is read from.
    private static bool IsShapeProperty(string name) =>
        name is "Length" or "Count" or "LongCount" or "IsEmpty" or "HasValue" or "Capacity" or "Rank" or "Kind" or "Id" or "Key"
        || (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal) && char.IsLower(name[name.Length - 3]));

    internal static bool IsFromSource(ISymbol symbol)
    {
        foreach (Location location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

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

    internal static string MemberDisplay(ISymbol member) =>
        member.ContainingType is { } type ? type.Name + "." + member.Name : member.Name;

    internal static string MethodDisplay(IMethodSymbol method) =>
        method.ContainingType is { } type ? type.Name + "." + method.Name + "()" : method.Name + "()";
}
