using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Summaries of this compilation's methods and property getters — which personal data and which parameters reach the
/// result — computed on demand and cached for the compilation, so a call is followed into the callee without
/// re-analysing it at every call site. Recursive methods are solved together (<see cref="RecursiveSummaries{TValue}"/>),
/// so a summary never depends on which call site was analysed first.
/// </summary>
internal sealed class MethodSummaries
{
    private readonly CompilationModel model;
    private readonly RecursiveSummaries<MethodSummary> summaries;

    public MethodSummaries(CompilationModel model)
    {
        this.model = model;
        summaries = new RecursiveSummaries<MethodSummary>(Compute, static request => request.Returns, MethodSummaryComparer.Instance, MethodSummary.Empty);
    }

    public MethodSummary Get(IMethodSymbol method, SummaryRequest request)
    {
        return summaries.Get(MethodBodies.KeyOf(method), request);
    }

    private MethodSummary Compute(IMethodSymbol method, SummaryRequest request)
    {
        IOperation? operation = MethodBodies.Find(model, method, request, out SyntaxNode? body);
        if (operation is null)
        {
            return MethodSummary.Empty;
        }

        var evaluator = new FlowEvaluator(model, operation, HeuristicsMode.Flow, method, request);
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

    /// <summary>Two summaries are equal when they name the same origins and parameters (the fixed point's test).</summary>
    private sealed class MethodSummaryComparer : IEqualityComparer<MethodSummary>
    {
        public static MethodSummaryComparer Instance { get; } = new();

        public bool Equals(MethodSummary? x, MethodSummary? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null && Taint.SameOrigins(x.Own, y.Own) && x.Parameters.SequenceEqual(y.Parameters));

        public int GetHashCode(MethodSummary obj) => obj.Parameters.Length;
    }
}
