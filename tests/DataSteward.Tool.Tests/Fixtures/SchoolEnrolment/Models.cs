using System;
using System.ComponentModel.DataAnnotations;
using DataSteward;

[assembly: DataCatalogue(
    Title = "School enrolment",
    Description = "Schools of the municipality and the pupils enrolled in them.",
    Publisher = "Ville de Saint-Exemple, direction de l'éducation",
    ContactPoint = "mailto:education@saint-exemple.example",
    License = "etalab-2.0")]

namespace SchoolEnrolment;

/// <summary>A public school of the municipality.</summary>
[Dataset(
    "schools",
    Title = "Public schools",
    Description = "Public schools with their address, capacity and head office contact; open data.",
    Access = DatasetAccess.Public,
    Themes = new[] { "EDUC" },
    Keywords = new[] { "école", "schools" },
    UpdateFrequency = "ANNUAL")]
public sealed class School
{
    /// <summary>National school code (UAI).</summary>
    [Key]
    [MaxLength(8)]
    public required string Code { get; init; }

    /// <summary>Name of the school.</summary>
    public required string Name { get; init; }

    /// <summary>Street address of the school building.</summary>
    [NotPersonalData]
    public required string Address { get; init; }

    /// <summary>Contact address of the school office.</summary>
    public string? Email { get; init; }

    /// <summary>Number of places.</summary>
    [Range(0, 5000)]
    public int Capacity { get; init; }
}

/// <summary>A pupil enrolled in a school.</summary>
[Dataset(
    "pupils",
    Title = "Enrolled pupils",
    Description = "Pupils enrolled in the public schools, with their guardian's contact and any health needs.",
    Access = DatasetAccess.NonPublic,
    Themes = new[] { "EDUC", "SOCI" },
    Purpose = "Enrol pupils, assign them to a school and contact their guardians.",
    LegalBasis = LawfulBasis.PublicTask,
    Retention = "P3Y",
    Recipients = new[] { "school heads", "municipal catering service" },
    DataSubjects = new[] { "pupils", "guardians" },
    SpecialCategoryCondition = SpecialCategoryCondition.SubstantialPublicInterest)]
public sealed class Pupil
{
    /// <summary>Enrolment number.</summary>
    [Key]
    [NotPersonalData]
    public Guid Id { get; init; }

    /// <summary>Given name of the pupil.</summary>
    [PersonalData(PersonalDataKind.Name)]
    public required string GivenName { get; init; }

    /// <summary>Family name of the pupil.</summary>
    [PersonalData(PersonalDataKind.Name)]
    public required string FamilyName { get; init; }

    /// <summary>Date of birth of the pupil.</summary>
    [PersonalData(PersonalDataKind.DateOfBirth)]
    public DateOnly DateOfBirth { get; init; }

    /// <summary>E-mail address of the guardian.</summary>
    [PersonalData(PersonalDataKind.ContactDetails)]
    public required string Email { get; init; }

    /// <summary>Allergies and health needs the canteen must know.</summary>
    [SensitiveData(SensitiveCategory.Health)]
    public string? HealthNeeds { get; init; }

    /// <summary>The school the pupil is enrolled in.</summary>
    [NotPersonalData]
    public required string SchoolCode { get; init; }
}
