using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>Small questions about operation trees asked by every area.</summary>
internal static class Operations
{
    /// <summary>The value as written, under the conversions the compiler inserted (boxing, to object, to interface).</summary>
    public static IOperation StripImplicitConversions(this IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
