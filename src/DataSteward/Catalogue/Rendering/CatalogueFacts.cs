using System;
using System.Collections.Generic;

namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// The facts every document derives from the model, computed in one place: IRIs, the effective publisher,
/// contact point and licence of each dataset (its own, else the catalogue's), and foreign-key resolution.
/// </summary>
internal sealed class CatalogueFacts
{
    /// <summary>
    /// Used when no base IRI is set: absolute (the DCAT-AP shapes need absolute IRIs) and obviously not a real address
    /// (the <c>.invalid</c> top-level domain is reserved, RFC 2606).
    /// </summary>
    public const string DefaultBaseUri = "https://example.invalid/datacatalogue/";

    private readonly Dictionary<string, CatalogueDataset> byType = new(StringComparer.Ordinal);

    public CatalogueFacts(DataCatalogueModel model)
    {
        Model = model;
        Settings = model.Settings ?? new CatalogueSettings();
        BaseUri = NormaliseBase(Settings.BaseUri ?? model.BaseUri);
        RegisterTexts? texts = RegisterTexts.For(Settings.Language);
        Texts = texts ?? RegisterTexts.English;
        LanguageTag = texts is not null && Settings.Language is { } language && language.Trim().Length > 0 ? texts.Language : null;
        foreach (CatalogueDataset dataset in model.Datasets)
        {
            if (!byType.ContainsKey(dataset.TypeName))
            {
                byType.Add(dataset.TypeName, dataset);
            }
        }
    }

    public DataCatalogueModel Model { get; }

    public CatalogueSettings Settings { get; }

    public string BaseUri { get; }

    /// <summary>The words of the register and default texts: the configured language's, English when none or unknown.</summary>
    public RegisterTexts Texts { get; }

    /// <summary>The language tag of DCAT literals and of the register (<c>en</c>, <c>fr</c>); null when no language is set (untagged, as before the setting existed).</summary>
    public string? LanguageTag { get; }

    public string CatalogueIri => BaseUri + "catalogue";

    public string CataloguePublisher =>
        Model.Publisher ?? Settings.Publisher ?? Settings.Controller ?? Model.AssemblyName;

    public string CatalogueTitle =>
        Model.Title ?? Settings.Title ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts.DefaultCatalogueTitleFormat, CataloguePublisher);

    public string CatalogueDescription =>
        Model.Description ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts.DefaultCatalogueDescriptionFormat, Model.AssemblyName);

    public string Controller => Settings.Controller ?? CataloguePublisher;

    public static string NormaliseBase(string? baseUri)
    {
        string value = baseUri?.Trim() ?? string.Empty;
        if (value.Length == 0 || !CatalogueVocabulary.IsAbsoluteUri(value))
        {
            return DefaultBaseUri;
        }

        char last = value[value.Length - 1];
        return last is '/' or '#' or ':' ? value : value + "/";
    }

    public string DatasetIri(CatalogueDataset dataset) => BaseUri + "dataset/" + RdfGraph.Segment(dataset.Identifier);

    public string DistributionIri(CatalogueDataset dataset) => DatasetIri(dataset) + "/distribution";

    public string SchemaIri(CatalogueDataset dataset) => BaseUri + "schemas/" + SchemaFileName(dataset);

    public string AgentIri(string name) => BaseUri + "agent/" + RdfGraph.Segment(name);

    public static string SchemaFileName(CatalogueDataset dataset) => SafeFileName(dataset.Identifier) + ".schema.json";

    public string Publisher(CatalogueDataset dataset) => dataset.Publisher ?? CataloguePublisher;

    public string? ContactPoint(CatalogueDataset dataset) => dataset.ContactPoint ?? Model.ContactPoint;

    public string? LicenceIri(CatalogueDataset dataset) =>
        CatalogueVocabulary.LicenceIri(dataset.License) ?? (dataset.License is null ? CatalogueVocabulary.LicenceIri(Model.License) : null);

    public string Title(CatalogueDataset dataset) => dataset.Title ?? dataset.Identifier;

    public string Description(CatalogueDataset dataset) => dataset.Description ?? Title(dataset);

    /// <summary>A field with a schema: datasets without public members have none (a Table Schema needs a field).</summary>
    public static bool HasSchema(CatalogueDataset dataset) => dataset.Fields.Count > 0;

    /// <summary>The dataset a field refers to, when that dataset has exactly one primary-key field.</summary>
    public (CatalogueDataset Target, CatalogueField Key)? ForeignKey(CatalogueField field)
    {
        if (field.Type != "object" || field.ReferencedType is null || !byType.TryGetValue(field.ReferencedType, out CatalogueDataset? target))
        {
            return null;
        }

        CatalogueField? key = null;
        foreach (CatalogueField candidate in target.Fields)
        {
            if (candidate.PrimaryKey)
            {
                if (key is not null)
                {
                    return null;
                }

                key = candidate;
            }
        }

        return key is null || key.Type is "object" or "array" ? null : (target, key);
    }

    /// <summary>Keeps file names portable: letters, digits, '-', '_' and '.'; anything else becomes '_'.</summary>
    public static string SafeFileName(string identifier)
    {
        char[] chars = identifier.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (!(c < 0x80 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                chars[i] = '_';
            }
        }

        string name = new(chars);
        return name.Trim('.').Length == 0 ? "_" + name : name;
    }
}
