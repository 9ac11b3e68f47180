using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Lazily computed, cached summaries of this compilation's methods and property getters, so that a call is
/// followed into the callee without re-analysing it at every call site. Bounded in depth; a recursive cycle
/// contributes nothing. Thread-safe: two threads may compute the same summary, and the first one stored wins.
/// </summary>
internal sealed class MethodSummaries
{
    private const int MaxNesting = 4;

    [ThreadStatic]
    private static Stack<IMethodSymbol>? inProgress;

    private readonly FlowAnalysisContext context;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> summaries = new(SymbolEqualityComparer.Default);

    public MethodSummaries(FlowAnalysisContext context)
    {
        this.context = context;
    }

    public MethodSummary Get(IMethodSymbol method)
    {
        IMethodSymbol key = (method.ReducedFrom ?? method).OriginalDefinition;
        if (key.PartialImplementationPart is { } implementation)
        {
            key = implementation;
        }

        if (summaries.TryGetValue(key, out MethodSummary? cached))
        {
            return cached;
        }

        Stack<IMethodSymbol> stack = inProgress ??= new Stack<IMethodSymbol>();
        if (stack.Count >= MaxNesting || stack.Contains(key))
        {
            return MethodSummary.Empty;
        }

        stack.Push(key);
        try
        {
            return summaries.GetOrAdd(key, Compute(key));
        }
        finally
        {
            stack.Pop();
        }
    }

    private MethodSummary Compute(IMethodSymbol method)
    {
        IOperation? operation = MethodBodies.Find(context.Compilation, context.ModelFor, method, out SyntaxNode? body);
        if (operation is null)
        {
            return MethodSummary.Empty;
        }

        var evaluator = new FlowEvaluator(context, operation, HeuristicsMode.Flow, method, CancellationToken.None);
        Taint? result = null;
        bool anyReturn = false;
        foreach (IOperation descendant in operation.DescendantsAndSelf())
        {
            if (descendant is IReturnOperation { ReturnedValue: { } returned } && !IsInNestedFunction(descendant, operation))
            {
                anyReturn = true;
                result = Taint.Union(result, evaluator.Evaluate(returned));
            }
        }

        if (!anyReturn && body is ArrowExpressionClauseSyntax && operation is not (IBlockOperation or IMethodBodyOperation))
        {
            result = evaluator.Evaluate(operation);
        }

        return ToSummary(result);
    }

    private static MethodSummary ToSummary(Taint? result)
    {
        if (result is null)
        {
            return MethodSummary.Empty;
        }

        ImmutableArray<int>.Builder parameters = ImmutableArray.CreateBuilder<int>();
        foreach (DataOrigin origin in result.Origins)
        {
            if (origin.IsParameterPlaceholder && !parameters.Contains(origin.ParameterOrdinal))
            {
                parameters.Add(origin.ParameterOrdinal);
            }
        }

        parameters.Sort();
        return new MethodSummary(result.WithoutPlaceholders(), parameters.ToImmutable());
    }

    private static bool IsInNestedFunction(IOperation operation, IOperation root)
    {
        for (IOperation? current = operation.Parent; current is not null && current != root; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
