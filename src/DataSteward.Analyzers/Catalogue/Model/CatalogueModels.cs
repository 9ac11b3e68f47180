using DataSteward.Analyzers.Classification;

namespace DataSteward.Analyzers.Catalogue.Model;

/// <summary>Mirrors <c>DataSteward.DatasetAccess</c> value for value.</summary>
internal enum AccessLevel
{
    Public = 0,
    Restricted,
    NonPublic,
}

/// <summary>Mirrors <c>DataSteward.LawfulBasis</c> value for value.</summary>
internal enum LawfulBasisKind
{
    Consent = 0,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

/// <summary>Mirrors <c>DataSteward.SpecialCategoryCondition</c> value for value (GDPR art. 9(2)(a)–(j)).</summary>
internal enum SpecialCategoryConditionKind
{
    ExplicitConsent = 0,
    EmploymentAndSocialSecurity,
    VitalInterests,
    NotForProfitBody,
    MadePublicByDataSubject,
    LegalClaims,
    SubstantialPublicInterest,
    HealthOrSocialCare,
    PublicHealth,
    ArchivingResearchStatistics,
}

/// <summary>What the catalogue documents say about a field's data.</summary>
internal enum FieldPrivacy
{
    /// <summary>Nothing declared.</summary>
    None = 0,

    /// <summary><c>[NotPersonalData]</c>: explicitly not personal.</summary>
    NotPersonal,

    /// <summary><c>[Pseudonymised]</c>: personal data made safe.</summary>
    Pseudonymised,

    /// <summary>Declared personal data.</summary>
    Personal,

    /// <summary>Declared special-category data (GDPR art. 9/10).</summary>
    Sensitive,
}

/// <summary>The settings that reach the generator from MSBuild (<c>build_property.*</c>), selected into a value; null is not set.</summary>
internal sealed record CatalogueOptions(string? BaseUri, string? Controller, string? DpoContact, string? Title, string? Publisher, string? Language)
{
    public static CatalogueOptions Default { get; } = new(null, null, null, null, null, null);
}

/// <summary><c>[assembly: DataCatalogue]</c>, read into a value.</summary>
internal sealed record CatalogueInfo(string? Title, string? Description, string? Publisher, string? ContactPoint, string? HomePage, string? License, string? BaseUri, string AssemblyName)
{
    public static CatalogueInfo Empty(string assemblyName) => new(null, null, null, null, null, null, null, assemblyName);
}

/// <summary>
/// One <c>[Dataset]</c> type: its attribute values and its fields, in declaration order. <c>ModelReaderAvailable</c>:
/// the attribute comes from a DataSteward runtime library that can read the catalogue model back
/// (<c>DataSteward.Catalogue</c>), so the generated class can offer <c>ReadModel()</c>.
/// </summary>
internal sealed record DatasetModel(
    string Identifier,
    string TypeName,
    string? Title,
    string? Description,
    string? Publisher,
    string? ContactPoint,
    string? License,
    AccessLevel Access,
    EquatableArray<string> Themes,
    EquatableArray<string> Keywords,
    string? UpdateFrequency,
    bool ReferenceData,
    string? Purpose,
    LawfulBasisKind? LegalBasis,
    string? Retention,
    EquatableArray<string> Recipients,
    EquatableArray<string> DataSubjects,
    SpecialCategoryConditionKind? SpecialCategoryCondition,
    EquatableArray<FieldModel> Fields,
    bool ModelReaderAvailable)
{
    public bool HoldsPersonalData
    {
        get
        {
            foreach (FieldModel member in Fields)
            {
                if (member.Privacy is FieldPrivacy.Personal or FieldPrivacy.Sensitive)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>
/// One public member of a dataset type, as facts: <c>ValueType</c> what its type is (see
/// <c>CatalogueGenerator.Parser.ValueTypeOf</c>; null: anything else), <c>DataType</c> its <c>[DataType]</c> (<c>Date</c>,
/// <c>Time</c>, <c>EmailAddress</c>, <c>Url</c>) or null, <c>EmailAddress</c>/<c>Url</c> its <c>[EmailAddress]</c> /
/// <c>[Url]</c>, <c>ReferencedType</c> the type of a composite member (a foreign key when it is a dataset with a key). The
/// runtime library's Table Schema writer turns these into a Table Schema type, format and the constraints that apply to
/// it. <c>Minimum</c>/<c>Maximum</c> are invariant JSON numbers; <c>DocumentationId</c> the member's documentation id
/// (<c>P:Ns.Type.Member</c>), which <c>datasteward.sources</c> names.
/// </summary>
internal sealed record FieldModel(
    string Name,
    string? Description,
    string? ValueType,
    string? DataType,
    bool EmailAddress,
    bool Url,
    string? ReferencedType,
    bool Required,
    bool PrimaryKey,
    int? MinLength,
    int? MaxLength,
    string? Minimum,
    string? Maximum,
    string? Pattern,
    EquatableArray<string> EnumValues,
    FieldPrivacy Privacy,
    DataKind Kind,
    SensitiveKind SensitiveCategory,
    string? DocumentationId)
{
    /// <summary>The category word of the classification: <c>contact</c>, <c>health</c>; null when not personal.</summary>
    public string? Category => Privacy switch
    {
        FieldPrivacy.Sensitive => DataKindText.Of(SensitiveCategory),
        FieldPrivacy.Personal => DataKindText.Of(Kind),
        _ => null,
    };
}

/// <summary>The datasets of the compilation, sorted by identifier: a class, so the pipeline's values are all references.</summary>
internal sealed record DatasetList(EquatableArray<DatasetModel> Datasets);

/// <summary>
/// What the catalogue takes from the compilation and the build besides the datasets: <c>[assembly: DataCatalogue]</c>,
/// the MSBuild settings, and the documentation ids of <c>datasteward.sources</c> (ordinal order).
/// </summary>
internal sealed record CatalogueInputs(CatalogueInfo Catalogue, CatalogueOptions Options, EquatableArray<string> Sources);

/// <summary>Everything the emitter needs: the catalogue, its datasets sorted by identifier, and the MSBuild settings.</summary>
internal sealed record CatalogueModel(CatalogueInfo Catalogue, CatalogueOptions Options, EquatableArray<DatasetModel> Datasets);
