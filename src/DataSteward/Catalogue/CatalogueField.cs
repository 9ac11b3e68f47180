using System.Collections.Generic;

namespace DataSteward.Catalogue;

/// <summary>One public member of a dataset type, in Table Schema terms, with its classification.</summary>
public sealed class CatalogueField
{
    /// <summary>The member name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The member's documentation summary, or null.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The Table Schema type: string, integer, number, boolean, date, time, datetime, duration, array, object or any. In a
    /// model read by <see cref="CatalogueModelSerializer"/> from the facts below it is the Table Schema writer's mapping of
    /// them; a model of the first format states it directly.
    /// </summary>
    public string Type { get; set; } = "any";

    /// <summary>The Table Schema format (email, uri, uuid, binary), or null for the default; like <see cref="Type"/>.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// What the member's type is, as the compiler saw it: the name of a special or well-known type (<c>String</c>,
    /// <c>Int32</c>, <c>DateTime</c>, <c>DateTimeOffset</c>, <c>Guid</c>, <c>Uri</c>…, a nullable value type unwrapped),
    /// <c>Binary</c> (a byte array), <c>Enum</c>, <c>Sequence</c> (an array or enumerable), <c>Composite</c> (another
    /// class, struct or interface: see <see cref="ReferencedType"/>), or null (anything else, or a model of the first format).
    /// </summary>
    public string? ValueType { get; set; }

    /// <summary>The member's <c>[DataType]</c> when it is <c>Date</c>, <c>Time</c>, <c>EmailAddress</c> or <c>Url</c>; else null.</summary>
    public string? DataType { get; set; }

    /// <summary>Whether the member has <c>[EmailAddress]</c>.</summary>
    public bool EmailAddress { get; set; }

    /// <summary>Whether the member has <c>[Url]</c>.</summary>
    public bool Url { get; set; }

    /// <summary>For an object-valued member, its type fully qualified (<c>global::</c>); a foreign key when it is a dataset with one key.</summary>
    public string? ReferencedType { get; set; }

    /// <summary>Whether a value is required (<c>[Required]</c> or a non-nullable type).</summary>
    public bool Required { get; set; }

    /// <summary>Whether the field is (part of) the primary key (<c>[Key]</c>).</summary>
    public bool PrimaryKey { get; set; }

    /// <summary>The minimum length, or null.</summary>
    public int? MinLength { get; set; }

    /// <summary>The maximum length, or null.</summary>
    public int? MaxLength { get; set; }

    /// <summary>The minimum value, as an invariant JSON number, or null.</summary>
    public string? Minimum { get; set; }

    /// <summary>The maximum value, as an invariant JSON number, or null.</summary>
    public string? Maximum { get; set; }

    /// <summary>The regular expression a value matches, or null.</summary>
    public string? Pattern { get; set; }

    /// <summary>The allowed values of an enumeration, in declaration order; empty otherwise.</summary>
    public IList<string> EnumValues { get; } = new List<string>();

    /// <summary>What the code declares about the field's data.</summary>
    public FieldClassification Classification { get; set; }

    /// <summary>The kind of personal data when <see cref="Classification"/> is <see cref="FieldClassification.Personal"/>.</summary>
    public PersonalDataKind Kind { get; set; }

    /// <summary>The special category when <see cref="Classification"/> is <see cref="FieldClassification.SpecialCategory"/>.</summary>
    public SensitiveCategory? SpecialCategory { get; set; }
}
