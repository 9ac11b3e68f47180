using DataSteward.Analyzers.Infrastructure;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataSteward.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Sinks;

/// <summary>A value that goes to a sink, and the sink it goes to.</summary>
/// <summary>A value a sink receives; <paramref name="HoleName"/> is the message-template hole (or <c>[LoggerMessage]</c> parameter) it fills.</summary>
internal readonly record struct SinkArgument(IOperation Value, SinkMatch Match, string? HoleName = null);

/// <summary>
/// Finds the values an operation sends to a sink: the data arguments of a call to a method of the sink table (with
/// message-template holes and <c>params</c> elements one by one), of a <c>LoggerMessage</c> delegate or method, of an
/// exception constructor, of a helper of this compilation that forwards a parameter to a sink, and the value stored
/// in a sink indexer or in <c>Exception.Data</c>. Shared by the analyser and by the forwarded-sink summaries.
/// </summary>
internal sealed partial class SinkArguments
{
    private readonly CompilationModel flow;

    public SinkArguments(CompilationModel flow)
    {
        this.flow = flow;
    }

    /// <summary>
    /// Adds the sink arguments of <paramref name="operation"/> (a call, a creation, an assignment, or a logging call that
    /// does not bind) to <paramref name="into"/>.
    /// A helper of this compilation is summarised only when <paramref name="helperGate"/> says its arguments are worth
    /// it and no earlier summary says it forwards nothing.
    /// </summary>
    public void Collect(IOperation operation, List<SinkArgument> into, SummaryRequest request, HelperArgumentsGate helperGate)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                CollectInvocation(invocation, into, request, helperGate);
                break;
            case IObjectCreationOperation creation:
                CollectCreation(creation, into, request, helperGate);
                break;
            case ISimpleAssignmentOperation assignment:
                CollectAssignment(assignment, into);
                break;
            case IInvalidOperation invalid:
                CollectUnboundLogCall(invalid, into, request.CancellationToken);
                break;
        }
    }

    private void CollectInvocation(IInvocationOperation invocation, List<SinkArgument> into, SummaryRequest request, HelperArgumentsGate helperGate)
    {
        IMethodSymbol method = invocation.TargetMethod;

        if (IsLoggerDelegate(invocation, out string? delegateName))
        {
            CollectArguments(into, invocation.Arguments, method, new SinkMatch(SinkKind.Log, SinkRendering.Text, SerialiserFamily.Properties, delegateName!, null), skipFirst: true);
            return;
        }

        if (flow.Symbols.LoggerMessageAttribute is not null && (method.IsPartialDefinition || method.PartialDefinitionPart is not null) && HasAttribute(method, flow.Symbols.LoggerMessageAttribute))
        {
            CollectArguments(into, invocation.Arguments, method, new SinkMatch(SinkKind.Log, SinkRendering.Text, SerialiserFamily.Properties, SinkTable.Display(method), null), skipFirst: false, parameterNamesAreHoles: true);
            return;
        }

        if (IsExceptionDataAdd(invocation))
        {
            CollectArguments(into, invocation.Arguments, method, new SinkMatch(SinkKind.ExceptionMessage, SinkRendering.Text, SerialiserFamily.Properties, "Exception.Data", null), skipFirst: false);
            return;
        }

        if (!flow.Sinks.MayBeSink(method))
        {
            CollectForwarded(invocation.Arguments, method, into, request, helperGate);
            return;
        }

        if (IsHarmlessWriter(invocation))
        {
            return;
        }

        CollectCall(into, invocation.Arguments, method, ConsoleWriter(invocation));
    }

    private void CollectCreation(IObjectCreationOperation creation, List<SinkArgument> into, SummaryRequest request, HelperArgumentsGate helperGate)
    {
        if (creation.Constructor is not { } constructor)
        {
            return;
        }

        // An exception of this compilation: only what its constructor passes on to a message is a message.
        if (SourceSymbols.IsFromSource(constructor) && flow.Sinks.IsException(constructor.ContainingType))
        {
            // Only what its constructor passes on to a message is a message (a summary of the constructor).
            if (!IsWorthSummary(constructor, creation.Arguments, helperGate))
            {
                return;
            }

            if (flow.Forwarded.Get(constructor, request).IsKnown)
            {
                CollectForwarded(creation.Arguments, constructor, into, request);
                return;
            }
        }
        else if (SourceSymbols.IsFromSource(constructor) && !flow.Sinks.IsCatalogued(constructor))
        {
            CollectForwarded(creation.Arguments, constructor, into, request, helperGate);
            return;
        }

        if (flow.Sinks.MayBeSink(constructor))
        {
            CollectCall(into, creation.Arguments, constructor, consoleWriter: false);
        }
    }

    private void CollectAssignment(ISimpleAssignmentOperation assignment, List<SinkArgument> into)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.SetMethod: { } setter } target)
        {
            return;
        }

        if (target.Property.IsIndexer && target.Instance is { } instance && IsExceptionData(instance))
        {
            into.Add(new SinkArgument(assignment.Value, new SinkMatch(SinkKind.ExceptionMessage, SinkRendering.Text, SerialiserFamily.Properties, "Exception.Data", null)));
            return;
        }

        if (flow.Sinks.MayBeSink(setter) && setter.Parameters.Length > 0 && flow.Sinks.Match(setter, setter.Parameters[setter.Parameters.Length - 1]) is { } match)
        {
            into.Add(new SinkArgument(assignment.Value, match));
        }
    }

    private void CollectCall(List<SinkArgument> into, IEnumerable<IArgumentOperation> arguments, IMethodSymbol method, bool consoleWriter)
    {
        List<TemplateHole>? holes = null;
        int templateOrdinal = -1;
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                && TemplateText(argument.Value) is { } template
                && RolesOf(method, parameter).IsTemplate(parameter))
            {
                holes = MessageTemplate.Parse(template);
                templateOrdinal = parameter.Ordinal;
            }
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (flow.Sinks.Match(method, parameter) is not { } match)
            {
                continue;
            }

            if (consoleWriter)
            {
                match = match with { Kind = SinkKind.Log, Display = "Console." + match.Display };
            }

            if ((IsParamsArgument(argument) || parameter.IsParams) && ElementsOf(argument.Value) is { } elements)
            {
                for (int i = 0; i < elements.Count; i++)
                {
                    into.Add(new SinkArgument(elements[i], WithHole(match, holes, i), HoleName(holes, i)));
                }
            }
            else
            {
                int hole = templateOrdinal >= 0 && parameter.Ordinal > templateOrdinal ? parameter.Ordinal - templateOrdinal - 1 : -1;
                into.Add(new SinkArgument(argument.Value, hole >= 0 ? WithHole(match, holes, hole) : match, hole >= 0 ? HoleName(holes, hole) : null));
            }
        }
    }

    private void CollectArguments(List<SinkArgument> into, IEnumerable<IArgumentOperation> arguments, IMethodSymbol method, SinkMatch match, bool skipFirst, bool parameterNamesAreHoles = false)
    {
        bool first = true;
        foreach (IArgumentOperation argument in arguments)
        {
            if (skipFirst && first)
            {
                first = false;
                continue;
            }

            first = false;
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type is { } type && SinkArgumentRoles.Default.IsInfrastructure(type))
            {
                continue;
            }

            // The logging generator names each template hole after the parameter that fills it.
            into.Add(new SinkArgument(argument.Value, match, parameterNamesAreHoles ? argument.Parameter?.Name : null));
        }
    }

    private void CollectForwarded(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method, List<SinkArgument> into, SummaryRequest request, HelperArgumentsGate helperGate)
    {
        if (IsWorthSummary(method, arguments, helperGate))
        {
            CollectForwarded(arguments, method, into, request);
        }
    }

    // Cheapest first: a helper without parameters or outside this compilation has no summary, and a solved summary
    // that forwards nothing needs no gate.
    private bool IsWorthSummary(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, HelperArgumentsGate helperGate) =>
        !method.Parameters.IsEmpty && !arguments.IsEmpty && SourceSymbols.IsFromSource(method)
        && !flow.Forwarded.IsKnownToForwardNothing(method) && helperGate(method, arguments);

    /// <summary>The arguments a helper of this compilation forwards to a sink (computes the helper's summary once).</summary>
    private void CollectForwarded(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method, List<SinkArgument> into, SummaryRequest request)
    {
        ImmutableArray<ForwardedSink> forwarded = flow.Forwarded.Get(method, request).Sinks;
        if (forwarded.IsEmpty)
        {
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter)
            {
                continue;
            }

            foreach (ForwardedSink sink in forwarded)
            {
                if (sink.Ordinal == parameter.Ordinal)
                {
                    into.Add(new SinkArgument(argument.Value, sink.Match));
                    break;
                }
            }
        }
    }

    // The row's roles when the template parameter is itself a sink parameter of a catalogue row; the default otherwise
    // (a configured or [DataSink] method).
    private SinkArgumentRoles RolesOf(IMethodSymbol method, IParameterSymbol parameter) =>
        flow.Sinks.Match(method, parameter)?.Spec?.ArgumentRoles ?? SinkArgumentRoles.Default;

    // A constant template, or the constant end of one built as message + "…{@details}": the message before it is text
    // chosen at run time (IdentityServer's validators log a reason then the request's details this way).
    private static string? TemplateText(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: string template })
        {
            return template;
        }

        return Operations.StripImplicitConversions(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, RightOperand.ConstantValue: { HasValue: true, Value: string suffix } }
            ? suffix
            : null;
    }

    private static string? HoleName(List<TemplateHole>? holes, int index) =>
        holes is not null && index < holes.Count && holes[index].Name.Trim().Length > 0 ? holes[index].Name.Trim() : null;

    private static SinkMatch WithHole(SinkMatch match, List<TemplateHole>? holes, int index)
    {
        if (match.Rendering != SinkRendering.Template)
        {
            return match;
        }

        bool destructure = holes is not null && index < holes.Count && holes[index].Destructures;
        return match with { Rendering = destructure ? SinkRendering.Serialised : SinkRendering.Text };
    }

    private static bool IsParamsArgument(IArgumentOperation argument) =>
#if ROSLYN4_8
        argument.ArgumentKind is ArgumentKind.ParamArray;
#else
        argument.ArgumentKind is ArgumentKind.ParamArray or ArgumentKind.ParamCollection;
#endif

    private static List<IOperation>? ElementsOf(IOperation value)
    {
        value = Operations.StripImplicitConversions(value);
        return value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => [.. initializer.ElementValues],
#if !ROSLYN4_8 // Params collections and collection expressions are Roslyn 4.9+ operations.
            ICollectionExpressionOperation { IsImplicit: true } collection => [.. collection.Elements],
#endif
            _ => null,
        };
    }

    // LoggerMessage.Define gives Action<ILogger, T1, …, Exception?>: invoking it logs its arguments.
    private bool IsLoggerDelegate(IInvocationOperation invocation, out string? name)
    {
        name = null;
        if (flow.Symbols.LoggerInterface is null || invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke)
        {
            return false;
        }

        IMethodSymbol invoke = invocation.TargetMethod;
        if (invoke.Parameters.Length < 2 || !SymbolEqualityComparer.Default.Equals(invoke.Parameters[0].Type, flow.Symbols.LoggerInterface))
        {
            return false;
        }

        name = invocation.Instance switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            _ => "LoggerMessage",
        };
        return true;
    }

    private bool IsExceptionDataAdd(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "Add" && invocation.Instance is { } instance && IsExceptionData(instance);

    private bool IsExceptionData(IOperation instance) =>
        Operations.StripImplicitConversions(instance) is IPropertyReferenceOperation { Property.Name: "Data" } data
        && flow.Sinks.IsException(data.Property.ContainingType);

    // Console.Out / Console.Error are the console, i.e. a log; a StringWriter or a writer over a CryptoStream is not an export.
    private bool ConsoleWriter(IInvocationOperation invocation) =>
        invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } property
        && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, flow.Symbols.Console);

    private bool IsHarmlessWriter(IInvocationOperation invocation)
    {
        if (invocation.Instance is not { Type: { } writerType } instance)
        {
            return false;
        }

        if (flow.Symbols.StringWriter is not null && InheritsFrom(writerType, flow.Symbols.StringWriter))
        {
            return true;
        }

        if (flow.Symbols.CryptoStream is null || Operations.StripImplicitConversions(instance) is not ILocalReferenceOperation local)
        {
            return false;
        }

        foreach (SyntaxReference reference in local.Local.DeclaringSyntaxReferences)
        {
            if (invocation.SemanticModel?.GetOperation(reference.GetSyntax()) is IVariableDeclaratorOperation { Initializer.Value: { } initial }
                && Operations.StripImplicitConversions(initial) is IObjectCreationOperation creation)
            {
                foreach (IArgumentOperation argument in creation.Arguments)
                {
                    if (Operations.StripImplicitConversions(argument.Value).Type is { } streamType && InheritsFrom(streamType, flow.Symbols.CryptoStream))
                    {
                        return true;
                    }

                    if (Operations.StripImplicitConversions(argument.Value) is ILocalReferenceOperation { Local.Type: { } localType } && InheritsFrom(localType, flow.Symbols.CryptoStream))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol attribute)
    {
        IMethodSymbol definition = method.PartialDefinitionPart ?? method;
        foreach (AttributeData data in definition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }
}
