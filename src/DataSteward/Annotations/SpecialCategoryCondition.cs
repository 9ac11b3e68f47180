namespace DataSteward;

/// <summary>
/// The condition of GDPR article 9(2) under which special categories of personal data are processed: processing
/// them is prohibited (article 9(1)) unless one of these points applies. The register states the one declared with
/// <c>[Dataset(SpecialCategoryCondition = …)]</c>.
/// </summary>
public enum SpecialCategoryCondition
{
    /// <summary>Article 9(2)(a): the data subject has given explicit consent for one or more specified purposes.</summary>
    ExplicitConsent = 0,

    /// <summary>Article 9(2)(b): necessary for obligations and rights in the field of employment and social security and social protection law.</summary>
    EmploymentAndSocialSecurity,

    /// <summary>Article 9(2)(c): necessary to protect the vital interests of a person physically or legally incapable of giving consent.</summary>
    VitalInterests,

    /// <summary>Article 9(2)(d): legitimate activities of a foundation, association or other not-for-profit body with a political, philosophical, religious or trade union aim, about its members.</summary>
    NotForProfitBody,

    /// <summary>Article 9(2)(e): the data has manifestly been made public by the data subject.</summary>
    MadePublicByDataSubject,

    /// <summary>Article 9(2)(f): necessary for the establishment, exercise or defence of legal claims, or for courts acting in their judicial capacity.</summary>
    LegalClaims,

    /// <summary>Article 9(2)(g): necessary for reasons of substantial public interest, on the basis of Union or Member State law.</summary>
    SubstantialPublicInterest,

    /// <summary>Article 9(2)(h): preventive or occupational medicine, medical diagnosis, the provision or management of health or social care.</summary>
    HealthOrSocialCare,

    /// <summary>Article 9(2)(i): necessary for reasons of public interest in the area of public health.</summary>
    PublicHealth,

    /// <summary>Article 9(2)(j): archiving in the public interest, scientific or historical research, or statistics (article 89(1)).</summary>
    ArchivingResearchStatistics,
}
