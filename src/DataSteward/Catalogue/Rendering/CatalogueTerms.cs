namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// How the model's enumerations are written in the documents: EU access rights, the W3C Data Privacy Vocabulary (dpv,
/// dpv-pd) for personal-data categories. The register's words are in <see cref="RegisterTexts"/>.
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
}
