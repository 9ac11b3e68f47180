using System;
using System.Threading;
using DataSteward.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// Whether a <c>GetHashCode</c> / <c>HashCode.Combine</c> result is used as an identifier, following it through
/// conversions, <c>ToString()</c>, string formatting and locals. An identifier use is:
/// <list type="bullet">
/// <item>an assignment or initialiser of a field or property (not one named <c>…HashCode</c>, a cached hash code),
/// or a constructor argument whose parameter names a member of the created type (<c>new Row(key, …)</c>);</item>
/// <item>an argument of a sink (a log, an export, telemetry, an exception message);</item>
/// <item>a <c>return</c> from a method or property that is not itself a hash-code computation (<c>GetHashCode</c>
/// overrides, <c>IEqualityComparer&lt;T&gt;.GetHashCode</c>, any method named <c>…HashCode…</c>) and not from a lambda
/// (a dictionary key selector, a bucket).</item>
/// </list>
/// Anything else (arithmetic, a comparison, a dictionary lookup) is not an identifier use.
/// </summary>
internal sealed class HashCodeUse
{
    private const int MaxLocalHops = 3;

    private readonly CompilationModel flow;
    private readonly IOperation root;
    private readonly ISymbol containingSymbol;
    private readonly CancellationToken cancellationToken;

    public HashCodeUse(CompilationModel flow, IOperation root, ISymbol containingSymbol, CancellationToken cancellationToken)
    {
        this.flow = flow;
        this.root = root;
        this.containingSymbol = containingSymbol;
        this.cancellationToken = cancellationToken;
    }

    public bool IsIdentifier(IOperation value) => IsIdentifier(value, 0);

    private bool IsIdentifier(IOperation value, int hops)
    {
        IOperation current = value;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation:
                case IParenthesizedOperation:
                case IInterpolationOperation:
                case IInterpolatedStringOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                    current = parent;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ToString" } call when call.Instance == current:
                    current = parent;
                    continue;
                case IArgumentOperation argument:
                    return IsIdentifierArgument(argument, hops, ref current);
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return IsIdentifierTarget(assignment.Target, hops);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return LocalIsIdentifier(declarator.Symbol, hops);
                case IFieldInitializerOperation fieldInitializer:
                    foreach (IFieldSymbol field in fieldInitializer.InitializedFields)
                    {
                        if (!IsCachedHashCode(field.Name) && !InHashCodeComputation(parent))
                        {
                            return true;
                        }
                    }

                    return false;
                case IPropertyInitializerOperation propertyInitializer:
                    foreach (IPropertySymbol property in propertyInitializer.InitializedProperties)
                    {
                        if (!IsCachedHashCode(property.Name))
                        {
                            return true;
                        }
                    }

                    return false;
                case IReturnOperation:
                    return !InHashCodeComputation(parent);
                default:
                    return false;
            }
        }

        return false;
    }

    private bool IsIdentifierArgument(IArgumentOperation argument, int hops, ref IOperation current)
    {
        switch (argument.Parent)
        {
            case IInvocationOperation call:
                IMethodSymbol method = call.TargetMethod;
                if (method.IsStatic && method.ContainingType?.SpecialType == SpecialType.System_String
                    || method.ContainingType is { Name: "Convert", ContainingNamespace.Name: "System" })
                {
                    // string.Format, string.Concat, Convert.ToString: still the same value, as text.
                    current = call;
                    return IsIdentifier(call, hops);
                }

                return IsSinkArgument(method, argument);
            case IObjectCreationOperation creation:
                if (creation.Constructor is { } constructor && IsSinkArgument(constructor, argument))
                {
                    return true;
                }

                return argument.Parameter is { } parameter && creation.Type is INamedTypeSymbol created && NamesAMember(created, parameter.Name);
            default:
                return false;
        }
    }

    private bool IsSinkArgument(IMethodSymbol method, IArgumentOperation argument) =>
        argument.Parameter is { } parameter && flow.Sinks.MayBeSink(method) && flow.Sinks.Match(method, parameter) is not null;

    private bool IsIdentifierTarget(IOperation target, int hops)
    {
        switch (target)
        {
            case IFieldReferenceOperation field:
                return !IsCachedHashCode(field.Field.Name) && !InHashCodeComputation(target);
            case IPropertyReferenceOperation property:
                return !IsCachedHashCode(property.Property.Name) && !InHashCodeComputation(target);
            case ILocalReferenceOperation local:
                return LocalIsIdentifier(local.Local, hops);
            default:
                return false;
        }
    }

    private bool LocalIsIdentifier(ILocalSymbol local, int hops)
    {
        if (hops >= MaxLocalHops)
        {
            return false;
        }

        foreach (IOperation operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && !(reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
                && IsIdentifier(reference, hops + 1))
            {
                return true;
            }
        }

        return false;
    }

    // Computing a hash code (an override, a comparer, a helper named for it) is what GetHashCode is for.
    private bool InHashCodeComputation(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation)
            {
                if (operation is IReturnOperation)
                {
                    // A lambda's result goes where the lambda is passed (a key selector, a bucket), not into storage.
                    return true;
                }

                break;
            }

            if (current is ILocalFunctionOperation localFunction)
            {
                return IsHashCodeName(localFunction.Symbol.Name);
            }
        }

        ISymbol symbol = containingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : containingSymbol;
        return IsHashCodeName(symbol.Name) || IsHashCodeName(containingSymbol.Name);
    }

    private static bool IsHashCodeName(string name) => name.IndexOf("HashCode", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsCachedHashCode(string name) => name.EndsWith("HashCode", StringComparison.OrdinalIgnoreCase);

    private static bool NamesAMember(INamedTypeSymbol type, string parameterName)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic
                    && string.Equals(member.Name.TrimStart('_'), parameterName, StringComparison.OrdinalIgnoreCase)
                    && !IsCachedHashCode(member.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
