using System.Collections.Generic;
using DataSteward.Catalogue.Json;

namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// A Frictionless Table Schema per dataset (valid against the 1.0 and 2.0 profiles): fields in declaration order with
/// type, format, description and constraints; <c>primaryKey</c> from <c>[Key]</c>; <c>foreignKeys</c> to other datasets;
/// <c>missingValues</c>. The classification is a custom field property, which Frictionless descriptors permit:
/// <c>"personalData": "contact"</c>; special categories add <c>"sensitive": "health"</c>; <c>"pseudonymised": true</c>.
/// </summary>
internal static class TableSchemaDocument
{
    public static string Write(CatalogueFacts facts, CatalogueDataset dataset)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Property("title", facts.Title(dataset));
        json.Property("description", facts.Description(dataset));
        json.Name("fields").StartArray();
        var primaryKey = new List<string>();
        var foreignKeys = new List<(string Field, string Resource, string Key)>();
        foreach (CatalogueField field in dataset.Fields)
        {
            string type = field.Type;
            string? format = field.Format;
            var foreignKey = facts.ForeignKey(field);
            if (foreignKey is { } reference)
            {
                // The row holds the referenced row's key, so the field takes the key's type.
                type = reference.Key.Type;
                format = reference.Key.Format;
                string resource = reference.Target.Identifier == dataset.Identifier ? string.Empty : reference.Target.Identifier;
                foreignKeys.Add((field.Name, resource, reference.Key.Name));
            }

            if (field.PrimaryKey)
            {
                primaryKey.Add(field.Name);
            }

            json.StartObject();
            json.Property("name", field.Name);
            json.OptionalProperty("description", field.Description);
            json.Property("type", type);
            json.OptionalProperty("format", format);
            WriteConstraints(json, field, type);
            switch (field.Classification)
            {
                case FieldClassification.Personal:
                    json.Property("personalData", RegisterTexts.English.Category(field)!);
                    break;
                case FieldClassification.SpecialCategory:
                    json.Property("personalData", "special category");
                    json.Property("sensitive", RegisterTexts.English.Category(field)!);
                    break;
                case FieldClassification.Pseudonymised:
                    json.Property("pseudonymised", true);
                    break;
            }

            json.EndObject();
        }

        json.EndArray();
        json.StringArray("missingValues", [string.Empty]);
        if (primaryKey.Count > 0)
        {
            json.StringArray("primaryKey", primaryKey);
        }

        if (foreignKeys.Count > 0)
        {
            json.Name("foreignKeys").StartArray();
            foreach ((string field, string resource, string key) in foreignKeys)
            {
                json.StartObject();
                json.StringArray("fields", [field]);
                json.Name("reference").StartObject().Property("resource", resource).StringArray("fields", [key]).EndObject();
                json.EndObject();
            }

            json.EndArray();
        }

        json.EndObject();
        return json.ToString();
    }

    private static void WriteConstraints(JsonWriter json, CatalogueField field, string type)
    {
        // Which constraints apply is decided by the member's own type; a foreign key's field takes the key's type, which
        // only the integer check of the bounds below sees.
        int? minLength = TableSchemaTypes.TakesLength(field.Type) ? field.MinLength : null;
        int? maxLength = TableSchemaTypes.TakesLength(field.Type) ? field.MaxLength : null;
        string? minimumBound = TableSchemaTypes.TakesBounds(field.Type) ? field.Minimum : null;
        string? maximumBound = TableSchemaTypes.TakesBounds(field.Type) ? field.Maximum : null;
        string? pattern = TableSchemaTypes.TakesPattern(field.Type) ? field.Pattern : null;
        bool unique = field.PrimaryKey;
        bool any = field.Required || unique || minLength is not null || maxLength is not null ||
                   minimumBound is not null || maximumBound is not null || pattern is not null || field.EnumValues.Count > 0;
        if (!any)
        {
            return;
        }

        json.Name("constraints").StartObject();
        if (field.Required)
        {
            json.Property("required", true);
        }

        if (unique && type != "boolean")
        {
            json.Property("unique", true);
        }

        if (minLength is { } least)
        {
            json.Property("minLength", least);
        }

        if (maxLength is { } most)
        {
            json.Property("maxLength", most);
        }

        // The 1.0 profile types integer bounds as integers: a fractional bound on an integer field is left out.
        if (minimumBound is { } minimum && (type != "integer" || IsInteger(minimum)))
        {
            json.Name("minimum").Number(minimum);
        }

        if (maximumBound is { } maximum && (type != "integer" || IsInteger(maximum)))
        {
            json.Name("maximum").Number(maximum);
        }

        json.OptionalProperty("pattern", pattern);
        if (field.EnumValues.Count > 0)
        {
            json.StringArray("enum", field.EnumValues);
        }

        json.EndObject();
    }

    private static bool IsInteger(string number)
    {
        foreach (char c in number)
        {
            if (!(char.IsDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
