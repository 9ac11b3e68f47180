using System;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// The application's own logging facades, found by shape because no table can list them: a type whose name ends in
/// <c>Logger</c>, <c>Log</c> or <c>Journal</c> (<c>IAppLogger&lt;T&gt;</c>, <c>AuditLogger</c>, a static <c>Log</c>) with a
/// level-named method (<c>Info</c>, <c>LogWarning</c>, <c>ErrorFormat</c>…) that takes a string message or template. Found
/// when only the interface is visible, so a wrapper in another assembly is a sink too.
/// </summary>
internal static class LoggerWrappers
{
    public static bool IsLogMethod(IMethodSymbol method)
    {
        // The method name first: a handful of words, so almost every call is ruled out here.
        if (method.MethodKind != MethodKind.Ordinary || !IsLevelName(method.Name) || method.ContainingType is not { } type || !IsLoggerTypeName(type.Name))
        {
            return false;
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLoggerTypeName(string name) =>
        name.EndsWith("Logger", StringComparison.Ordinal) || name.EndsWith("Log", StringComparison.Ordinal) || name.EndsWith("Journal", StringComparison.Ordinal);

    /// <summary>Whether a method name is a level (<c>Info</c>, <c>LogWarning</c>, <c>ErrorFormat</c>…).</summary>
    public static bool IsLevelName(string name)
    {
        if (name.StartsWith("Log", StringComparison.Ordinal) && name.Length > 3)
        {
            name = name.Substring(3);
        }

        if (name.EndsWith("Format", StringComparison.Ordinal) && name.Length > 6)
        {
            name = name.Substring(0, name.Length - 6);
        }

        return name is "Trace" or "Debug" or "Info" or "Information" or "Warn" or "Warning" or "Error" or "Fatal" or "Critical" or "Verbose";
    }
}
