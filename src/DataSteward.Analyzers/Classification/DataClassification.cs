namespace DataSteward.Analyzers.Classification;

/// <summary>How much protection a value needs, in increasing order.</summary>
internal enum DataLevel : byte
{
    /// <summary>Nothing known: not personal as far as the annotations say.</summary>
    None = 0,

    /// <summary>Its name says personal data, nothing declares it (drives DS0100/DS0101 only).</summary>
    Likely,

    /// <summary>Declared personal data.</summary>
    Personal,

    /// <summary>Declared special-category data (GDPR art. 9/10).</summary>
    Sensitive,
}

/// <summary>Why a symbol is declared clean: the catalogue tells a pseudonym from data that is not personal at all.</summary>
internal enum CleanReason : byte
{
    /// <summary>Not declared clean.</summary>
    None = 0,

    /// <summary><c>[Pseudonymised]</c>: personal data made safe; still a personal-data field of the register.</summary>
    Pseudonymised,

    /// <summary><c>[NotPersonalData]</c>, Microsoft's <c>[NoDataClassification]</c>: not personal at all.</summary>
    NotPersonal,
}

/// <summary>What a symbol declares about the data it holds.</summary>
internal readonly record struct DataClassification(DataLevel Level, DataKind Kind, SensitiveKind Category, CleanReason CleanBecause)
{
    public static DataClassification None => default;

    /// <summary><c>[Pseudonymised]</c>: clean, and the name heuristics must stay quiet.</summary>
    public static DataClassification Pseudonymised => new(DataLevel.None, DataKind.Unspecified, default, CleanReason.Pseudonymised);

    /// <summary><c>[NotPersonalData]</c> or <c>[NoDataClassification]</c>: clean, and the name heuristics must stay quiet.</summary>
    public static DataClassification NotPersonal => new(DataLevel.None, DataKind.Unspecified, default, CleanReason.NotPersonal);

    public static DataClassification Personal(DataKind kind) => new(DataLevel.Personal, kind, default, CleanReason.None);

    public static DataClassification Sensitive(SensitiveKind category) => new(DataLevel.Sensitive, DataKind.Other, category, CleanReason.None);

    public static DataClassification Likely(DataKind kind) => new(DataLevel.Likely, kind, default, CleanReason.None);

    /// <summary>Declared safe (<c>[Pseudonymised]</c>, <c>[NotPersonalData]</c>…): clean, and the name heuristics stay quiet.</summary>
    public bool ExplicitlyClean => CleanBecause != CleanReason.None;

    public bool IsClassified => Level >= DataLevel.Personal;

    public bool IsTracked => Level >= DataLevel.Likely;
}
