using System;
using System.ComponentModel.DataAnnotations;
using DataSteward;

[assembly: DataCatalogue(
    Title = "Social services",
    Description = "Beneficiaries of the municipal social-welfare centre (CCAS).",
    Publisher = "CCAS de Saint-Exemple",
    ContactPoint = "mailto:ccas@saint-exemple.example",
    License = "etalab-2.0")]

namespace SocialServices;

/// <summary>A person receiving social assistance.</summary>
[Dataset(
    "beneficiaries",
    Title = "Social assistance beneficiaries",
    Description = "People receiving social assistance from the CCAS: identity, contact, income and health situation.",
    Access = DatasetAccess.Restricted,
    Themes = new[] { "SOCI", "HEAL" },
    Purpose = "Grant and follow social assistance.",
    LegalBasis = LawfulBasis.LegalObligation,
    Retention = "P10Y",
    Recipients = new[] { "CCAS social workers", "departmental council" },
    DataSubjects = new[] { "beneficiaries" },
    SpecialCategoryCondition = SpecialCategoryCondition.HealthOrSocialCare)]
public sealed class Beneficiary
{
    /// <summary>File number.</summary>
    [Key]
    [NotPersonalData]
    public Guid FileNumber { get; init; }

    /// <summary>Full name.</summary>
    [PersonalData(PersonalDataKind.Name)]
    public required string FullName { get; init; }

    /// <summary>French social-security number (NIR).</summary>
    [PersonalData(PersonalDataKind.NationalIdentifier)]
    public required string Nir { get; init; }

    /// <summary>E-mail address.</summary>
    [PersonalData(PersonalDataKind.ContactDetails)]
    public string? Email { get; init; }

    /// <summary>Monthly household income in euros.</summary>
    [PersonalData(PersonalDataKind.Financial)]
    public decimal MonthlyIncome { get; init; }

    /// <summary>Recognised disability, when the person declared one.</summary>
    [SensitiveData(SensitiveCategory.Health)]
    public string? Disability { get; init; }
}

/// <summary>A resident followed by the CCAS; the identifier clashes with the population office's register.</summary>
[Dataset(
    "citizens",
    Title = "Residents followed by the CCAS",
    Description = "Residents known to the social-welfare centre.",
    Access = DatasetAccess.NonPublic,
    Purpose = "Know which residents the CCAS follows.",
    LegalBasis = LawfulBasis.PublicTask,
    Retention = "P2Y",
    Recipients = new[] { "CCAS social workers" },
    DataSubjects = new[] { "residents" })]
public sealed class FollowedResident
{
    /// <summary>File number.</summary>
    [Key]
    [NotPersonalData]
    public Guid Id { get; init; }

    /// <summary>Postal address.</summary>
    [PersonalData(PersonalDataKind.PostalAddress)]
    public required string Address { get; init; }

    /// <summary>E-mail address.</summary>
    [PersonalData(PersonalDataKind.ContactDetails)]
    public string? Email { get; init; }
}
