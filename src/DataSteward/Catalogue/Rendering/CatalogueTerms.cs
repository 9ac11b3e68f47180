namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// How the model's enumerations are written in the documents: EU access rights, the W3C Data Privacy Vocabulary (dpv,
/// dpv-pd) for personal-data categories, the register's words for lawful bases and categories.
/// </summary>
internal static class CatalogueTerms
{
    public const string Dpv = "https://w3id.org/dpv#";
    public const string DpvPd = "https://w3id.org/dpv/pd#";

    public static string AccessRightIri(DatasetAccess access) => CatalogueVocabulary.AccessRightBase + access switch
    {
        DatasetAccess.Public => "PUBLIC",
        DatasetAccess.Restricted => "RESTRICTED",
        _ => "NON_PUBLIC",
    };

    /// <summary>The category word of a classified field: <c>contact</c>, <c>health</c>; null when it is not personal.</summary>
    public static string? Category(CatalogueField field) => field.Classification switch
    {
        FieldClassification.SpecialCategory => field.SpecialCategory switch
        {
            SensitiveCategory.RacialOrEthnicOrigin => "racial or ethnic origin",
            SensitiveCategory.PoliticalOpinions => "political opinions",
            SensitiveCategory.ReligiousOrPhilosophicalBeliefs => "religious or philosophical beliefs",
            SensitiveCategory.TradeUnionMembership => "trade union membership",
            SensitiveCategory.Genetic => "genetic",
            SensitiveCategory.Biometric => "biometric",
            SensitiveCategory.Health => "health",
            SensitiveCategory.SexLifeOrSexualOrientation => "sex life or sexual orientation",
            SensitiveCategory.CriminalOffences => "criminal offences",
            _ => "special category",
        },
        FieldClassification.Personal => field.Kind switch
        {
            PersonalDataKind.Name => "name",
            PersonalDataKind.ContactDetails => "contact",
            PersonalDataKind.PostalAddress => "postal address",
            PersonalDataKind.NationalIdentifier => "national identifier",
            PersonalDataKind.DateOfBirth => "date of birth",
            PersonalDataKind.Location => "location",
            PersonalDataKind.Financial => "financial",
            PersonalDataKind.OnlineIdentifier => "online identifier",
            PersonalDataKind.Other => "other",
            _ => "personal data",
        },
        _ => null,
    };

    /// <summary>The dpv-pd category of a field, or dpv:PersonalData when no narrower term fits.</summary>
    public static string? PersonalDataTerm(CatalogueField field)
    {
        if (field.Classification == FieldClassification.SpecialCategory)
        {
            return DpvPd + field.SpecialCategory switch
            {
                SensitiveCategory.RacialOrEthnicOrigin => "EthnicOrigin",
                SensitiveCategory.PoliticalOpinions => "PoliticalOpinion",
                SensitiveCategory.ReligiousOrPhilosophicalBeliefs => "ReligiousBelief",
                SensitiveCategory.TradeUnionMembership => "TradeUnionMembership",
                SensitiveCategory.Genetic => "Genetic",
                SensitiveCategory.Biometric => "Biometric",
                SensitiveCategory.Health => "Health",
                SensitiveCategory.SexLifeOrSexualOrientation => "Sexual",
                SensitiveCategory.CriminalOffences => "CriminalOffense",
                _ => "MedicalHealth",
            };
        }

        if (field.Classification != FieldClassification.Personal)
        {
            return null;
        }

        if (field.Kind == PersonalDataKind.ContactDetails && field.Format == "email")
        {
            return DpvPd + "EmailAddress";
        }

        return field.Kind switch
        {
            PersonalDataKind.Name => DpvPd + "Name",
            PersonalDataKind.ContactDetails => DpvPd + "Contact",
            PersonalDataKind.PostalAddress => DpvPd + "PhysicalAddress",
            PersonalDataKind.NationalIdentifier => DpvPd + "OfficialID",
            PersonalDataKind.DateOfBirth => DpvPd + "BirthDate",
            PersonalDataKind.Location => DpvPd + "Location",
            PersonalDataKind.Financial => DpvPd + "Financial",
            PersonalDataKind.OnlineIdentifier => DpvPd + "Identifier",
            _ => Dpv + "PersonalData",
        };
    }

    public static string LawfulBasisText(LawfulBasis basis) => basis switch
    {
        LawfulBasis.Consent => "consent (GDPR art. 6(1)(a))",
        LawfulBasis.Contract => "contract (GDPR art. 6(1)(b))",
        LawfulBasis.LegalObligation => "legal obligation (GDPR art. 6(1)(c))",
        LawfulBasis.VitalInterests => "vital interests (GDPR art. 6(1)(d))",
        LawfulBasis.PublicTask => "public task (GDPR art. 6(1)(e))",
        LawfulBasis.LegitimateInterests => "legitimate interests (GDPR art. 6(1)(f))",
        _ => "unknown",
    };

    public static string Recipients(DatasetAccess access) => access switch
    {
        DatasetAccess.Public => "anyone: published as open data",
        DatasetAccess.Restricted => "authorised administrations and bodies, under the conditions of access",
        _ => "the controller's authorised staff only",
    };
}
