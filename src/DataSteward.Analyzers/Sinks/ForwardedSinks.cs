using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Helpers that pass a parameter on to a sink — <c>void Audit(string message) => logger.LogInformation(message)</c>,
/// a guard that throws with the message it is given, a repository base that logs <c>{@Entity}</c> — are sinks
/// themselves: the data is reported where the caller passes it. Computed lazily per method, cached, bounded in depth.
/// For a constructor of an exception of this compilation, it says which parameters really reach the message.
/// </summary>
internal sealed class ForwardedSinks
{
    private const int MaxNesting = 3;

    [ThreadStatic]
    private static Stack<IMethodSymbol>? inProgress;

    private readonly FlowAnalysisContext context;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<ForwardedSink>?> cache = new(SymbolEqualityComparer.Default);

    public ForwardedSinks(FlowAnalysisContext context)
    {
        this.context = context;
    }

    /// <summary>False when the method's body is not available (metadata, abstract, a cycle): nothing is known.</summary>
    public bool TryGet(IMethodSymbol method, out ImmutableArray<ForwardedSink> sinks)
    {
        IMethodSymbol key = (method.ReducedFrom ?? method).OriginalDefinition;
        if (!cache.TryGetValue(key, out ImmutableArray<ForwardedSink>? known))
        {
            Stack<IMethodSymbol> stack = inProgress ??= new Stack<IMethodSymbol>();
            if (stack.Count >= MaxNesting || stack.Contains(key))
            {
                sinks = ImmutableArray<ForwardedSink>.Empty;
                return false;
            }

            stack.Push(key);
            try
            {
                known = cache.GetOrAdd(key, Compute(key));
            }
            finally
            {
                stack.Pop();
            }
        }

        sinks = known ?? ImmutableArray<ForwardedSink>.Empty;
        return known is not null;
    }

    private ImmutableArray<ForwardedSink>? Compute(IMethodSymbol method)
    {
        if (method.Parameters.IsEmpty || !FlowEvaluator.IsFromSource(method))
        {
            return method.Parameters.IsEmpty ? ImmutableArray<ForwardedSink>.Empty : null;
        }

        IOperation? body = MethodBodies.Find(context.Compilation, context.ModelFor, method, out _);
        if (body is null)
        {
            return null;
        }

        var evaluator = new FlowEvaluator(context, body, HeuristicsMode.Flow, method, CancellationToken.None);
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
            context.SinkArguments.Collect(operation, found);
            foreach (SinkArgument argument in found)
            {
                Taint? taint = argument.Match.Rendering == SinkRendering.Serialised
                    ? evaluator.EvaluateSerialised(argument.Value, argument.Match.Family)
                    : evaluator.EvaluateText(argument.Value);
                if (taint is null)
                {
                    continue;
                }

                foreach (DataOrigin origin in taint.Origins)
                {
                    if (origin.IsParameterPlaceholder && !Contains(result, origin.ParameterOrdinal))
                    {
                        // An exception constructor passing its message on is still "new X"; a helper is named with its sink.
                        string display = argument.Match.Kind == SinkKind.ExceptionMessage && method.MethodKind == MethodKind.Constructor
                            ? prefix
                            : prefix + " → " + argument.Match.Display;
                        result.Add(new ForwardedSink(origin.ParameterOrdinal, argument.Match with { Display = display }));
                    }
                }
            }
        }

        return result.ToImmutable();
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
