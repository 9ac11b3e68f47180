using System;

namespace DataSteward;

/// <summary>
/// Marks a parameter of a user-written sink (an audit writer, an export helper): personal data passed to it
/// is reported like personal data passed to a log, an export or telemetry.
/// </summary>
/// <example><code>
/// public void Audit([DataSink(DataSinkKind.Log)] string entry) { ... }
/// </code></example>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class DataSinkAttribute : Attribute
{
    /// <summary>Marks a parameter as a sink of the given kind.</summary>
    /// <param name="kind">Where the values go.</param>
    public DataSinkAttribute(DataSinkKind kind)
    {
        Kind = kind;
    }

    /// <summary>Where the values go.</summary>
    public DataSinkKind Kind { get; }
}
