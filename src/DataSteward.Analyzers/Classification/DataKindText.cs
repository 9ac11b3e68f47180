namespace DataSteward.Analyzers.Classification;

/// <summary>Short, stable words for kinds and categories, as they appear in messages.</summary>
internal static class DataKindText
{
    public static string Of(DataKind kind) => kind switch
    {
        DataKind.Name => "name",
        DataKind.ContactDetails => "contact",
        DataKind.PostalAddress => "postal address",
        DataKind.NationalIdentifier => "national identifier",
        DataKind.DateOfBirth => "date of birth",
        DataKind.Location => "location",
        DataKind.Financial => "financial",
        DataKind.OnlineIdentifier => "online identifier",
        DataKind.Other => "other",
        _ => "personal data",
    };

    public static string Of(SensitiveKind category) => category switch
    {
        SensitiveKind.RacialOrEthnicOrigin => "racial or ethnic origin",
        SensitiveKind.PoliticalOpinions => "political opinions",
        SensitiveKind.ReligiousOrPhilosophicalBeliefs => "religious or philosophical beliefs",
        SensitiveKind.TradeUnionMembership => "trade union membership",
        SensitiveKind.Genetic => "genetic",
        SensitiveKind.Biometric => "biometric",
        SensitiveKind.Health => "health",
        SensitiveKind.SexLifeOrSexualOrientation => "sex life or sexual orientation",
        SensitiveKind.CriminalOffences => "criminal offences",
        _ => "special category",
    };
}
