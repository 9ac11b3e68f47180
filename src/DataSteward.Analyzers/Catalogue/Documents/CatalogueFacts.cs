using System;
using System.Collections.Generic;
using DataSteward.Analyzers.Catalogue.Model;

namespace DataSteward.Analyzers.Catalogue.Documents;

/// <summary>
/// The facts every document derives from the model, computed in one place: IRIs, the effective publisher,
/// contact point and licence of each dataset (its own, else the catalogue's), and foreign-key resolution.
/// </summary>
internal sealed class CatalogueFacts
{
    private readonly Dictionary<string, DatasetModel> byType = new(StringComparer.Ordinal);

    public CatalogueFacts(CatalogueModel model)
    {
        Model = model;
        BaseUri = NormaliseBase(model.Options.BaseUri);
        foreach (DatasetModel dataset in model.Datasets)
        {
            if (!byType.ContainsKey(dataset.TypeName))
            {
                byType.Add(dataset.TypeName, dataset);
            }
        }
    }

    public CatalogueModel Model { get; }

    public string BaseUri { get; }

    public CatalogueInfo Catalogue => Model.Catalogue;

    public string CatalogueIri => BaseUri + "catalogue";

    public string CataloguePublisher =>
        Catalogue.Publisher ?? Model.Options.Publisher ?? Model.Options.Controller ?? Catalogue.AssemblyName;

    public string CatalogueTitle =>
        Catalogue.Title ?? Model.Options.Title ?? CataloguePublisher + " data catalogue";

    public string CatalogueDescription =>
        Catalogue.Description ?? "Datasets of " + Catalogue.AssemblyName + ", described from its annotated models.";

    public string Controller => Model.Options.Controller ?? CataloguePublisher;

    public static string NormaliseBase(string? baseUri)
    {
        string value = baseUri?.Trim() ?? string.Empty;
        if (value.Length == 0 || !CatalogueVocabulary.IsAbsoluteUri(value))
        {
            return CatalogueOptions.DefaultBaseUri;
        }

        char last = value[value.Length - 1];
        return last is '/' or '#' or ':' ? value : value + "/";
    }

    public string DatasetIri(DatasetModel dataset) => BaseUri + "dataset/" + RdfGraph.Segment(dataset.Identifier);

    public string DistributionIri(DatasetModel dataset) => DatasetIri(dataset) + "/distribution";

    public string SchemaIri(DatasetModel dataset) => BaseUri + "schemas/" + SchemaFileName(dataset);

    public string AgentIri(string name) => BaseUri + "agent/" + RdfGraph.Segment(name);

    public static string SchemaFileName(DatasetModel dataset) => SafeFileName(dataset.Identifier) + ".schema.json";

    public string Publisher(DatasetModel dataset) => dataset.Publisher ?? CataloguePublisher;

    public string? ContactPoint(DatasetModel dataset) => dataset.ContactPoint ?? Catalogue.ContactPoint;

    public string? LicenceIri(DatasetModel dataset) =>
        CatalogueVocabulary.LicenceIri(dataset.License) ?? (dataset.License is null ? CatalogueVocabulary.LicenceIri(Catalogue.License) : null);

    public string Title(DatasetModel dataset) => dataset.Title ?? dataset.Identifier;

    public string Description(DatasetModel dataset) => dataset.Description ?? Title(dataset);

    /// <summary>A field with a schema: datasets without public members have none (a Table Schema needs a field).</summary>
    public static bool HasSchema(DatasetModel dataset) => !dataset.Fields.IsEmpty;

    /// <summary>The dataset a field refers to, when that dataset has exactly one primary-key field.</summary>
    public (DatasetModel Target, FieldModel Key)? ForeignKey(FieldModel field)
    {
        if (field.Type != "object" || field.ReferencedType is null || !byType.TryGetValue(field.ReferencedType, out DatasetModel? target))
        {
            return null;
        }

        FieldModel? key = null;
        foreach (FieldModel candidate in target.Fields)
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
