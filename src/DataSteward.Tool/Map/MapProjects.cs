using System.Collections.Generic;
using DataSteward.Catalogue;
using DataSteward.Catalogue.Rendering;

namespace DataSteward.Tool.Map;

/// <summary>
/// A project's catalogue model as the map shows it, resolved with the renderers' own <see cref="CatalogueFacts"/>
/// (IRIs, effective publisher, contact and licence, controller) and register texts (category words in the catalogue's
/// language), so the site says exactly what the catalogue and the register say.
/// </summary>
internal static class MapProjects
{
    public static MapProject From(string name, string source, DataCatalogueModel model)
    {
        var facts = new CatalogueFacts(model);
        var datasets = new List<MapDataset>(model.Datasets.Count);
        foreach (CatalogueDataset dataset in model.Datasets)
        {
            var fields = new List<MapField>(dataset.Fields.Count);
            foreach (CatalogueField field in dataset.Fields)
            {
                fields.Add(new MapField(
                    field.Name,
                    field.Description,
                    field.Type,
                    field.Format,
                    field.Required,
                    field.PrimaryKey,
                    field.Classification,
                    facts.Texts.Category(field)));
            }

            datasets.Add(new MapDataset(
                name,
                dataset.Identifier,
                facts.DatasetIri(dataset),
                facts.Title(dataset),
                facts.Description(dataset),
                facts.Publisher(dataset),
                facts.ContactPoint(dataset),
                facts.LicenceIri(dataset),
                dataset.Access,
                [.. dataset.Themes],
                [.. dataset.Keywords],
                dataset.UpdateFrequency,
                dataset.Purpose,
                dataset.LegalBasis,
                dataset.Retention,
                [.. dataset.Recipients],
                [.. dataset.DataSubjects],
                facts.Controller,
                facts.Settings.DpoContact,
                fields));
        }

        return new MapProject(name, source, facts.CatalogueTitle, facts.Texts.Language, datasets);
    }
}
