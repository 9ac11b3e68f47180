using System;

namespace DataSteward;

/// <summary>
/// Marks a member, parameter or return value that holds personal data, or a type whose every instance is
/// personal data. DataSteward reports it when it reaches a log, an export, an exception message or telemetry
/// without pseudonymisation, and lists it in the data catalogue.
/// </summary>
/// <example><code>
/// public sealed record Citizen(
///     [property: PersonalData(PersonalDataKind.Name)] string FullName,
///     [property: PersonalData(PersonalDataKind.ContactDetails)] string Email);
/// </code></example>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
    AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = true)]
public sealed class PersonalDataAttribute : Attribute
{
    /// <summary>Marks personal data of an unspecified kind.</summary>
    public PersonalDataAttribute()
        : this(PersonalDataKind.Unspecified)
    {
    }

    /// <summary>Marks personal data of the given kind.</summary>
    /// <param name="kind">The kind of personal data.</param>
    public PersonalDataAttribute(PersonalDataKind kind)
    {
        Kind = kind;
    }

    /// <summary>The kind of personal data.</summary>
    public PersonalDataKind Kind { get; }
}
