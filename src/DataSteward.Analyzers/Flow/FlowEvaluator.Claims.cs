using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>Claims picked out of a collection by their type, judged by that type rather than as a dump of every claim.</summary>
internal sealed partial class FlowEvaluator
{
    /// <summary>
    /// <c>User.Claims.FirstOrDefault(c => c.Type == ClaimTypes.NameIdentifier)</c>, <c>claims.Where(c =>
    /// c.Type.Equals("email"))</c>: the claims of one type, as <c>FindFirst</c> of that type would give them — an e-mail
    /// claim is personal, a subject id or a role is not — instead of every claim the collection holds.
    /// </summary>
    private bool TrySelectClaimsByType(IInvocationOperation invocation, out Taint? selected)
    {
        selected = null;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name is not ("First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault" or "Where")
            || method.ContainingType?.Name != "Enumerable" || invocation.Arguments.Length != 2
            || method.TypeArguments.Length != 1 || method.TypeArguments[0] is not { Name: "Claim", ContainingNamespace.Name: "Claims" })
        {
            return false;
        }

        if (Operations.StripImplicitConversions(invocation.Arguments[1].Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation predicate }
            || predicate.Symbol.Parameters.Length != 1
            || SingleReturned(predicate.Body) is not { } condition
            || ComparedClaimType(condition, predicate.Symbol.Parameters[0]) is not { } claimType)
        {
            return false;
        }

        selected = UseNames ? ClaimOfType(claimType) : null;
        return true;
    }

    private static IOperation? SingleReturned(IBlockOperation body) =>
        body.Operations.Length == 1 && body.Operations[0] is IReturnOperation { ReturnedValue: { } returned } ? Operations.StripImplicitConversions(returned) : null;

    // c.Type == X, X == c.Type, c.Type.Equals(X), string.Equals(c.Type, X[, comparison]): the constant X.
    private static IOperation? ComparedClaimType(IOperation condition, IParameterSymbol claim)
    {
        switch (condition)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } binary:
                return IsClaimType(binary.LeftOperand, claim) ? Constant(binary.RightOperand)
                    : IsClaimType(binary.RightOperand, claim) ? Constant(binary.LeftOperand)
                    : null;
            case IInvocationOperation { TargetMethod.Name: "Equals" } equals when equals.Instance is { } instance && equals.Arguments.Length >= 1:
                return IsClaimType(instance, claim) ? Constant(equals.Arguments[0].Value) : null;
            case IInvocationOperation { TargetMethod.Name: "Equals", Instance: null } equals when equals.Arguments.Length >= 2:
                return IsClaimType(equals.Arguments[0].Value, claim) ? Constant(equals.Arguments[1].Value)
                    : IsClaimType(equals.Arguments[1].Value, claim) ? Constant(equals.Arguments[0].Value)
                    : null;
            default:
                return null;
        }
    }

    private static bool IsClaimType(IOperation operation, IParameterSymbol claim) =>
        Operations.StripImplicitConversions(operation) is IPropertyReferenceOperation { Property.Name: "Type", Instance: IParameterReferenceOperation reference }
        && SymbolEqualityComparer.Default.Equals(reference.Parameter, claim);

    private static IOperation? Constant(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string } ? operation : null;
}
