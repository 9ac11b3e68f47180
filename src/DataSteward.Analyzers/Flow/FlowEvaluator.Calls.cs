using System;
using System.Collections.Generic;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>Calls and creations: library methods by their propagation, this compilation's methods by their summaries, lambdas by their results.</summary>
internal sealed partial class FlowEvaluator
{
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

        if (TrySelectClaimsByType(invocation, out Taint? selectedClaims))
        {
            return selectedClaims;
        }

        Taint? result = declared.IsClassified ? Taint.From(DisplayNames.Method(method), declared) : null;
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

        if (result is null && UseNames && (method.Parameters.Length == 0 || NameSources.IsGetterVerb(method.Name)))
        {
            // GetEmail(), getTelephone(), GetUserNameAsync(user): an accessor named after the data.
            result = Taint.From(DisplayNames.Method(method), context.Classifier.ClassifyByName(method));
        }

        if (result is null && UseNames && ClaimKeys.IsClaimLookup(method))
        {
            // User.FindFirst(ClaimTypes.Name)?.Value, FindFirstValue("given_name"): the claim type says the data.
            result = FromClaimType(invocation.Arguments);
        }

        if (result is null && UseNames && !SourceSymbols.IsFromSource(method))
        {
            // user.FindFirstValue(ClaimTypes.Email), reader.GetString("email"): a library lookup by a key that names the data.
            result = FromConstantKey(invocation.Arguments, context.Classifier);
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
        MethodSummary summary = context.Summaries.Get(method, request);
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
                result = Taint.Union(result, context.Summaries.Get(methodReference.Method, request).Own);
            }
        }

        return result;
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
}
