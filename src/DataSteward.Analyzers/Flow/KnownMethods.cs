using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// How well-known library methods propagate data, as a table keyed by containing type and method name.
/// Unknown library methods propagate nothing: a rule that guesses about other people's code cries wolf.
/// </summary>
internal static class KnownMethods
{
    private static readonly HashSet<string> CleanEnumerableMethods = new(StringComparer.Ordinal)
    {
        "Count", "LongCount", "Any", "All", "Contains", "SequenceEqual", "Sum", "Average", "TryGetNonEnumeratedCount",
    };

    private static readonly HashSet<string> CombiningEnumerableMethods = new(StringComparer.Ordinal)
    {
        "Concat", "Union", "UnionBy", "Append", "Prepend", "Zip", "Aggregate", "Intersect", "Except",
    };

    private static readonly HashSet<string> ArgumentTransformTypes = new(StringComparer.Ordinal)
    {
        "System.Convert", "System.Uri", "System.Net.WebUtility", "System.Web.HttpUtility", "System.Text.Encodings.Web.UrlEncoder",
        "System.Text.Encodings.Web.HtmlEncoder", "System.Text.Encodings.Web.JavaScriptEncoder", "System.Threading.Tasks.Task",
        "System.Threading.Tasks.ValueTask", "System.Text.RegularExpressions.Regex", "System.IO.Path", "System.Tuple", "System.ValueTuple",
        "System.Collections.Generic.KeyValuePair", "System.Net.Mail.MailAddress", "System.MemoryExtensions",
        "System.Runtime.InteropServices.MemoryMarshal", "System.Text.Encoding", "System.BitConverter",
        "Microsoft.AspNetCore.WebUtilities.QueryHelpers", "Microsoft.AspNetCore.Http.QueryString", "System.UriBuilder",
    };

    private static readonly HashSet<string> ScalarTypes = new(StringComparer.Ordinal)
    {
        "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.Guid", "System.TimeSpan",
        "System.Decimal", "System.Nullable`1", "System.ReadOnlySpan`1", "System.Span`1", "System.ReadOnlyMemory`1", "System.Memory`1",
        "System.Lazy`1", "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask`1", "System.Net.Mail.MailAddress",
    };

    public static Propagation Of(IMethodSymbol method)
    {
        IMethodSymbol original = (method.ReducedFrom ?? method).OriginalDefinition;
        if (original.ReturnsVoid || original.ReturnType.SpecialType == SpecialType.System_Boolean)
        {
            return Propagation.None;
        }

        if (string.Equals(original.Name, "ToString", StringComparison.Ordinal) && original.Parameters.Length <= 2 && !original.IsStatic)
        {
            return Propagation.ReceiverText;
        }

        INamedTypeSymbol type = original.ContainingType;
        string typeName = FullName(type);
        switch (typeName)
        {
            case "System.String":
                return original.IsStatic ? Propagation.Arguments : ReturnsText(original) ? Propagation.ReceiverAndArguments : Propagation.None;
            case "System.Text.StringBuilder":
                return ReturnsText(original) || original.ReturnType.Name == "StringBuilder" ? Propagation.ReceiverAndArguments : Propagation.None;
            case "System.Linq.Enumerable":
            case "System.Linq.Queryable":
            case "System.Linq.AsyncEnumerable":
                return OfLinq(original.Name);
            case "System.Text.Encoding":
                return Propagation.Arguments;
            case "System.Text.Json.JsonSerializer":
            case "Newtonsoft.Json.JsonConvert":
                return Propagation.Serialised;
        }

        if (ArgumentTransformTypes.Contains(typeName))
        {
            return original.IsStatic ? Propagation.Arguments : Propagation.ReceiverAndArguments;
        }

        if (ScalarTypes.Contains(typeName) || (type.BaseType is { } baseType && FullName(baseType) == "System.Text.Encoding"))
        {
            return original.IsStatic ? Propagation.Arguments : Propagation.Receiver;
        }

        string? ns = type.ContainingNamespace?.ToDisplayString();
        if (!original.IsStatic && ns is "System.Collections.Generic" or "System.Collections.Immutable" or "System.Collections.Concurrent" or "System.Collections" or "System.Collections.ObjectModel")
        {
            return Propagation.Receiver;
        }

        if (original.IsStatic && ns is "System.Collections.Generic" or "System.Collections.Immutable" && original.IsExtensionMethod)
        {
            return Propagation.Source;
        }

        return original.Locations.Length > 0 && original.Locations[0].IsInSource ? Propagation.Summary : Propagation.None;
    }

    private static Propagation OfLinq(string name)
    {
        if (CleanEnumerableMethods.Contains(name))
        {
            return Propagation.None;
        }

        if (name is "Select" or "SelectMany" or "ToDictionary" or "ToLookup" or "GroupBy" or "Min" or "Max")
        {
            return Propagation.LambdaResult;
        }

        return CombiningEnumerableMethods.Contains(name) ? Propagation.Arguments : Propagation.Source;
    }

    private static bool ReturnsText(IMethodSymbol method)
    {
        ITypeSymbol returnType = method.ReturnType;
        return returnType.SpecialType is SpecialType.System_String or SpecialType.System_Char or SpecialType.System_Object
            || returnType is IArrayTypeSymbol
            || returnType.Name is "ReadOnlySpan" or "Span" or "IEnumerable";
    }

    public static string FullName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        INamedTypeSymbol? containing = type.ContainingType;
        if (containing is not null)
        {
            return FullName(containing) + "+" + name;
        }

        INamespaceSymbol? ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }
}
