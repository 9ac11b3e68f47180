namespace DataSteward.Catalogue;

/// <summary>What the code declares about a field's data.</summary>
public enum FieldClassification
{
    /// <summary>Nothing declared.</summary>
    None = 0,

    /// <summary><c>[NotPersonalData]</c>: explicitly not personal data.</summary>
    NotPersonal,

    /// <summary><c>[Pseudonymised]</c>: personal data made safe.</summary>
    Pseudonymised,

    /// <summary>Personal data (<c>[PersonalData]</c>, a classified type, a configured source).</summary>
    Personal,

    /// <summary>Special-category data (<c>[SensitiveData]</c>: GDPR articles 9 and 10).</summary>
    SpecialCategory,
}
