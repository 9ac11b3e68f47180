namespace DataSteward.Tests.Catalogue;

/// <summary>A realistic model set: a ministry's civil-status register, its open list of service locations, and a restricted health dataset.</summary>
internal static class CatalogueSources
{
    public const string EditorConfig = """
        build_property.DataStewardCatalogueBaseUri = https://data.civil-affairs.example/catalogue
        build_property.DataStewardController = Ministry of Civil Affairs, Directorate of Civil Status
        build_property.DataStewardDpoContact = mailto:dpo@civil-affairs.example
        """;

    public const string Catalogue = """
        using DataSteward;

        [assembly: DataCatalogue(
            Title = "Catalogue du ministère des Affaires civiles",
            Description = "Datasets held by the Ministry of Civil Affairs.",
            Publisher = "Ministry of Civil Affairs",
            ContactPoint = "mailto:data@civil-affairs.example",
            HomePage = "https://civil-affairs.example/",
            License = "etalab-2.0")]
        """;

    public const string BirthRegistration = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using DataSteward;

        namespace CivilAffairs.Registers;

        public enum Sex { Female, Male, Unknown }

        /// <summary>
        /// A birth registered by a civil registrar: the child, the place and the declarant.
        /// </summary>
        [Dataset("birth-registrations",
            Title = "Birth registrations",
            Access = DatasetAccess.Restricted,
            Themes = new[] { "GOVE", "SOCI" },
            Keywords = new[] { "civil status", "birth" },
            UpdateFrequency = "DAILY",
            ReferenceData = true,
            Purpose = "Keep the civil status register and issue birth certificates",
            LegalBasis = LawfulBasis.LegalObligation,
            Retention = "P75Y",
            Recipients = new[] { "civil registrars", "the national statistics institute" },
            DataSubjects = new[] { "newborn children", "declarants" })]
        public sealed class BirthRegistration
        {
            /// <summary>The registration number.</summary>
            [Key]
            public Guid Id { get; set; }

            /// <summary>The child's given names, in order.</summary>
            [PersonalData(PersonalDataKind.Name), MaxLength(200)]
            public string GivenNames { get; set; } = "";

            [PersonalData(PersonalDataKind.Name), StringLength(100, MinimumLength = 1)]
            public string FamilyName { get; set; } = "";

            [PersonalData(PersonalDataKind.DateOfBirth)]
            public DateOnly DateOfBirth { get; set; }

            public TimeOnly? TimeOfBirth { get; set; }

            public Sex Sex { get; set; }

            /// <summary>The INSEE code of the municipality of birth.</summary>
            [RegularExpression("^[0-9AB]{5}$")]
            public string MunicipalityCode { get; set; } = "";

            [PersonalData(PersonalDataKind.ContactDetails), EmailAddress]
            public string? DeclarantEmail { get; set; }

            [Pseudonymised]
            public string ParentReference { get; set; } = "";

            public DateTime RegisteredAt { get; set; }

            public void Touch() => RegisteredAt = DateTime.UtcNow;
        }
        """;

    public const string ServiceLocation = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DataSteward;

        namespace CivilAffairs.Open;

        /// <summary>Town halls and service points where citizens can register a birth, a marriage or a death.</summary>
        /// <param name="Id">The service point's number.</param>
        /// <param name="Name">The service point's name.</param>
        [Dataset("service-locations",
            Title = "Civil status service points",
            Access = DatasetAccess.Public,
            License = "ODbL-1.0",
            ContactPoint = "https://civil-affairs.example/contact",
            Themes = ["GOVE", "REGI"],
            Keywords = ["town hall", "civil status", "opening hours"],
            UpdateFrequency = "MONTHLY")]
        public sealed record ServiceLocation(
            [property: Key] int Id,
            [property: Required] string Name,
            [property: Range(-90.0, 90.0)] double Latitude,
            [property: Range(-180.0, 180.0)] double Longitude,
            [property: Url] string? Website,
            TimeSpan? AverageWait,
            IReadOnlyList<string> Services,
            bool WheelchairAccessible);
        """;

    public const string Vaccination = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using DataSteward;

        namespace CivilAffairs.Health;

        /// <summary>Vaccinations given in municipal health centres, for the public-health follow-up of campaigns.</summary>
        [Dataset("vaccination-records",
            Title = "Vaccination records",
            Description = "Doses given in municipal health centres, linked to the service point that gave them.",
            Publisher = "Municipal Health Service",
            Access = DatasetAccess.Restricted,
            License = "CC-BY-4.0",
            Themes = new[] { "HEAL" },
            UpdateFrequency = "P1W",
            Purpose = "Follow vaccination campaigns and recall patients for their next dose",
            LegalBasis = LawfulBasis.PublicTask,
            Retention = "P20Y",
            Recipients = new[] { "the patient's general practitioner" },
            DataSubjects = new[] { "vaccinated persons" },
            SpecialCategoryCondition = SpecialCategoryCondition.HealthOrSocialCare)]
        public sealed class VaccinationRecord
        {
            [Key]
            public long Id { get; init; }

            /// <summary>The patient, as a keyed pseudonym.</summary>
            [Pseudonymised]
            public required string PatientPseudonym { get; init; }

            /// <summary>The vaccine's ATC code.</summary>
            [SensitiveData(SensitiveCategory.Health), RegularExpression("^J07[A-Z0-9]{1,4}$")]
            public required string VaccineCode { get; init; }

            [DataType(DataType.Date)]
            public DateTime AdministeredOn { get; init; }

            [Range(1, 5)]
            public int DoseNumber { get; init; }

            public decimal? Cost { get; init; }

            /// <summary>Where the dose was given.</summary>
            public CivilAffairs.Open.ServiceLocation? Site { get; init; }

            [NotPersonalData]
            public string? BatchNumber { get; init; }
        }
        """;

    public const string Unrelated = """
        namespace CivilAffairs.Services;

        public sealed class CertificatePrinter
        {
            public int Print(int copies) => copies * 1;
        }
        """;

    public static string[] All => [Catalogue, BirthRegistration, ServiceLocation, Vaccination, Unrelated];
}
