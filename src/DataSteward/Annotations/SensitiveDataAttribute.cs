using System;

namespace DataSteward;

/// <summary>
/// Marks special-category personal data (GDPR articles 9 and 10). It implies <see cref="PersonalDataAttribute"/>;
/// any flow of it to a sink is an error (DS0003).
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
    AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = true)]
public sealed class SensitiveDataAttribute : Attribute
{
    /// <summary>Marks special-category data of the given category.</summary>
    /// <param name="category">The special category.</param>
    public SensitiveDataAttribute(SensitiveCategory category)
    {
        Category = category;
    }

    /// <summary>The special category.</summary>
    public SensitiveCategory Category { get; }
}
