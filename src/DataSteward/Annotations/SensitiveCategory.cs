namespace DataSteward;

/// <summary>
/// The special categories of personal data of GDPR article 9, and data relating to criminal convictions
/// and offences of article 10. Processing them needs a specific legal ground; they must never reach a log,
/// an export or telemetry in clear.
/// </summary>
public enum SensitiveCategory
{
    /// <summary>Data revealing racial or ethnic origin.</summary>
    RacialOrEthnicOrigin = 0,

    /// <summary>Data revealing political opinions.</summary>
    PoliticalOpinions,

    /// <summary>Data revealing religious or philosophical beliefs.</summary>
    ReligiousOrPhilosophicalBeliefs,

    /// <summary>Data revealing trade union membership.</summary>
    TradeUnionMembership,

    /// <summary>Genetic data.</summary>
    Genetic,

    /// <summary>Biometric data processed to uniquely identify a person.</summary>
    Biometric,

    /// <summary>Data concerning health.</summary>
    Health,

    /// <summary>Data concerning a person's sex life or sexual orientation.</summary>
    SexLifeOrSexualOrientation,

    /// <summary>Data relating to criminal convictions and offences (GDPR article 10).</summary>
    CriminalOffences,
}
