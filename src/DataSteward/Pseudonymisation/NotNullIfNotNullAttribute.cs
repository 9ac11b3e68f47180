#if !NETCOREAPP3_0_OR_GREATER && !NETSTANDARD2_1_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// netstandard2.0 lacks this nullable-analysis attribute; the compiler recognises it by name, so an
/// internal copy lets <see cref="DataSteward.Mask"/> say "null in, null out".
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, AllowMultiple = true, Inherited = false)]
internal sealed class NotNullIfNotNullAttribute : Attribute
{
    /// <summary>Names the parameter whose non-nullness makes the return value non-null.</summary>
    /// <param name="parameterName">The parameter's name.</param>
    public NotNullIfNotNullAttribute(string parameterName) => ParameterName = parameterName;

    /// <summary>The parameter's name.</summary>
    public string ParameterName { get; }
}
#endif
