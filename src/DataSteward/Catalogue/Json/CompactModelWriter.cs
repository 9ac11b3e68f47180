using System.Collections.Generic;

namespace DataSteward.Catalogue.Json;

/// <summary>
/// Writes the compact catalogue model (<see cref="Format"/>): its keys, their order, and which are left out when
/// absent. One source file, compiled into the runtime library (<c>CatalogueModelSerializer</c>) and into the analysers
/// (the catalogue generator's emitter), so the form the compiler embeds in an assembly and the form the library writes
/// cannot drift. Each side passes the values of its own model (the generator's equatable records, the library's public
/// classes); enumerations arrive as their names. Calls nest: <see cref="StartCatalogue"/>, <see cref="StartDataset"/>,
/// <see cref="Field"/>…, <see cref="EndDataset"/>…, <see cref="EndCatalogue"/>.
/// </summary>
internal static class CompactModelWriter
{
    /// <summary>The value of the <c>"format"</c> key: the schema's name and version.</summary>
    public const string Format = "datasteward-catalogue/2";

    /// <summary>The catalogue's own values (<c>[assembly: DataCatalogue]</c>) and the build's settings; opens the dataset list.</summary>
    public static void StartCatalogue(
        JsonWriter json,
        string assembly,
        string? title,
        string? description,
        string? publisher,
        string? contactPoint,
        string? homePage,
        string? license,
        string? baseUri,
        CatalogueSettingValues settings)
    {
        json.StartObject();
        json.Property("format", Format);
        json.Property("assembly", assembly);
        json.OptionalProperty("title", title);
        json.OptionalProperty("description", description);
        json.OptionalProperty("publisher", publisher);
        json.OptionalProperty("contactPoint", contactPoint);
        json.OptionalProperty("homePage", homePage);
        json.OptionalProperty("license", license);
        json.OptionalProperty("baseUri", baseUri);
        json.Name("settings").StartObject();
        json.OptionalProperty("baseUri", settings.BaseUri);
        json.OptionalProperty("controller", settings.Controller);
        json.OptionalProperty("dpoContact", settings.DpoContact);
        json.OptionalProperty("title", settings.Title);
        json.OptionalProperty("publisher", settings.Publisher);
        json.OptionalProperty("language", settings.Language);
        json.EndObject();
        json.Name("datasets").StartArray();
    }

    /// <summary>One dataset's values; opens its field list.</summary>
    public static void StartDataset(
        JsonWriter json,
        string identifier,
        string typeName,
        string? title,
        string? description,
        string? publisher,
        string? contactPoint,
        string? license,
        string access,
        IReadOnlyCollection<string> themes,
        IReadOnlyCollection<string> keywords,
        string? updateFrequency,
        bool referenceData,
        string? purpose,
        string? legalBasis,
        string? retention,
        IReadOnlyCollection<string> recipients,
        IReadOnlyCollection<string> dataSubjects,
        string? specialCategoryCondition)
    {
        json.StartObject();
        json.Property("id", identifier);
        json.Property("type", typeName);
        json.OptionalProperty("title", title);
        json.OptionalProperty("description", description);
        json.OptionalProperty("publisher", publisher);
        json.OptionalProperty("contactPoint", contactPoint);
        json.OptionalProperty("license", license);
        json.Property("access", access);
        OptionalArray(json, "themes", themes);
        OptionalArray(json, "keywords", keywords);
        json.OptionalProperty("updateFrequency", updateFrequency);
        if (referenceData)
        {
            json.Property("referenceData", true);
        }

        json.OptionalProperty("purpose", purpose);
        json.OptionalProperty("legalBasis", legalBasis);
        json.OptionalProperty("retention", retention);
        OptionalArray(json, "recipients", recipients);
        OptionalArray(json, "dataSubjects", dataSubjects);
        json.OptionalProperty("specialCategoryCondition", specialCategoryCondition);
        json.Name("fields").StartArray();
    }

    /// <summary>
    /// One field. Its type is stated by the facts (<see cref="FieldTypeValues.ValueType"/>, <c>DataType</c>,
    /// <c>EmailAddress</c>, <c>Url</c>) or, for a field that has none (read from the first format, or built by hand), by its
    /// Table Schema terms (<see cref="FieldTypeValues.TableSchemaType"/> and format).
    /// </summary>
    public static void Field(
        JsonWriter json,
        string name,
        string? description,
        FieldTypeValues type,
        string? references,
        bool required,
        bool primaryKey,
        FieldConstraintValues constraints,
        string? classification,
        string? category)
    {
        json.StartObject();
        json.Property("name", name);
        json.OptionalProperty("description", description);
        if (type.TableSchemaType is { } tableSchemaType)
        {
            json.Property("type", tableSchemaType);
            json.OptionalProperty("format", type.TableSchemaFormat);
        }
        else
        {
            json.OptionalProperty("valueType", type.ValueType);
            json.OptionalProperty("dataType", type.DataType);
            if (type.EmailAddress)
            {
                json.Property("emailAddress", true);
            }

            if (type.Url)
            {
                json.Property("url", true);
            }
        }

        json.OptionalProperty("references", references);
        if (required)
        {
            json.Property("required", true);
        }

        if (primaryKey)
        {
            json.Property("primaryKey", true);
        }

        if (constraints.MinLength is { } minLength)
        {
            json.Property("minLength", minLength);
        }

        if (constraints.MaxLength is { } maxLength)
        {
            json.Property("maxLength", maxLength);
        }

        if (constraints.Minimum is { } minimum)
        {
            json.Name("minimum").Number(minimum);
        }

        if (constraints.Maximum is { } maximum)
        {
            json.Name("maximum").Number(maximum);
        }

        json.OptionalProperty("pattern", constraints.Pattern);
        OptionalArray(json, "enum", constraints.EnumValues);
        json.OptionalProperty("classification", classification);
        json.OptionalProperty("category", category);
        json.EndObject();
    }

    /// <summary>Closes a dataset's field list and the dataset.</summary>
    public static void EndDataset(JsonWriter json) => json.EndArray().EndObject();

    /// <summary>Closes the dataset list and the catalogue.</summary>
    public static void EndCatalogue(JsonWriter json) => json.EndArray().EndObject();

    private static void OptionalArray(JsonWriter json, string name, IReadOnlyCollection<string> values)
    {
        if (values.Count > 0)
        {
            json.StringArray(name, values);
        }
    }
}

/// <summary>The build's settings as the compact model states them (<c>"settings"</c>); null is not set.</summary>
internal readonly struct CatalogueSettingValues
{
    public CatalogueSettingValues(string? baseUri, string? controller, string? dpoContact, string? title, string? publisher, string? language)
    {
        BaseUri = baseUri;
        Controller = controller;
        DpoContact = dpoContact;
        Title = title;
        Publisher = publisher;
        Language = language;
    }

    public string? BaseUri { get; }

    public string? Controller { get; }

    public string? DpoContact { get; }

    public string? Title { get; }

    public string? Publisher { get; }

    public string? Language { get; }
}

/// <summary>What a field's type is: the facts, or (without facts) the Table Schema terms.</summary>
internal readonly struct FieldTypeValues
{
    public FieldTypeValues(string? valueType, string? dataType, bool emailAddress, bool url, string? tableSchemaType = null, string? tableSchemaFormat = null)
    {
        ValueType = valueType;
        DataType = dataType;
        EmailAddress = emailAddress;
        Url = url;
        TableSchemaType = tableSchemaType;
        TableSchemaFormat = tableSchemaFormat;
    }

    public string? ValueType { get; }

    public string? DataType { get; }

    public bool EmailAddress { get; }

    public bool Url { get; }

    /// <summary>Set only for a field without facts: written as <c>"type"</c> (and <c>"format"</c>) instead of the facts.</summary>
    public string? TableSchemaType { get; }

    public string? TableSchemaFormat { get; }
}

/// <summary>A field's constraints as the compact model states them; null or empty is none.</summary>
internal readonly struct FieldConstraintValues
{
    public FieldConstraintValues(int? minLength, int? maxLength, string? minimum, string? maximum, string? pattern, IReadOnlyCollection<string> enumValues)
    {
        MinLength = minLength;
        MaxLength = maxLength;
        Minimum = minimum;
        Maximum = maximum;
        Pattern = pattern;
        EnumValues = enumValues;
    }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public string? Minimum { get; }

    public string? Maximum { get; }

    public string? Pattern { get; }

    public IReadOnlyCollection<string> EnumValues { get; }
}
