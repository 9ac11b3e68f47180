using System;
using System.Collections.Generic;
using DataSteward.Catalogue.Rendering;

namespace DataSteward.Catalogue;

/// <summary>
/// Renders the DCAT-AP 3.0.1 catalogue of an organisation from the catalogue models of its projects: a dcat:Catalog of
/// its own whose <c>dcat:dataset</c> lists every project's datasets and whose <c>dcat:catalog</c> lists the projects'
/// catalogues, followed by each project's graph exactly as <see cref="CatalogueRenderer"/> renders it (dataset IRIs and
/// publishers preserved). A node whose IRI an earlier project already wrote (a shared publisher, a clashing dataset URI)
/// is written once. Used by the data-map tool; output is deterministic for models given in the same order.
/// </summary>
public static class OrganisationCatalogueRenderer
{
    /// <summary><c>catalogue.jsonld</c> and <c>catalogue.ttl</c> of the organisation: the same graph in both.</summary>
    public static IReadOnlyList<CatalogueDocument> RenderAll(OrganisationCatalogue organisation, IReadOnlyList<DataCatalogueModel> catalogues)
    {
        RdfGraph graph = Build(
            organisation ?? throw new ArgumentNullException(nameof(organisation)),
            catalogues ?? throw new ArgumentNullException(nameof(catalogues)));
        return
        [
            new CatalogueDocument("catalogue.jsonld", RdfWriters.ToJsonLd(graph)),
            new CatalogueDocument("catalogue.ttl", RdfWriters.ToTurtle(graph)),
        ];
    }

    private static RdfGraph Build(OrganisationCatalogue organisation, IReadOnlyList<DataCatalogueModel> catalogues)
    {
        string baseUri = CatalogueFacts.NormaliseBase(organisation.BaseUri);
        var projects = new List<(CatalogueFacts Facts, RdfGraph Graph)>(catalogues.Count);
        foreach (DataCatalogueModel model in catalogues)
        {
            var facts = new CatalogueFacts(model);
            projects.Add((facts, DcatDocument.Build(facts)));
        }

        string publisher = organisation.Publisher ?? CommonPublisher(projects) ?? "Data map";
        string agentIri = baseUri + "agent/" + RdfGraph.Segment(publisher);
        var graph = new RdfGraph();
        RdfNode catalogue = graph.Add(organisation.CatalogueIri, "dcat:Catalog")
            .Literal("dct:title", organisation.Title ?? "Data map of " + publisher)
            .Literal("dct:description", "The datasets of " + Count(projects.Count, "project") + ", merged from their DataSteward catalogues.")
            .Link("dct:publisher", agentIri);
        var written = new HashSet<string>(StringComparer.Ordinal) { organisation.CatalogueIri, agentIri };
        foreach ((CatalogueFacts facts, RdfGraph _) in projects)
        {
            foreach (CatalogueDataset dataset in facts.Model.Datasets)
            {
                catalogue.Link("dcat:dataset", facts.DatasetIri(dataset));
            }
        }

        foreach ((CatalogueFacts facts, RdfGraph _) in projects)
        {
            catalogue.Link("dcat:catalog", facts.CatalogueIri);
        }

        foreach ((CatalogueFacts _, RdfGraph project) in projects)
        {
            foreach (RdfNode node in project.Nodes)
            {
                if (node.Iri is null || written.Add(node.Iri))
                {
                    graph.Nodes.Add(node);
                }
            }
        }

        graph.Add(agentIri, "foaf:Agent").Literal("foaf:name", publisher);
        return graph;
    }

    // The publisher most projects name (ties: the first in ordinal order), so a ministry's map is published by the ministry.
    private static string? CommonPublisher(List<(CatalogueFacts Facts, RdfGraph Graph)> projects)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach ((CatalogueFacts facts, RdfGraph _) in projects)
        {
            counts.TryGetValue(facts.CataloguePublisher, out int count);
            counts[facts.CataloguePublisher] = count + 1;
        }

        string? best = null;
        int bestCount = 0;
        foreach (KeyValuePair<string, int> entry in counts)
        {
            if (entry.Value > bestCount)
            {
                best = entry.Key;
                bestCount = entry.Value;
            }
        }

        return best;
    }

    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
