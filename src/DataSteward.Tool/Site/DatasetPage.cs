using DataSteward.Catalogue;
using System.Collections.Generic;
using System.Text;
using DataSteward.Tool.Checks;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Text;

namespace DataSteward.Tool.Site;

/// <summary>
/// One page per dataset: what it is (identifier, URI, publisher, contact, licence, access, themes), the article 30
/// facts (purpose, legal basis, retention, controller, DPO), its fields from the Table Schema with the personal-data
/// kinds marked, and the cross-project findings that name it.
/// </summary>
internal static class DatasetPage
{
    private const int Depth = 2;

    public static string Write(MapDataset dataset, IReadOnlyList<Finding> findings, Labels labels)
    {
        string root = PageLayout.Root(Depth);
        StringBuilder html = PageLayout.Start(labels, dataset.Title, Depth, PageLayout.Section.Datasets);
        html.Append("<h1>").Text(dataset.Title).Append("</h1>\n<p>").Text(dataset.Description).Append("</p>\n");

        html.Append("<h2>").Text(labels.DatasetFacts).Append("</h2>\n<dl class=\"facts\">\n");
        Fact(html, labels.Identifier).Append("<code>").Text(dataset.Identifier).Append("</code></dd>\n");
        Fact(html, labels.Uri).MaybeLink(dataset.Iri, labels.NotStated).Append("</dd>\n");
        Fact(html, labels.Project).Text(dataset.Project).Append("</dd>\n");
        Fact(html, labels.Publisher).Text(dataset.Publisher).Append("</dd>\n");
        Fact(html, labels.Contact).MaybeLink(dataset.ContactPoint, labels.NotStated).Append("</dd>\n");
        Fact(html, labels.Licence).MaybeLink(dataset.Licence, labels.NotStated).Append("</dd>\n");
        Fact(html, labels.Access).Text(labels.AccessLabel(dataset.Access)).Append("</dd>\n");
        Fact(html, labels.Themes).Text(dataset.Themes.Count == 0 ? labels.NotStated : string.Join(", ", dataset.Themes)).Append("</dd>\n");
        Fact(html, labels.Keywords).Text(dataset.Keywords.Count == 0 ? labels.NotStated : string.Join(", ", dataset.Keywords)).Append("</dd>\n");
        Fact(html, labels.UpdateFrequency).Text(dataset.UpdateFrequency ?? labels.NotStated).Append("</dd>\n");
        html.Append("</dl>\n");

        html.Append("<h2>").Text(labels.PersonalData).Append("</h2>\n<dl class=\"facts\">\n");
        Fact(html, labels.Purpose).Text(dataset.Purpose ?? labels.NotStated).Append("</dd>\n");
        Fact(html, labels.LegalBasis).Text(labels.LegalBasisLabel(dataset.LegalBasis)).Append("</dd>\n");
        Fact(html, labels.Retention).Text(dataset.Retention ?? labels.NotStated).Append("</dd>\n");
        Fact(html, labels.DataSubjects).Text(dataset.DataSubjects.Count == 0 ? labels.NotStated : string.Join(", ", dataset.DataSubjects)).Append("</dd>\n");
        Fact(html, labels.Recipients).Text(dataset.Recipients.Count == 0 ? labels.NotStated : string.Join(", ", dataset.Recipients)).Append("</dd>\n");
        Fact(html, labels.Controller).Text(dataset.Controller).Append("</dd>\n");
        Fact(html, labels.DpoContact).MaybeLink(dataset.DpoContact, labels.NotStated).Append("</dd>\n");
        html.Append("</dl>\n");

        html.Append("<h2>").Text(labels.Fields).Append("</h2>\n");
        if (dataset.Fields.Count > 0)
        {
            html.Append("<p><a href=\"").Text(root + MapLayout.SchemaPath(dataset)).Append("\">").Text(labels.TableSchema).Append("</a></p>\n");
        }

        html.Append("<table class=\"fields\">\n<thead><tr>");
        foreach (string heading in new[] { labels.Field, labels.Type, labels.Required, labels.PersonalData, labels.Description })
        {
            html.Append("<th scope=\"col\">").Text(heading).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (MapField field in dataset.Fields)
        {
            html.Append("<tr").Append(field.IsPersonal ? " class=\"personal\"" : string.Empty).Append("><th scope=\"row\"><code>").Text(field.Name).Append("</code>");
            if (field.PrimaryKey)
            {
                html.Append(" <span class=\"badge\">").Text(labels.Key).Append("</span>");
            }

            html.Append("</th><td>").Text(field.Format is null ? field.Type : field.Type + " (" + field.Format + ")")
                .Append("</td><td>").Text(field.Required ? labels.Yes : labels.No)
                .Append("</td><td>");
            if (field.IsPersonal)
            {
                html.Append("<span class=\"badge ").Append(field.Classification == FieldClassification.SpecialCategory ? "special" : "personal").Append("\">")
                    .Text(labels.ClassificationLabel(field)).Append("</span>");
            }
            else
            {
                html.Text(labels.ClassificationLabel(field));
            }

            html.Append("</td><td>").Text(field.Description).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        WriteFindings(html, findings, labels, root);
        return PageLayout.End(html);
    }

    private static StringBuilder Fact(StringBuilder html, string term) => html.Append("<dt>").Text(term).Append("</dt><dd>");

    private static void WriteFindings(StringBuilder html, IReadOnlyList<Finding> findings, Labels labels, string root)
    {
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Text(labels.NavChecks).Append("</h2>\n<ul>\n");
        foreach (Finding finding in findings)
        {
            html.Append("<li><a href=\"").Text(root + MapLayout.ChecksPage + "#" + ChecksPage.Anchor(finding)).Append("\">")
                .Text(labels.CheckLabel(finding.Kind)).Append(": ").Text(finding.Subject).Append("</a></li>\n");
        }

        html.Append("</ul>\n");
    }
}
