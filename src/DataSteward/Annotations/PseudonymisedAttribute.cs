using System;

namespace DataSteward;

/// <summary>
/// States that a value is already pseudonymised or anonymised, so it may reach any sink.
/// On a type, every instance is such a value.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
    AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = true)]
public sealed class PseudonymisedAttribute : Attribute
{
}
