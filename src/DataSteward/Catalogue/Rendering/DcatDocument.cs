using System;
using System.Collections.Generic;

namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// The DCAT-AP 3.0.1 graph of the catalogue: a dcat:Catalog, one dcat:Dataset per dataset with one dcat:Distribution
/// whose dct:conformsTo is the dataset's Table Schema, foaf:Agent publishers, vCard contact points, EU vocabularies for
/// access rights, themes and frequencies, and dpv:hasPersonalData for the personal-data categories it holds.
/// </summary>
internal static class DcatDocument
{
    public static RdfGraph Build(CatalogueFacts facts)
    {
        var graph = new RdfGraph();
        var agents = new SortedSet<string>(StringComparer.Ordinal) { facts.CataloguePublisher };

        RdfNode catalogue = graph.Add(facts.CatalogueIri, "dcat:Catalog")
            .Text("dct:title", facts.CatalogueTitle, facts.LanguageTag)
            .Text("dct:description", facts.CatalogueDescription, facts.LanguageTag)
            .Link("dct:publisher", facts.AgentIri(facts.CataloguePublisher))
            .Link("foaf:homepage", facts.Model.HomePage is { } home && CatalogueVocabulary.IsAbsoluteUri(home) ? home : null)
            .Link("dct:license", CatalogueVocabulary.LicenceIri(facts.Model.License));
        foreach (CatalogueDataset dataset in facts.Model.Datasets)
        {
            catalogue.Link("dcat:dataset", facts.DatasetIri(dataset));
        }

        foreach (CatalogueDataset dataset in facts.Model.Datasets)
        {
            string publisher = facts.Publisher(dataset);
            agents.Add(publisher);
            RdfNode node = graph.Add(facts.DatasetIri(dataset), "dcat:Dataset")
                .Literal("dct:identifier", dataset.Identifier)
                .Text("dct:title", facts.Title(dataset), facts.LanguageTag)
                .Text("dct:description", facts.Description(dataset), facts.LanguageTag)
                .Link("dct:publisher", facts.AgentIri(publisher));
            if (ContactPoint(facts.ContactPoint(dataset), publisher) is { } contact)
            {
                node.Blank("dcat:contactPoint", contact);
            }

            node.Link("dct:license", facts.LicenceIri(dataset))
                .Link("dct:accessRights", CatalogueTerms.AccessRightIri(dataset.Access));
            foreach (string theme in Sorted(dataset.Themes))
            {
                node.Link("dcat:theme", CatalogueVocabulary.IsTheme(theme) ? CatalogueVocabulary.DataThemeBase + theme : null);
            }

            foreach (string keyword in Sorted(dataset.Keywords))
            {
                node.Text("dcat:keyword", keyword, facts.LanguageTag);
            }

            node.Link("dct:accrualPeriodicity", CatalogueVocabulary.FrequencyIri(dataset.UpdateFrequency));
            var terms = new SortedSet<string>(StringComparer.Ordinal);
            foreach (CatalogueField field in dataset.Fields)
            {
                if (CatalogueTerms.PersonalDataTerm(field) is { } term)
                {
                    terms.Add(term);
                }
            }

            foreach (string term in terms)
            {
                node.Link("dpv:hasPersonalData", term);
            }

            node.Link("dcat:distribution", facts.DistributionIri(dataset));
            graph.Add(facts.DistributionIri(dataset), "dcat:Distribution")
                .Text("dct:title", facts.Title(dataset) + " (CSV)", facts.LanguageTag)
                .Link("dcat:accessURL", facts.DatasetIri(dataset))
                .Link("dct:format", CatalogueVocabulary.FileTypeBase + "CSV")
                .Link("dct:conformsTo", CatalogueFacts.HasSchema(dataset) ? facts.SchemaIri(dataset) : null)
                .Link("dct:license", facts.LicenceIri(dataset));
        }

        foreach (string agent in agents)
        {
            graph.Add(facts.AgentIri(agent), "foaf:Agent").Literal("foaf:name", agent);
        }

        return graph;
    }

    private static RdfNode? ContactPoint(string? contact, string name)
    {
        if (contact is null)
        {
            return null;
        }

        var node = new RdfNode(null, "vcard:Kind").Literal("vcard:fn", name);
        if (contact.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return node.Link("vcard:hasEmail", contact);
        }

        if (contact.IndexOf('@') > 0 && contact.IndexOf(':') < 0 && contact.IndexOf(' ') < 0)
        {
            return node.Link("vcard:hasEmail", "mailto:" + contact);
        }

        return CatalogueVocabulary.IsAbsoluteUri(contact) ? node.Link("vcard:hasURL", contact) : null;
    }

    private static List<string> Sorted(IList<string> values)
    {
        var list = new List<string>(new SortedSet<string>(values, StringComparer.Ordinal));
        return list;
    }
}
