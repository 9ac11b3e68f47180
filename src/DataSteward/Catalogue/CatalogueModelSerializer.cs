using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using DataSteward.Catalogue.Json;

namespace DataSteward.Catalogue;

/// <summary>
/// Reads and writes the compact serialised form of a <see cref="DataCatalogueModel"/>: one line of JSON whose
/// <c>"format"</c> is <see cref="Format"/>, absent values left out. It is what the generator compiles into an assembly
/// (packed: <see cref="Pack"/>, in <see cref="AssemblyMetadataKey"/>), what the build writes as <c>datacatalogue/catalogue.model.json</c>, and what the
/// data-map tool merges. The schema is documented in docs/architecture.md ("The catalogue model").
/// </summary>
public static class CatalogueModelSerializer
{
    /// <summary>
    /// The value of the <c>"format"</c> property written: the schema's name and version. Version 2 states each field's
    /// type facts (<c>valueType</c>, <c>dataType</c>, <c>emailAddress</c>, <c>url</c>) where version 1 stated the Table Schema
    /// type and format; both are read (<see cref="FirstFormat"/>).
    /// </summary>
    public const string Format = CompactModelWriter.Format;

    /// <summary>The first version of the format, still read: fields state their Table Schema <c>type</c> and <c>format</c>.</summary>
    public const string FirstFormat = "datasteward-catalogue/1";

    /// <summary>The file name of the serialised model in a catalogue folder.</summary>
    public const string FileName = "catalogue.model.json";

    /// <summary>
    /// The key of the <c>[assembly: AssemblyMetadata]</c> attribute in which the generator stores the packed model
    /// (<see cref="Pack"/>): an attribute value is UTF-8 in the metadata, half the size of a string constant.
    /// </summary>
    public const string AssemblyMetadataKey = "DataSteward.CatalogueModel";

    /// <summary>The model as compact JSON (no whitespace, no final line end), deterministic for a given model.</summary>
    public static string Serialize(DataCatalogueModel model)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var json = new JsonWriter(indented: false);
        CatalogueSettings settings = model.Settings ?? new CatalogueSettings();
        CompactModelWriter.StartCatalogue(
            json,
            model.AssemblyName,
            model.Title,
            model.Description,
            model.Publisher,
            model.ContactPoint,
            model.HomePage,
            model.License,
            model.BaseUri,
            new CatalogueSettingValues(settings.BaseUri, settings.Controller, settings.DpoContact, settings.Title, settings.Publisher, settings.Language));
        foreach (CatalogueDataset dataset in model.Datasets)
        {
            WriteDataset(json, dataset);
        }

        CompactModelWriter.EndCatalogue(json);
        return json.ToString();
    }

    /// <summary>Reads the compact form (any JSON whitespace allowed).</summary>
    /// <exception cref="FormatException">The text is not JSON, or not a catalogue model of this <see cref="Format"/>.</exception>
    public static DataCatalogueModel Deserialize(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        object? parsed;
        try
        {
            parsed = JsonReader.Parse(json);
        }
        catch (FormatException exception)
        {
            throw new FormatException("The catalogue model is not valid JSON (" + exception.Message + ").", exception);
        }

        Dictionary<string, object?> root = parsed as Dictionary<string, object?> ?? throw new FormatException("A catalogue model is a JSON object.");
        string format = OptionalString(root, "format") ?? throw new FormatException("The catalogue model has no \"format\".");
        if (!string.Equals(format, Format, StringComparison.Ordinal) && !string.Equals(format, FirstFormat, StringComparison.Ordinal))
        {
            throw new FormatException("The catalogue model's format is '" + format + "'; this version reads '" + Format + "' and '" + FirstFormat + "'.");
        }

        var model = new DataCatalogueModel
        {
            AssemblyName = OptionalString(root, "assembly") ?? string.Empty,
            Title = OptionalString(root, "title"),
            Description = OptionalString(root, "description"),
            Publisher = OptionalString(root, "publisher"),
            ContactPoint = OptionalString(root, "contactPoint"),
            HomePage = OptionalString(root, "homePage"),
            License = OptionalString(root, "license"),
            BaseUri = OptionalString(root, "baseUri"),
        };
        if (Optional<Dictionary<string, object?>>(root, "settings") is { } settings)
        {
            model.Settings = new CatalogueSettings
            {
                BaseUri = OptionalString(settings, "baseUri"),
                Controller = OptionalString(settings, "controller"),
                DpoContact = OptionalString(settings, "dpoContact"),
                Title = OptionalString(settings, "title"),
                Publisher = OptionalString(settings, "publisher"),
                Language = OptionalString(settings, "language"),
            };
        }

        foreach (object? item in Optional<List<object?>>(root, "datasets") ?? new List<object?>())
        {
            model.Datasets.Add(ReadDataset(item as Dictionary<string, object?> ?? throw new FormatException("A dataset is a JSON object.")));
        }

        return model;
    }

    /// <summary>
    /// The compact form as it is compiled into an assembly: its UTF-8 bytes deflated (RFC 1951) and base64-encoded.
    /// The compiler stores a string constant as UTF-16, so the packed form is several times smaller in the assembly.
    /// </summary>
    public static string Pack(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            byte[] bytes = new UTF8Encoding(false).GetBytes(json);
            deflate.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToBase64String(output.ToArray());
    }

    /// <summary>The compact form from its packed text (<see cref="Pack"/>).</summary>
    /// <exception cref="FormatException">The text is not base64-encoded deflated data.</exception>
    public static string Unpack(string packed)
    {
        if (packed is null)
        {
            throw new ArgumentNullException(nameof(packed));
        }

        byte[] compressed = Convert.FromBase64String(packed);
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(output.ToArray());
        }
        catch (Exception exception) when (exception is InvalidDataException or DecoderFallbackException)
        {
            throw new FormatException("The packed catalogue model is not deflated UTF-8 text: " + exception.Message, exception);
        }
    }

    /// <summary>The catalogue model compiled into a loaded assembly (its <see cref="AssemblyMetadataKey"/> metadata), or null when it has none.</summary>
    /// <exception cref="FormatException">The assembly holds a catalogue this version cannot read.</exception>
    public static DataCatalogueModel? ReadFromAssembly(System.Reflection.Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        foreach (object attribute in assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false))
        {
            if (attribute is System.Reflection.AssemblyMetadataAttribute { Key: AssemblyMetadataKey, Value: { } packed })
            {
                return ReadPacked(packed);
            }
        }

        return null;
    }

    /// <summary>Reads a packed model: <see cref="Deserialize"/> of <see cref="Unpack"/>.</summary>
    /// <exception cref="FormatException">The text is not a packed catalogue model.</exception>
    public static DataCatalogueModel ReadPacked(string packed) => Deserialize(Unpack(packed));

    private static void WriteDataset(JsonWriter json, CatalogueDataset dataset)
    {
        CompactModelWriter.StartDataset(
            json,
            dataset.Identifier,
            dataset.TypeName,
            dataset.Title,
            dataset.Description,
            dataset.Publisher,
            dataset.ContactPoint,
            dataset.License,
            dataset.Access.ToString(),
            Collection(dataset.Themes),
            Collection(dataset.Keywords),
            dataset.UpdateFrequency,
            dataset.ReferenceData,
            dataset.Purpose,
            dataset.LegalBasis?.ToString(),
            dataset.Retention,
            Collection(dataset.Recipients),
            Collection(dataset.DataSubjects),
            dataset.SpecialCategoryCondition?.ToString());
        foreach (CatalogueField field in dataset.Fields)
        {
            WriteField(json, field);
        }

        CompactModelWriter.EndDataset(json);
    }

    private static void WriteField(JsonWriter json, CatalogueField field)
    {
        // The facts when the field has them; else (read from the first format, or built by hand) its Table Schema terms.
        // A field with neither reads back as "any", so it is written without either.
        bool facts = field.ValueType is not null || field.DataType is not null || field.EmailAddress || field.Url || (field.Type == "any" && field.Format is null);
        (string? classification, string? category) = field.Classification switch
        {
            FieldClassification.Personal => ("personal", field.Kind != PersonalDataKind.Unspecified ? field.Kind.ToString() : null),
            FieldClassification.SpecialCategory => ("special-category", field.SpecialCategory?.ToString()),
            FieldClassification.Pseudonymised => ("pseudonymised", (string?)null),
            FieldClassification.NotPersonal => ("not-personal", null),
            _ => ((string?)null, (string?)null),
        };
        CompactModelWriter.Field(
            json,
            field.Name,
            field.Description,
            facts
                ? new FieldTypeValues(field.ValueType, field.DataType, field.EmailAddress, field.Url)
                : new FieldTypeValues(null, null, emailAddress: false, url: false, field.Type, field.Format),
            field.ReferencedType,
            field.Required,
            field.PrimaryKey,
            new FieldConstraintValues(field.MinLength, field.MaxLength, field.Minimum, field.Maximum, field.Pattern, Collection(field.EnumValues)),
            classification,
            category);
    }

    private static IReadOnlyCollection<string> Collection(IList<string> values) => values as IReadOnlyCollection<string> ?? new List<string>(values);

    private static CatalogueDataset ReadDataset(Dictionary<string, object?> item)
    {
        var dataset = new CatalogueDataset
        {
            Identifier = OptionalString(item, "id") ?? throw new FormatException("A dataset has no \"id\"."),
            TypeName = OptionalString(item, "type") ?? string.Empty,
            Title = OptionalString(item, "title"),
            Description = OptionalString(item, "description"),
            Publisher = OptionalString(item, "publisher"),
            ContactPoint = OptionalString(item, "contactPoint"),
            License = OptionalString(item, "license"),
            Access = OptionalEnum<DatasetAccess>(item, "access") ?? DatasetAccess.NonPublic,
            UpdateFrequency = OptionalString(item, "updateFrequency"),
            ReferenceData = Optional<object>(item, "referenceData") is true,
            Purpose = OptionalString(item, "purpose"),
            LegalBasis = OptionalEnum<LawfulBasis>(item, "legalBasis"),
            Retention = OptionalString(item, "retention"),
            SpecialCategoryCondition = OptionalEnum<SpecialCategoryCondition>(item, "specialCategoryCondition"),
        };
        ReadStrings(item, "themes", dataset.Themes);
        ReadStrings(item, "keywords", dataset.Keywords);
        ReadStrings(item, "recipients", dataset.Recipients);
        ReadStrings(item, "dataSubjects", dataset.DataSubjects);
        foreach (object? field in Optional<List<object?>>(item, "fields") ?? new List<object?>())
        {
            dataset.Fields.Add(ReadField(field as Dictionary<string, object?> ?? throw new FormatException("A field is a JSON object.")));
        }

        return dataset;
    }

    private static CatalogueField ReadField(Dictionary<string, object?> item)
    {
        var field = new CatalogueField
        {
            Name = OptionalString(item, "name") ?? throw new FormatException("A field has no \"name\"."),
            Description = OptionalString(item, "description"),
            ValueType = OptionalString(item, "valueType"),
            DataType = OptionalString(item, "dataType"),
            EmailAddress = Optional<object>(item, "emailAddress") is true,
            Url = Optional<object>(item, "url") is true,
            ReferencedType = OptionalString(item, "references"),
            Required = Optional<object>(item, "required") is true,
            PrimaryKey = Optional<object>(item, "primaryKey") is true,
            MinLength = OptionalInt(item, "minLength"),
            MaxLength = OptionalInt(item, "maxLength"),
            Minimum = OptionalNumber(item, "minimum"),
            Maximum = OptionalNumber(item, "maximum"),
            Pattern = OptionalString(item, "pattern"),
        };
        ReadStrings(item, "enum", field.EnumValues);
        if (OptionalString(item, "type") is { } type)
        {
            field.Type = type;
            field.Format = OptionalString(item, "format");
        }
        else
        {
            (field.Type, field.Format) = Rendering.TableSchemaTypes.Of(field.ValueType, field.DataType, field.EmailAddress, field.Url);
        }

        switch (OptionalString(item, "classification"))
        {
            case null:
                break;
            case "personal":
                field.Classification = FieldClassification.Personal;
                field.Kind = OptionalEnum<PersonalDataKind>(item, "category") ?? PersonalDataKind.Unspecified;
                break;
            case "special-category":
                field.Classification = FieldClassification.SpecialCategory;
                field.SpecialCategory = OptionalEnum<SensitiveCategory>(item, "category");
                break;
            case "pseudonymised":
                field.Classification = FieldClassification.Pseudonymised;
                break;
            case "not-personal":
                field.Classification = FieldClassification.NotPersonal;
                break;
            case string other:
                throw new FormatException("Unknown field classification '" + other + "'.");
        }

        return field;
    }

    private static T? Optional<T>(Dictionary<string, object?> item, string name)
        where T : class
    {
        if (!item.TryGetValue(name, out object? value) || value is null)
        {
            return null;
        }

        return value as T ?? throw new FormatException("\"" + name + "\" has an unexpected type.");
    }

    private static string? OptionalString(Dictionary<string, object?> item, string name) => Optional<string>(item, name);

    private static int? OptionalInt(Dictionary<string, object?> item, string name)
    {
        if (!item.TryGetValue(name, out object? value) || value is null)
        {
            return null;
        }

        return value is double number && number == Math.Floor(number) && number >= int.MinValue && number <= int.MaxValue
            ? (int)number
            : throw new FormatException("\"" + name + "\" is not an integer.");
    }

    /// <summary>A number as invariant JSON text: the shortest form that reads back as the same value (as the generator writes it).</summary>
    private static string? OptionalNumber(Dictionary<string, object?> item, string name)
    {
        if (!item.TryGetValue(name, out object? value) || value is null)
        {
            return null;
        }

        return value is double number ? number.ToString("R", CultureInfo.InvariantCulture) : throw new FormatException("\"" + name + "\" is not a number.");
    }

    private static TEnum? OptionalEnum<TEnum>(Dictionary<string, object?> item, string name)
        where TEnum : struct
    {
        string? text = OptionalString(item, name);
        if (text is null)
        {
            return null;
        }

        // Names only: a number would parse too, and would silently accept a value the writer never produces.
        if (text.Length == 0 || !char.IsLetter(text[0]) || !Enum.TryParse(text, ignoreCase: false, out TEnum value) || !Enum.IsDefined(typeof(TEnum), value))
        {
            throw new FormatException("\"" + name + "\" has an unknown value '" + text + "'.");
        }

        return value;
    }

    private static void ReadStrings(Dictionary<string, object?> item, string name, IList<string> target)
    {
        foreach (object? value in Optional<List<object?>>(item, name) ?? new List<object?>())
        {
            target.Add(value as string ?? throw new FormatException("\"" + name + "\" holds a value that is not a string."));
        }
    }
}
