using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// What an HTTP endpoint returns is serialised into the response: the return value of a controller action, and
/// of a minimal-API handler (a lambda or method group given to <c>MapGet</c>, <c>MapPost</c>…). Results built with
/// <c>Ok(x)</c> or <c>Results.Ok(x)</c> are sinks of their own and are not checked twice.
/// </summary>
internal static class Endpoints
{
    public static SinkMatch? Match(IReturnOperation returned, ISymbol owningSymbol, MethodGroupHandlers handlers, ControllerTypes controllers)
    {
        IOperation? value = returned.ReturnedValue;
        if (value is null)
        {
            return null;
        }

        // Cheapest questions first: this runs for every return statement of the build.
        string? display = null;
        IAnonymousFunctionOperation? function = EnclosingFunction(returned);
        if (function is not null)
        {
            if (IsMinimalApiHandler(function, out string? map))
            {
                display = map;
            }
        }
        else if (owningSymbol is IMethodSymbol method && method.MethodKind == MethodKind.Ordinary && EnclosingLocalFunction(returned) is null)
        {
            display = handlers.MapMethodOf(method) ?? (IsControllerAction(method, controllers) ? method.ContainingType.Name + "." + method.Name : null);
        }

        return display is null || IsResultObject(Natural(value).Type)
            ? null
            : new SinkMatch(SinkKind.Export, SinkRendering.Serialised, SerialiserFamily.SystemTextJson, display, null);
    }

    private static ILocalFunctionOperation? EnclosingLocalFunction(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation local)
            {
                return local;
            }
        }

        return null;
    }

    private static IOperation Natural(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static IAnonymousFunctionOperation? EnclosingFunction(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function)
            {
                return function;
            }

            if (current is ILocalFunctionOperation)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsMinimalApiHandler(IAnonymousFunctionOperation function, out string? map)
    {
        map = null;
        IOperation? parent = function.Parent is IDelegateCreationOperation creation ? creation.Parent : function.Parent;
        while (parent is IConversionOperation conversion)
        {
            // A handler parameter typed Delegate: lambda, delegate creation, then a conversion to Delegate.
            parent = conversion.Parent;
        }

        if (parent is IArgumentOperation { Parent: IInvocationOperation invocation }
            && MinimalApiMaps.IsMap(invocation.TargetMethod))
        {
            map = invocation.TargetMethod.Name;
            return true;
        }

        return false;
    }

    private static bool IsControllerAction(IMethodSymbol method, ControllerTypes controllers)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public
            || method.ContainingType is not { } type || !controllers.IsController(type))
        {
            return false;
        }

        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "NonActionAttribute")
            {
                return false;
            }
        }

        return true;
    }

    // IActionResult, ActionResult, IResult and friends: what they carry is checked where they are built.
    private static bool IsResultObject(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } task)
        {
            return IsResultObject(task.TypeArguments[0]);
        }

        if (type.Name is "IActionResult" or "IResult" or "IConvertToActionResult")
        {
            return true;
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            if (@interface.Name is "IActionResult" or "IResult" or "IConvertToActionResult")
            {
                return true;
            }
        }

        return false;
    }
}
