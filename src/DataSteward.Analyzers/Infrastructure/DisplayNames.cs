using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>How messages name members and methods: <c>Citizen.Email</c>, <c>Citizen.Describe()</c>.</summary>
internal static class DisplayNames
{
    public static string Member(ISymbol member) =>
        member.ContainingType is { } type ? type.Name + "." + member.Name : member.Name;

    public static string Method(IMethodSymbol method) =>
        method.ContainingType is { } type ? type.Name + "." + method.Name + "()" : method.Name + "()";
}
