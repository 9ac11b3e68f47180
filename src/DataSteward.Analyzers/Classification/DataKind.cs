namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Mirrors <c>DataSteward.PersonalDataKind</c> value for value: attribute arguments arrive as integers,
/// and the analysers do not load the annotations assembly.
/// </summary>
internal enum DataKind
{
    Unspecified = 0,
    Name,
    ContactDetails,
    PostalAddress,
    NationalIdentifier,
    DateOfBirth,
    Location,
    Financial,
    OnlineIdentifier,
    Other,
}

/// <summary>Mirrors <c>DataSteward.SensitiveCategory</c> value for value.</summary>
internal enum SensitiveKind
{
    RacialOrEthnicOrigin = 0,
    PoliticalOpinions,
    ReligiousOrPhilosophicalBeliefs,
    TradeUnionMembership,
    Genetic,
    Biometric,
    Health,
    SexLifeOrSexualOrientation,
    CriminalOffences,
}
