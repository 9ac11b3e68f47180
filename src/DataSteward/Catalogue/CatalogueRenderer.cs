using System;
using System.Collections.Generic;
using DataSteward.Catalogue.Rendering;

namespace DataSteward.Catalogue;

/// <summary>
/// Renders a <see cref="DataCatalogueModel"/> as the documents of a <c>datacatalogue/</c> folder: the DCAT-AP 3.0.1
/// catalogue (<c>catalogue.jsonld</c>, <c>catalogue.ttl</c>), the GDPR article 30 register (<c>register.json</c>,
/// <c>register.csv</c>), a Frictionless Table Schema per dataset (<c>schemas/&lt;identifier&gt;.schema.json</c>) and the
/// model itself (<c>catalogue.model.json</c>, the compact form of <see cref="CatalogueModelSerializer"/>).
/// The same code renders for the build task, the data-map tool and a service serving its own catalogue. Output is
/// deterministic: datasets in the model's order, sorted terms, invariant culture, <c>\n</c> line ends.
/// </summary>
public static class CatalogueRenderer
{
    /// <summary>Every file of the catalogue folder, in a fixed order: catalogue, register, the schemas, then the model.</summary>
    /// <exception cref="ArgumentException">Two datasets share an identifier (<see cref="DataCatalogueModel.FindDuplicateIdentifiers"/>): one would replace the other.</exception>
    public static IReadOnlyList<CatalogueDocument> RenderAll(DataCatalogueModel model)
    {
        var facts = new CatalogueFacts(model ?? throw new ArgumentNullException(nameof(model)));
        IReadOnlyDictionary<string, IReadOnlyList<string>> duplicates = model.FindDuplicateIdentifiers();
        if (duplicates.Count > 0)
        {
            var reasons = new List<string>(duplicates.Count);
            foreach (KeyValuePair<string, IReadOnlyList<string>> duplicate in duplicates)
            {
                reasons.Add("Dataset identifier '" + duplicate.Key + "' is used by " + string.Join(" and ", duplicate.Value));
            }

            throw new ArgumentException(string.Join("; ", reasons) + ": one dataset would replace the other.", nameof(model));
        }

        RdfGraph graph = DcatDocument.Build(facts);
        var documents = new List<CatalogueDocument>
        {
            new("catalogue.jsonld", RdfWriters.ToJsonLd(graph)),
            new("catalogue.ttl", RdfWriters.ToTurtle(graph)),
            new("register.json", RegisterDocument.ToJson(facts)),
            new("register.csv", RegisterDocument.ToCsv(facts), byteOrderMark: facts.Texts.CsvByteOrderMark),
        };
        foreach (CatalogueDataset dataset in model.Datasets)
        {
            if (CatalogueFacts.HasSchema(dataset))
            {
                documents.Add(new CatalogueDocument("schemas/" + CatalogueFacts.SchemaFileName(dataset), TableSchemaDocument.Write(facts, dataset)));
            }
        }

        documents.Add(new CatalogueDocument(CatalogueModelSerializer.FileName, CatalogueModelSerializer.Serialize(model) + "\n"));

        return documents;
    }

    /// <summary>
    /// Whether <paramref name="language"/> is a language the renderers write (<c>en</c>, <c>fr</c>, case-insensitive; null or
    /// empty is the default, English). Another value renders in English, untagged.
    /// </summary>
    public static bool IsSupportedLanguage(string? language) => RegisterTexts.For(language) is not null;

    /// <summary>The DCAT-AP catalogue as JSON-LD (inline <c>@context</c>).</summary>
    public static string JsonLd(DataCatalogueModel model) =>
        RdfWriters.ToJsonLd(DcatDocument.Build(new CatalogueFacts(model ?? throw new ArgumentNullException(nameof(model)))));

    /// <summary>The DCAT-AP catalogue as Turtle: the same graph as <see cref="JsonLd"/>.</summary>
    public static string Turtle(DataCatalogueModel model) =>
        RdfWriters.ToTurtle(DcatDocument.Build(new CatalogueFacts(model ?? throw new ArgumentNullException(nameof(model)))));

    /// <summary>The GDPR article 30 register as JSON: one record per dataset holding personal data.</summary>
    public static string RegisterJson(DataCatalogueModel model) =>
        RegisterDocument.ToJson(new CatalogueFacts(model ?? throw new ArgumentNullException(nameof(model))));

    /// <summary>The GDPR article 30 register as CSV (RFC 4180 quoting, header row).</summary>
    public static string RegisterCsv(DataCatalogueModel model) =>
        RegisterDocument.ToCsv(new CatalogueFacts(model ?? throw new ArgumentNullException(nameof(model))));

    /// <summary>The Table Schema of one dataset of the model (foreign keys resolve against the model's other datasets).</summary>
    public static string TableSchema(DataCatalogueModel model, CatalogueDataset dataset) =>
        TableSchemaDocument.Write(
            new CatalogueFacts(model ?? throw new ArgumentNullException(nameof(model))),
            dataset ?? throw new ArgumentNullException(nameof(dataset)));

    /// <summary>The relative path of a dataset's Table Schema: <c>schemas/&lt;identifier&gt;.schema.json</c>, the identifier made file-safe.</summary>
    public static string SchemaPath(CatalogueDataset dataset) =>
        "schemas/" + CatalogueFacts.SchemaFileName(dataset ?? throw new ArgumentNullException(nameof(dataset)));
}
