namespace DataSteward;

/// <summary>The lawful basis of a processing, as listed in GDPR article 6(1).</summary>
public enum LawfulBasis
{
    /// <summary>Article 6(1)(a): the data subject has given consent.</summary>
    Consent = 0,

    /// <summary>Article 6(1)(b): necessary for a contract with the data subject.</summary>
    Contract,

    /// <summary>Article 6(1)(c): necessary to comply with a legal obligation.</summary>
    LegalObligation,

    /// <summary>Article 6(1)(d): necessary to protect vital interests.</summary>
    VitalInterests,

    /// <summary>Article 6(1)(e): necessary for a task carried out in the public interest or in the exercise of official authority.</summary>
    PublicTask,

    /// <summary>Article 6(1)(f): necessary for legitimate interests (not available to public authorities in their tasks).</summary>
    LegitimateInterests,
}
