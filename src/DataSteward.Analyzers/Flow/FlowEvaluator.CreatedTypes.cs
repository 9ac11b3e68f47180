using System.Collections.Generic;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

internal sealed partial class FlowEvaluator
{
    // More created types than this and the value is judged by its declared type's candidates instead.
    private const int MaxCreatedTypes = 8;

    /// <summary>
    /// What a serialiser writes of a value of the type, by type: for a polymorphic type whose value is created in the
    /// body (<c>IntegrationEvent e = ok ? new PaymentSucceeded(id) : new PaymentFailed(id)</c>), the rendering of the
    /// types created, since only those instances flow there; otherwise the rendering of the type, candidates included.
    /// </summary>
    private Taint? RenderedByType(IOperation natural, ITypeSymbol type, Sinks.SerialiserFamily family, int depth)
    {
        if (ObjectRendering.RendersInstancesOf(type, family))
        {
            var created = new List<INamedTypeSymbol>();
            if (CollectCreatedTypes(natural, created, depth))
            {
                Taint? result = null;
                foreach (INamedTypeSymbol instance in created)
                {
                    result = Taint.Union(result, context.Rendering.RenderSerialisedExactly(instance, family, request));
                }

                return result;
            }
        }

        return context.Rendering.RenderSerialised(type, family, request);
    }

    // True when every value that can reach the operation is an object created here (directly, through ?: or through
    // the killing writes of a local); the types created are added. False as soon as one value comes from elsewhere.
    private bool CollectCreatedTypes(IOperation operation, List<INamedTypeSymbol> created, int depth)
    {
        if (depth > MaxDepth || created.Count > MaxCreatedTypes)
        {
            return false;
        }

        IOperation value = operation;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        switch (value)
        {
            case IObjectCreationOperation { Type: null or { TypeKind: TypeKind.Error } }:
            case IInvalidOperation { Syntax: Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax }:
                // Created here, of a type that does not bind (ambiguous, or from a package the build lacks): still only
                // that instance flows there. Nothing is known of it, so it adds nothing; the declared type's other
                // candidates would be a guess.
                return true;
            case IObjectCreationOperation { Type: INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type }:
                if (!ContainsType(created, type))
                {
                    created.Add(type);
                }

                return true;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return CollectCreatedTypes(conditional.WhenTrue, created, depth + 1) && CollectCreatedTypes(whenFalse, created, depth + 1);
            case ILocalReferenceOperation reference:
                return CollectCreatedTypesOfLocal(reference, created, depth);
            default:
                return false;
        }
    }

    private bool CollectCreatedTypesOfLocal(ILocalReferenceOperation reference, List<INamedTypeSymbol> created, int depth)
    {
        if (!localReadsInProgress.Add(reference))
        {
            return false;
        }

        try
        {
            bool any = false;
            foreach (LocalWrite write in Writes.Reaching(reference.Local, reference))
            {
                if (!write.Killing || write.IsMutation || write.Value is null || !CollectCreatedTypes(write.Value, created, depth + 1))
                {
                    return false;
                }

                any = true;
            }

            return any;
        }
        finally
        {
            localReadsInProgress.Remove(reference);
        }
    }

    private static bool ContainsType(List<INamedTypeSymbol> types, INamedTypeSymbol type)
    {
        foreach (INamedTypeSymbol known in types)
        {
            if (SymbolEqualityComparer.Default.Equals(known, type))
            {
                return true;
            }
        }

        return false;
    }
}
