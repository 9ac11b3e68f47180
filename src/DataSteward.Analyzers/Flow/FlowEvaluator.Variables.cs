using System;
using System.Collections.Generic;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>Parameters, lambda parameters and locals (followed to the writes that reach the use).</summary>
internal sealed partial class FlowEvaluator
{
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
            result = Taint.From(parameter.Name, context.Classifier.ClassifyByName(parameter));
        }

        return result;
    }

    // Only what names alone say (a parameter called email) and a helper's own parameters give way to the local's own name;
    // classified data never does.
    private static bool NamedAsSomethingElse(string localName, Taint taint)
    {
        foreach (DataOrigin origin in taint.Origins)
        {
            bool saysSomethingElse = origin.IsParameterPlaceholder
                ? NameHeuristics.SaysSomethingElse(localName, DataKind.Unspecified)
                : origin.Classification.Level == DataLevel.Likely && NameHeuristics.SaysSomethingElse(localName, origin.Classification.Kind);
            if (!saysSomethingElse)
            {
                return false;
            }
        }

        return true;
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
        if (!localReadsInProgress.Add(reference))
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
                result = Taint.From(local.Name, context.Classifier.ClassifyByName(local));
            }
            else if (result is not null && NamedAsSomethingElse(local.Name, result))
            {
                // var emailDomain = GetDomain(email): the head of the name says what was kept, a domain, not the address.
                return null;
            }

            return result;
        }
        finally
        {
            localReadsInProgress.Remove(reference);
        }
    }
}
