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
    // One per operation root of the block (most blocks have one), made on the first sink call. Read without the lock
    // (asked for every argument of every call); replaced whole, under the lock, when a root is added.
    private RootEvaluator[] evaluators = [];
    private readonly HeuristicsMode heuristics;
    private readonly object gate = new();
    // DS0003 violations the baseline accepts are reported suppressed (no suppressor may suppress an error-severity rule).
    private readonly ErrorSeverityBaseline.Scope? baseline;
    private readonly DriverBodies? bodies;

    public SinkCallAnalysis(CompilationModel flow, ISymbol owningSymbol, AnalyzerOptions options, CancellationToken cancellationToken, ErrorSeverityBaseline.Scope? baseline = null, DriverBodies? bodies = null)
    {
        this.flow = flow;
        this.baseline = baseline;
        this.bodies = bodies;
        this.owningSymbol = owningSymbol;
        this.cancellationToken = cancellationToken;
        SyntaxTree? tree = owningSymbol.Locations.Length > 0 ? owningSymbol.Locations[0].SourceTree : null;
        heuristics = tree is null ? HeuristicsMode.Flow : flow.Options.HeuristicsFor(tree);
    }

    // This callback runs for every call, creation and assignment of the build: one list, reused by whichever
    // callback of the block takes it (a second, concurrent one makes its own).
    private List<SinkArgument>? spare;
    private HelperArgumentsGate? anyCarriesData;

    public void AnalyzeOperation(OperationAnalysisContext context) => CheckSinks(context.Operation, context.ReportDiagnostic);

    public void AnalyzeReturn(OperationAnalysisContext context) => CheckReturn((IReturnOperation)context.Operation, context.ReportDiagnostic);

    // Diagnostics are reported only once every argument of the operation is checked: a check abandoned half-way for a
    // helper's body not yet analysed runs again whole, and must not report its first arguments twice.
    private void CheckSinks(IOperation operation, Action<Diagnostic> report)
    {
        List<SinkArgument> arguments = Interlocked.Exchange(ref spare, null) ?? new List<SinkArgument>(4);
        List<Diagnostic>? found = null;
        try
        {
            var request = new SummaryRequest(cancellationToken, bodies);
            flow.SinkArguments.Collect(operation, arguments, request, anyCarriesData ??= AnyCarriesData);
            if (request.Awaited is { } awaited)
            {
                Postpone(awaited, later => CheckSinks(operation, later), report);
                return;
            }

            for (int i = 0; i < arguments.Count; i++)
            {
                if (Check(arguments[i].Value, arguments[i].Match, arguments[i].HoleName) is { } diagnostic)
                {
                    (found ??= new List<Diagnostic>(1)).Add(diagnostic);
                }
            }
        }
        catch (BodyNotYetAnalysed missing)
        {
            Postpone(missing.Method, later => CheckSinks(operation, later), report);
            found = null;
        }
        finally
        {
            arguments.Clear();
            spare = arguments;
        }

        Report(found, report);
    }

    private void CheckReturn(IReturnOperation returned, Action<Diagnostic> report)
    {
        if (returned.ReturnedValue is not { } value || Endpoints.Match(returned, owningSymbol, flow.MethodGroupHandlers, flow.Controllers) is not { } endpoint)
        {
            return;
        }

        Diagnostic? diagnostic;
        try
        {
            diagnostic = Check(value, endpoint, holeName: null);
        }
        catch (BodyNotYetAnalysed missing)
        {
            Postpone(missing.Method, later => CheckReturn(returned, later), report);
            return;
        }

        if (diagnostic is not null)
        {
            Report(diagnostic, report);
        }
    }

    // Only a request made with this analysis's bodies throws, so bodies is set here.
    private void Postpone(IMethodSymbol awaited, PendingCheck check, Action<Diagnostic> report)
    {
        if (!bodies!.Wait(awaited, check))
        {
            // Reached since: ask again now.
            check(report);
        }
    }

    private void Report(List<Diagnostic>? diagnostics, Action<Diagnostic> report)
    {
        if (diagnostics is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in diagnostics)
        {
            Report(diagnostic, report);
        }
    }

    // The baseline counts what is reported, so only a finished check goes through it.
    private void Report(Diagnostic diagnostic, Action<Diagnostic> report) => report(baseline is null ? diagnostic : baseline.Apply(diagnostic));

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

    private Diagnostic? Check(IOperation value, SinkMatch match, string? holeName)
    {
        if (value.ConstantValue.HasValue || value.Syntax is null)
        {
            return null;
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
                return null;
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
                return null;
            }
        }

        Diagnostic diagnostic = SinkDiagnostics.Create(owningSymbol, value.Syntax.GetLocation(), leaves, taint, match.Kind, match.Display, ExportFixData.For(flow, value, match, taint, new SummaryRequest(cancellationToken, bodies)));
        return diagnostic;
    }

    private FlowEvaluator EvaluatorFor(IOperation operation)
    {
        IOperation root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        if (Find(Volatile.Read(ref evaluators), root) is { } known)
        {
            return known;
        }

        lock (gate)
        {
            RootEvaluator[] current = evaluators;
            if (Find(current, root) is { } made)
            {
                return made;
            }

            FlowEvaluator evaluator = flow.CreateEvaluator(root, heuristics, cancellationToken, bodies);
            var next = new RootEvaluator[current.Length + 1];
            Array.Copy(current, next, current.Length);
            next[current.Length] = new RootEvaluator(root, evaluator);
            Volatile.Write(ref evaluators, next);
            return evaluator;
        }
    }

    private static FlowEvaluator? Find(RootEvaluator[] known, IOperation root)
    {
        foreach (RootEvaluator entry in known)
        {
            if (ReferenceEquals(entry.Root, root))
            {
                return entry.Evaluator;
            }
        }

        return null;
    }

    private sealed class RootEvaluator(IOperation root, FlowEvaluator evaluator)
    {
        public IOperation Root { get; } = root;

        public FlowEvaluator Evaluator { get; } = evaluator;
    }
}
