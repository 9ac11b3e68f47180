using System;
using System.Collections.Generic;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// The sink checks of one operation block (a method body, an initialiser): finds the sink arguments of each call,
/// creation, assignment and endpoint return, asks the flow evaluator what they carry, and reports.
/// </summary>
internal sealed class SinkCallAnalysis
{
    private static readonly string[] TemplateParameterNames = ["message", "messageTemplate", "format"];

    private readonly FlowAnalysisContext flow;
    private readonly ISymbol owningSymbol;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<IOperation, FlowEvaluator> evaluators = new();
    private readonly HeuristicsMode heuristics;
    private readonly object gate = new();

    public SinkCallAnalysis(FlowAnalysisContext flow, ISymbol owningSymbol, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        this.flow = flow;
        this.owningSymbol = owningSymbol;
        this.cancellationToken = cancellationToken;
        SyntaxTree? tree = owningSymbol.Locations.Length > 0 ? owningSymbol.Locations[0].SourceTree : null;
        heuristics = tree is null ? HeuristicsMode.Flow : flow.Options.HeuristicsFor(tree);
    }

    public void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;

        if (IsLoggerDelegate(invocation, out string? delegateName))
        {
            AnalyzeArguments(context, invocation.Arguments, method, new SinkMatch(SinkKind.Log, SinkRendering.Text, SerialiserFamily.Properties, delegateName!, null), skipFirst: true);
            return;
        }

        if (flow.LoggerMessageAttribute is not null && HasAttribute(method, flow.LoggerMessageAttribute))
        {
            AnalyzeArguments(context, invocation.Arguments, method, new SinkMatch(SinkKind.Log, SinkRendering.Text, SerialiserFamily.Properties, SinkTable.Display(method), null), skipFirst: false);
            return;
        }

        if (IsExceptionDataAdd(invocation))
        {
            AnalyzeArguments(context, invocation.Arguments, method, new SinkMatch(SinkKind.ExceptionMessage, SinkRendering.Text, SerialiserFamily.Properties, "Exception.Data", null), skipFirst: false);
            return;
        }

        if (!flow.Sinks.MayBeSink(method) || IsHarmlessWriter(invocation))
        {
            return;
        }

        AnalyzeCall(context, invocation.Arguments, method, ConsoleWriter(invocation));
    }

    public void AnalyzeObjectCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is { } constructor && flow.Sinks.MayBeSink(constructor))
        {
            AnalyzeCall(context, creation.Arguments, constructor, consoleWriter: false);
        }
    }

    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property.SetMethod: { } setter } target)
        {
            return;
        }

        if (target.Property.IsIndexer && target.Instance is { } instance && IsExceptionData(instance))
        {
            Check(context, assignment.Value, new SinkMatch(SinkKind.ExceptionMessage, SinkRendering.Text, SerialiserFamily.Properties, "Exception.Data", null));
            return;
        }

        if (flow.Sinks.MayBeSink(setter) && setter.Parameters.Length > 0 && flow.Sinks.Match(setter, setter.Parameters[setter.Parameters.Length - 1]) is { } match)
        {
            Check(context, assignment.Value, match);
        }
    }

    public void AnalyzeReturn(OperationAnalysisContext context)
    {
        var returned = (IReturnOperation)context.Operation;
        if (returned.ReturnedValue is { } value && Endpoints.Match(returned, owningSymbol) is { } endpoint)
        {
            Check(context, value, endpoint);
        }
    }

    private void AnalyzeCall(OperationAnalysisContext context, IEnumerable<IArgumentOperation> arguments, IMethodSymbol method, bool consoleWriter)
    {
        List<bool>? holes = null;
        int templateOrdinal = -1;
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                && Array.IndexOf(TemplateParameterNames, parameter.Name) >= 0
                && argument.Value.ConstantValue is { HasValue: true, Value: string template })
            {
                holes = MessageTemplate.DestructuringHoles(template);
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

            if (argument.ArgumentKind is ArgumentKind.ParamArray or ArgumentKind.ParamCollection && ElementsOf(argument.Value) is { } elements)
            {
                for (int i = 0; i < elements.Count; i++)
                {
                    Check(context, elements[i], WithHole(match, holes, i));
                }
            }
            else
            {
                int hole = templateOrdinal >= 0 && parameter.Ordinal > templateOrdinal ? parameter.Ordinal - templateOrdinal - 1 : -1;
                Check(context, argument.Value, hole >= 0 ? WithHole(match, holes, hole) : match);
            }
        }
    }

    private void AnalyzeArguments(OperationAnalysisContext context, IEnumerable<IArgumentOperation> arguments, IMethodSymbol method, SinkMatch match, bool skipFirst)
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
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type is { } type && IsInfrastructureType(type))
            {
                continue;
            }

            Check(context, argument.Value, match);
        }
    }

    private void Check(OperationAnalysisContext context, IOperation value, SinkMatch match)
    {
        if (value.ConstantValue.HasValue || value.Syntax is null)
        {
            return;
        }

        FlowEvaluator evaluator = EvaluatorFor(value);
        Taint? taint;
        List<Location> leaves;

        // An evaluator caches as it goes; the driver may run two callbacks of one body at once.
        lock (evaluator)
        {
            taint = match.Rendering switch
            {
                SinkRendering.Serialised => evaluator.EvaluateSerialised(value, match.Family),
                _ => evaluator.EvaluateText(value),
            };

            if (taint is not null)
            {
                taint = heuristics == HeuristicsMode.Flow ? taint.WithoutPlaceholders() : taint.AtLeast(DataLevel.Personal);
            }

            if (taint is null)
            {
                return;
            }

            // Only direct data leaves are rewritten by the fixes; a whole object rendered by a sink has none.
            leaves = match.Rendering == SinkRendering.Serialised ? [] : TaintedLeaves.Find(evaluator, value);
        }

        context.ReportDiagnostic(SinkDiagnostics.Create(value.Syntax.GetLocation(), leaves, taint, match.Kind, match.Display));
    }

    private FlowEvaluator EvaluatorFor(IOperation operation)
    {
        IOperation root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        lock (gate)
        {
            if (!evaluators.TryGetValue(root, out FlowEvaluator? evaluator))
            {
                evaluator = flow.CreateEvaluator(root, heuristics, cancellationToken);
                evaluators.Add(root, evaluator);
            }

            return evaluator;
        }
    }

    private static SinkMatch WithHole(SinkMatch match, List<bool>? holes, int index)
    {
        if (match.Rendering != SinkRendering.Template)
        {
            return match;
        }

        bool destructure = holes is not null && index < holes.Count && holes[index];
        return match with { Rendering = destructure ? SinkRendering.Serialised : SinkRendering.Text };
    }

    private static List<IOperation>? ElementsOf(IOperation value)
    {
        value = FlowEvaluator.StripImplicitConversions(value);
        return value switch
        {
            IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer } => [.. initializer.ElementValues],
            ICollectionExpressionOperation { IsImplicit: true } collection => [.. collection.Elements],
            _ => null,
        };
    }

    // LoggerMessage.Define gives Action<ILogger, T1, …, Exception?>: invoking it logs its arguments.
    private bool IsLoggerDelegate(IInvocationOperation invocation, out string? name)
    {
        name = null;
        if (flow.LoggerInterface is null || invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke)
        {
            return false;
        }

        IMethodSymbol invoke = invocation.TargetMethod;
        if (invoke.Parameters.Length < 2 || !SymbolEqualityComparer.Default.Equals(invoke.Parameters[0].Type, flow.LoggerInterface))
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
        FlowEvaluator.StripImplicitConversions(instance) is IPropertyReferenceOperation { Property.Name: "Data" } data
        && flow.Sinks.IsException(data.Property.ContainingType);

    // Console.Out / Console.Error are the console, i.e. a log; a StringWriter or a writer over a CryptoStream is not an export.
    private bool ConsoleWriter(IInvocationOperation invocation) =>
        invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } property
        && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, flow.Console);

    private bool IsHarmlessWriter(IInvocationOperation invocation)
    {
        if (invocation.Instance is not { Type: { } writerType } instance)
        {
            return false;
        }

        if (flow.StringWriter is not null && InheritsFrom(writerType, flow.StringWriter))
        {
            return true;
        }

        if (flow.CryptoStream is null || FlowEvaluator.StripImplicitConversions(instance) is not ILocalReferenceOperation local)
        {
            return false;
        }

        foreach (SyntaxReference reference in local.Local.DeclaringSyntaxReferences)
        {
            if (invocation.SemanticModel?.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is IVariableDeclaratorOperation { Initializer.Value: { } initial }
                && FlowEvaluator.StripImplicitConversions(initial) is IObjectCreationOperation creation)
            {
                foreach (IArgumentOperation argument in creation.Arguments)
                {
                    if (argument.Value.Type is { } streamType && InheritsFrom(streamType, flow.CryptoStream))
                    {
                        return true;
                    }

                    if (FlowEvaluator.StripImplicitConversions(argument.Value) is ILocalReferenceOperation { Local.Type: { } localType } && InheritsFrom(localType, flow.CryptoStream))
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

    private static bool IsInfrastructureType(ITypeSymbol type) =>
        type.Name is "ILogger" or "Exception" or "LogLevel" or "EventId" or "CancellationToken" || type.TypeKind == TypeKind.Delegate;
}
