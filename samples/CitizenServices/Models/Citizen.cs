using System;
using DataSteward;

namespace CitizenServices.Models;

/// <summary>A resident registered with the municipality's population register.</summary>
[Dataset(
    "citizens",
    Title = "Registered residents",
    Description = "Residents registered with the population office: identity, contact details and registration date.",
    Publisher = "Ville de Saint-Exemple",
    ContactPoint = "mailto:population@saint-exemple.example",
    Access = DatasetAccess.NonPublic,
    Themes = new[] { "GOVE", "SOCI" },
    Keywords = new[] { "population", "état civil", "residents" },
    UpdateFrequency = "DAILY",
    Purpose = "Keep the population register and contact residents about municipal services they asked for.",
    LegalBasis = LawfulBasis.PublicTask,
    Retention = "P5Y",
    Recipients = new[] { "the population office's agents", "municipal services the resident asked to be contacted by" },
    DataSubjects = new[] { "residents registered with the population office" })]
public sealed class Citizen
{
    /// <summary>Surrogate key of the register; carries no information about the person.</summary>
    [NotPersonalData]
    public Guid Id { get; init; }

    /// <summary>Given name.</summary>
    [PersonalData(PersonalDataKind.Name)]
    public required string GivenName { get; init; }

    /// <summary>Family name.</summary>
    [PersonalData(PersonalDataKind.Name)]
    public required string FamilyName { get; init; }

    /// <summary>E-mail address the resident gave for notifications.</summary>
    [PersonalData(PersonalDataKind.ContactDetails)]
    public required string Email { get; init; }

    /// <summary>Date of birth.</summary>
    [PersonalData(PersonalDataKind.DateOfBirth)]
    public required DateOnly DateOfBirth { get; init; }

    /// <summary>French social-security number (NIR, 15 characters).</summary>
    [PersonalData(PersonalDataKind.NationalIdentifier)]
    public required string Nir { get; init; }

    /// <summary>Postcode of the municipal district the resident lives in.</summary>
    [NotPersonalData]
    public required string District { get; init; }

    /// <summary>When the resident was registered (UTC).</summary>
    [NotPersonalData]
    public DateTimeOffset RegisteredAt { get; init; }
}
