using System.Collections.Generic;
using System.Threading.Tasks;
using DataSteward.Catalogue;
using DataSteward.Tool.Inputs;

namespace DataSteward.Tool.Output;

/// <summary>
/// The documents of a map folder, rendered by the catalogue library the build task uses: the organisation's DCAT-AP
/// catalogue (<c>catalogue.jsonld</c>, <c>catalogue.ttl</c>) from <see cref="OrganisationCatalogueRenderer"/>, the
/// article 30 register gathered from each project's (<see cref="OrganisationRegister"/>), every project's Table Schemas from
/// <see cref="CatalogueRenderer"/>, and each project's compact catalogue under <c>projects/</c> so that the folder can
/// be read again (by <c>diff</c>, or by another <c>map</c>).
/// </summary>
internal static class MapDocuments
{
    public static void Write(CatalogueSet catalogues, MapSettings settings, OutputFolder output)
    {
        var models = new List<DataCatalogueModel>(catalogues.Count);
        var projects = new List<(string, DataCatalogueModel)>(catalogues.Count);
        foreach ((string name, LoadedCatalogue catalogue) in catalogues.Projects)
        {
            models.Add(catalogue.Model);
            projects.Add((name, catalogue.Model));
        }

        var organisation = new OrganisationCatalogue(settings.BaseUri, settings.Title, settings.Publisher);
        foreach (CatalogueDocument document in OrganisationCatalogueRenderer.RenderAll(organisation, models))
        {
            output.Write(document.Path, document.ToBytes());
        }

        output.Write(MapLayout.RegisterJson, OrganisationRegister.Json(organisation.CatalogueIri, projects));
        (string csv, bool byteOrderMark) = OrganisationRegister.Csv(projects);
        output.Write(MapLayout.RegisterCsv, new CatalogueDocument(MapLayout.RegisterCsv, csv, byteOrderMark).ToBytes());

        Parallel.ForEach(catalogues.Projects, OutputFolder.Parallelism, project =>
        {
            (string name, LoadedCatalogue catalogue) = project;
            foreach (CatalogueDataset dataset in catalogue.Model.Datasets)
            {
                if (dataset.Fields.Count > 0)
                {
                    output.Write(MapLayout.SchemaPath(name, dataset.Identifier), CatalogueRenderer.TableSchema(catalogue.Model, dataset));
                }
            }

            output.Write(MapLayout.ProjectsFolder + "/" + MapLayout.SafeName(name) + "/" + CatalogueModelSerializer.FileName, catalogue.CompactForm + "\n");
        });
    }
}
