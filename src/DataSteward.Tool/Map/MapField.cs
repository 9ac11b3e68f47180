using DataSteward.Catalogue;

namespace DataSteward.Tool.Map;

/// <summary>
/// One field of a dataset as the map shows it: its Table Schema type, whether it is required or the key, and its
/// classification (<see cref="Category"/> is the personal-data kind or special category, null when not personal).
/// </summary>
internal sealed record MapField(
    string Name,
    string? Description,
    string Type,
    string? Format,
    bool Required,
    bool PrimaryKey,
    FieldClassification Classification,
    string? Category)
{
    /// <summary>Personal or special-category data (pseudonymised data is not counted: it is the safeguard).</summary>
    public bool IsPersonal => Classification is FieldClassification.Personal or FieldClassification.SpecialCategory;
}
