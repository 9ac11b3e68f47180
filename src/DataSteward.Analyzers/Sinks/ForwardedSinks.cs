using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Helpers that pass a parameter on to a sink — <c>void Audit(string message) => logger.LogInformation(message)</c>,
/// a guard that throws with the message it is given, a repository base that logs <c>{@Entity}</c> — are sinks
/// themselves: the data is reported where the caller passes it, unless the helper's own analysis already reports
/// that sink (one leak, one diagnostic). Computed on demand per method and cached for the
/// compilation; helpers that call each other are solved together, so the answer never depends on the order of the
/// questions. For a constructor of an exception of this compilation, it says which parameters reach the message.
/// </summary>
internal sealed class ForwardedSinks
{
    private readonly CompilationModel model;
    private readonly RecursiveSummaries<ForwardedSinkSet> summaries;
    private readonly Lazy<SinkReach> reach;

    public ForwardedSinks(CompilationModel model)
    {
        this.model = model;
        reach = new Lazy<SinkReach>(() => new SinkReach(model.Compilation, model.Sinks), LazyThreadSafetyMode.ExecutionAndPublication);
        summaries = new RecursiveSummaries<ForwardedSinkSet>(Compute, static request => request.Forwards, ForwardedSinkSet.Comparer, ForwardedSinkSet.None);
    }

    /// <summary>What <paramref name="method"/> forwards to sinks; <see cref="ForwardedSinkSet.Unknown"/> when its body is not available.</summary>
    public ForwardedSinkSet Get(IMethodSymbol method, SummaryRequest request)
    {
        IMethodSymbol key = MethodBodies.KeyOf(method);
        if (key.Parameters.IsEmpty)
        {
            return ForwardedSinkSet.None;
        }

        if (!SourceSymbols.IsFromSource(key))
        {
            return ForwardedSinkSet.Unknown;
        }

        if (summaries.TryGetSolved(key, out ForwardedSinkSet? solved))
        {
            return solved!;
        }

        if (request.Bodies is { } bodies && !request.IsInsideReturnSummary && !bodies.TryModelFor(key, out _) && MayForward(key, request))
        {
            // What Compute would throw for, said without an exception: every summary being computed for this request
            // returns at once without being kept (RecursiveSummaries), and the check that asked is postponed.
            request.Awaited = key;
            return ForwardedSinkSet.Unknown;
        }

        return summaries.Get(key, request);
    }

    /// <summary>
    /// Whether <paramref name="method"/>'s summary is already solved and forwards nothing: its call sites need not
    /// be looked at. False when the summary is not computed yet (the caller decides whether it is worth computing).
    /// </summary>
    public bool IsKnownToForwardNothing(IMethodSymbol method)
    {
        IMethodSymbol key = MethodBodies.KeyOf(method);
        return key.Parameters.IsEmpty || (summaries.TryGetSolved(key, out ForwardedSinkSet? known) && known is { Sinks.IsEmpty: true });
    }

    private ForwardedSinkSet Compute(IMethodSymbol method, SummaryRequest request)
    {
        if (!MayForward(method, request))
        {
            return ForwardedSinkSet.None;
        }

        IOperation? body = MethodBodies.Find(model, method, request, out _);
        if (body is null)
        {
            return ForwardedSinkSet.Unknown;
        }

        var evaluator = new FlowEvaluator(model, body, HeuristicsMode.Flow, method, request);
        var found = new List<SinkArgument>();
        ImmutableArray<ForwardedSink>.Builder result = ImmutableArray.CreateBuilder<ForwardedSink>();
        string prefix = method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
        foreach (IOperation operation in body.DescendantsAndSelf())
        {
            if (operation is not (IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation))
            {
                continue;
            }

            found.Clear();
            model.SinkArguments.Collect(operation, found, request, MayPassParameterOn);
            if (request.Awaited is not null)
            {
                return ForwardedSinkSet.Unknown;
            }

            foreach (SinkArgument argument in found)
            {
                Taint? taint = argument.Match.Rendering == SinkRendering.Serialised
                    ? evaluator.EvaluateSerialised(argument.Value, argument.Match.Family)
                    : evaluator.EvaluateText(argument.Value);
                // The method's own analysis already reports this sink when what it knows of the value is personal data
                // by itself (a record parameter whose printer shows classified members, a classified parameter): a
                // report at every caller too would be the same leak again, with the same fix.
                if (taint is null || taint.WithoutPlaceholders() is { Level: >= DataLevel.Personal })
                {
                    continue;
                }

                foreach (DataOrigin origin in taint.Origins)
                {
                    if (origin.IsParameterPlaceholder && !Contains(result, origin.ParameterOrdinal))
                    {
                        // An exception constructor passing its message on is still "new X"; a helper is named with the
                        // sink at the end of the chain, so helpers calling each other keep one name, however deep.
                        string display = argument.Match.Kind == SinkKind.ExceptionMessage && method.MethodKind == MethodKind.Constructor
                            ? prefix
                            : prefix + " → " + FinalSink(argument.Match.Display);
                        result.Add(new ForwardedSink(origin.ParameterOrdinal, argument.Match with { Display = display }));
                    }
                }
            }
        }

        // Sorted by parameter: the set is the same whatever order the sinks of the body were met in.
        result.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
        return ForwardedSinkSet.Of(result.ToImmutable());
    }

    // Syntax first (asked only for helpers an argument worth it is passed to): a body that cannot pass a parameter to a
    // sink forwards nothing, and is not bound. Where the driver binds every body anyway (the whole compilation's
    // analysis), reading the bound body is cheaper than the syntactic walk that would spare it.
    private bool MayForward(IMethodSymbol method, SummaryRequest request) =>
        request.Bodies is { DriverBindsEveryBody: true } || reach.Value.MayReachSink(method, request.CancellationToken);

    // Only an argument that may carry one of this method's parameters can make a callee's sink a forwarded sink of this
    // method (what the method's own values carry is reported by its own analysis). Over-approximated on the operation
    // tree: a parameter or a local anywhere in the argument (a local may hold a parameter; a lambda's parameter may be an
    // element of one). A call passing only fields, constants or results of other calls no longer summarises its callee.
    private static bool MayPassParameterOn(IMethodSymbol helper, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && !argument.Value.ConstantValue.HasValue && MayCarryParameter(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayCarryParameter(IOperation value)
    {
        foreach (IOperation operation in value.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation or ILocalReferenceOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static string FinalSink(string display)
    {
        int arrow = display.LastIndexOf(" → ", System.StringComparison.Ordinal);
        return arrow < 0 ? display : display.Substring(arrow + 3);
    }

    private static bool Contains(ImmutableArray<ForwardedSink>.Builder sinks, int ordinal)
    {
        foreach (ForwardedSink sink in sinks)
        {
            if (sink.Ordinal == ordinal)
            {
                return true;
            }
        }

        return false;
    }
}
