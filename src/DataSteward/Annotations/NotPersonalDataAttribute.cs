using System;

namespace DataSteward;

/// <summary>
/// States that a member or parameter is not personal data, whatever its name suggests
/// (a <c>ServerAddress</c>, a <c>TemplateName</c>). It silences the name heuristics (DS0100, DS0101).
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
    AllowMultiple = false,
    Inherited = true)]
public sealed class NotPersonalDataAttribute : Attribute
{
}
