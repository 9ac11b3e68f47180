using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Baseline;
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
    private readonly CompilationModel flow;
    private readonly ISymbol owningSymbol;
    private readonly CancellationToken cancellationToken;
    // Most bodies have no sink call: the evaluators are made on the first one.
    private Dictionary<IOperation, FlowEvaluator>? evaluators;
    private readonly HeuristicsMode heuristics;
    private readonly object gate = new();
    // DS0003 violations the baseline accepts are reported suppressed (no suppressor may suppress an error-severity rule).
    private readonly ErrorSeverityBaseline.Scope? baseline;

    public SinkCallAnalysis(CompilationModel flow, ISymbol owningSymbol, AnalyzerOptions options, CancellationToken cancellationToken, ErrorSeverityBaseline.Scope? baseline = null)
    {
        this.flow = flow;
        this.baseline = baseline;
        this.owningSymbol = owningSymbol;
        this.cancellationToken = cancellationToken;
        SyntaxTree? tree = owningSymbol.Locations.Length > 0 ? owningSymbol.Locations[0].SourceTree : null;
        heuristics = tree is null ? HeuristicsMode.Flow : flow.Options.HeuristicsFor(tree);
    }

    // This callback runs for every call, creation and assignment of the build: one list, reused by whichever
    // callback of the block takes it (a second, concurrent one makes its own).
    private List<SinkArgument>? spare;
    private HelperArgumentsGate? anyCarriesData;

    public void AnalyzeOperation(OperationAnalysisContext context)
    {
        List<SinkArgument> arguments = Interlocked.Exchange(ref spare, null) ?? new List<SinkArgument>(4);
        var request = new SummaryRequest(cancellationToken);
        flow.SinkArguments.Collect(context.Operation, arguments, request, anyCarriesData ??= AnyCarriesData);
        for (int i = 0; i < arguments.Count; i++)
        {
            Check(context, arguments[i].Value, arguments[i].Match, arguments[i].HoleName);
        }

        arguments.Clear();
        spare = arguments;
    }

    // A helper of this compilation is summarised only when something personal is passed to it.
    private bool AnyCarriesData(IMethodSymbol helper, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue.HasValue)
            {
                continue;
            }

            FlowEvaluator evaluator = EvaluatorFor(argument.Value);
            lock (evaluator)
            {
                // A gate only: the forwarded arguments are evaluated in full by Check, so "may" is enough here, and
                // far cheaper than rendering each argument's type (measured: the full evaluation cost more than the
                // helper summaries it saved).
                if (evaluator.MayCarrySerialised(argument.Value, SerialiserFamily.Properties))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public void AnalyzeReturn(OperationAnalysisContext context)
    {
        var returned = (IReturnOperation)context.Operation;
        if (returned.ReturnedValue is { } value && Endpoints.Match(returned, owningSymbol, flow.MethodGroupHandlers, flow.Controllers) is { } endpoint)
        {
            Check(context, value, endpoint, holeName: null);
        }
    }

    private void Check(OperationAnalysisContext context, IOperation value, SinkMatch match, string? holeName)
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

            if (taint is not null && holeName is not null && TemplateHoleEvidence.NamesAThing(value, holeName, taint))
            {
                // "Error resolving {Path}", fullName: the template says what the variable is.
                return;
            }

            if (taint is null && holeName is not null && heuristics == HeuristicsMode.Flow)
            {
                // "Sent to {Email}", to: the value says nothing, the hole's name says what it is.
                taint = TemplateHoleEvidence.For(value, holeName, flow);
                leaves = [];
            }
            else
            {
                // Only direct data leaves are rewritten by the fixes; a whole object rendered by a sink has none.
                leaves = taint is null || match.Rendering == SinkRendering.Serialised ? [] : TaintedLeaves.Find(evaluator, value);
            }

            if (taint is null)
            {
                return;
            }
        }

        Diagnostic diagnostic = SinkDiagnostics.Create(owningSymbol, value.Syntax.GetLocation(), leaves, taint, match.Kind, match.Display, ExportFixData.For(flow, value, match, taint, new SummaryRequest(cancellationToken)));
        context.ReportDiagnostic(baseline is null ? diagnostic : baseline.Apply(diagnostic));
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
            evaluators ??= new Dictionary<IOperation, FlowEvaluator>();
            if (!evaluators.TryGetValue(root, out FlowEvaluator? evaluator))
            {
                evaluator = flow.CreateEvaluator(root, heuristics, cancellationToken);
                evaluators.Add(root, evaluator);
            }

            return evaluator;
        }
    }
}
