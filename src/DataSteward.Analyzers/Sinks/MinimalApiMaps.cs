using DataSteward.Analyzers.Infrastructure;
using System;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// The minimal-API methods that register an endpoint handler (<c>app.MapGet("/x", handler)</c>): ASP.NET Core's own
/// <c>Map*</c> methods only, never an AutoMapper-style <c>Map(x)</c> of another library.
/// </summary>
internal static class MinimalApiMaps
{
    /// <summary>A cheap test on the name, before any binding.</summary>
    public static bool IsMapName(string name) =>
        name is "MapGet" or "MapPost" or "MapPut" or "MapPatch" or "MapDelete" or "MapMethods" or "Map" or "MapFallback";

    /// <summary>True when <paramref name="method"/> is one of ASP.NET Core's endpoint-registering <c>Map*</c> methods.</summary>
    public static bool IsMap(IMethodSymbol method) =>
        IsMapName(method.Name)
        && Namespaces.IsWithin(method.ContainingNamespace, "Microsoft.AspNetCore");
}
