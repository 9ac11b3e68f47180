namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// The Table Schema writer's mapping of a member's type facts (<see cref="CatalogueField.ValueType"/>,
/// <see cref="CatalogueField.DataType"/>, <c>[EmailAddress]</c>, <c>[Url]</c>) to a Table Schema type and format, and
/// which constraints a type takes. The compiler states what a member is; what that means in Table Schema is decided here.
/// </summary>
internal static class TableSchemaTypes
{
    /// <summary>The Table Schema type and format of a field described by its facts.</summary>
    public static (string Type, string? Format) Of(string? valueType, string? dataType, bool emailAddress, bool url)
    {
        (string type, string? format) = valueType switch
        {
            "Binary" => ("string", "binary"),
            "Enum" or "String" or "Char" => ("string", null),
            "Boolean" => ("boolean", null),
            "SByte" or "Byte" or "Int16" or "UInt16" or "Int32" or "UInt32" or "Int64" or "UInt64" or "BigInteger" or "Int128" or "UInt128" => ("integer", null),
            "Single" or "Double" or "Decimal" or "Half" => ("number", (string?)null),
            "DateTime" => (dataType == "Date" ? "date" : dataType == "Time" ? "time" : "datetime", null),
            "DateTimeOffset" => (dataType == "Date" ? "date" : "datetime", null),
            "DateOnly" => ("date", null),
            "TimeOnly" => ("time", null),
            "TimeSpan" => ("duration", null),
            "Guid" => ("string", "uuid"),
            "Uri" => ("string", "uri"),
            "Sequence" => ("array", null),
            "Composite" => ("object", null),
            _ => ("any", null),
        };

        if (type == "string" && format is null)
        {
            format = emailAddress || dataType == "EmailAddress" ? "email" : url || dataType == "Url" ? "uri" : null;
        }

        return (type, format);
    }

    /// <summary>Whether a field of this Table Schema type takes <c>minLength</c> / <c>maxLength</c>.</summary>
    public static bool TakesLength(string type) => type is "string" or "array" or "object";

    /// <summary>Whether a field of this Table Schema type takes <c>minimum</c> / <c>maximum</c>.</summary>
    public static bool TakesBounds(string type) => type is "integer" or "number";

    /// <summary>Whether a field of this Table Schema type takes a <c>pattern</c>.</summary>
    public static bool TakesPattern(string type) => type == "string";
}
