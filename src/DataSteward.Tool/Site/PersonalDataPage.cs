using DataSteward.Catalogue;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Text;

namespace DataSteward.Tool.Site;

/// <summary>
/// <c>personal-data.html</c>: the "once only" view. Each kind of personal data (name, contact, health…) with every
/// dataset and field, in every project, that holds it; kinds sorted by name, special categories marked.
/// </summary>
internal static class PersonalDataPage
{
    public static string Write(DataMap map, Labels labels)
    {
        var byCategory = new SortedDictionary<string, List<(MapDataset Dataset, MapField Field)>>(StringComparer.Ordinal);
        foreach (MapDataset dataset in map.Datasets)
        {
            foreach (MapField field in dataset.Fields)
            {
                if (field.IsPersonal)
                {
                    string category = field.Category ?? labels.PersonalData;
                    if (!byCategory.TryGetValue(category, out List<(MapDataset, MapField)>? holders))
                    {
                        byCategory.Add(category, holders = []);
                    }

                    holders.Add((dataset, field));
                }
            }
        }

        StringBuilder html = PageLayout.Start(labels, labels.PersonalDataTitle, depth: 0, PageLayout.Section.PersonalData);
        html.Append("<h1>").Text(labels.PersonalDataTitle).Append("</h1>\n<p>").Text(labels.PersonalDataIntro).Append("</p>\n");
        html.Append("<ul class=\"toc\">\n");
        foreach (string category in byCategory.Keys)
        {
            html.Append("<li>").Link("#" + Anchor(category), category).Append("</li>\n");
        }

        html.Append("</ul>\n");
        foreach (KeyValuePair<string, List<(MapDataset Dataset, MapField Field)>> entry in byCategory)
        {
            var datasets = new HashSet<string>(StringComparer.Ordinal);
            bool special = false;
            foreach ((MapDataset dataset, MapField field) in entry.Value)
            {
                datasets.Add(dataset.Key);
                special |= field.Classification == FieldClassification.SpecialCategory;
            }

            html.Append("<section class=\"kind\" id=\"").Text(Anchor(entry.Key)).Append("\" aria-labelledby=\"").Text(Anchor(entry.Key)).Append("-h\">\n")
                .Append("<h2 id=\"").Text(Anchor(entry.Key)).Append("-h\">").Text(entry.Key);
            if (special)
            {
                html.Append(" <span class=\"badge special\">").Text(labels.SpecialCategory).Append("</span>");
            }

            html.Append("</h2>\n<p>").Text(string.Format(CultureInfo.InvariantCulture, labels.Holders, entry.Value.Count, datasets.Count)).Append("</p>\n")
                .Append("<table class=\"holders\">\n<thead><tr><th scope=\"col\">").Text(labels.Project).Append("</th><th scope=\"col\">").Text(labels.Dataset)
                .Append("</th><th scope=\"col\">").Text(labels.Field).Append("</th><th scope=\"col\">").Text(labels.Access)
                .Append("</th><th scope=\"col\">").Text(labels.Retention).Append("</th><th scope=\"col\">").Text(labels.LegalBasis).Append("</th></tr></thead>\n<tbody>\n");
            foreach ((MapDataset dataset, MapField field) in entry.Value)
            {
                html.Append("<tr><td>").Text(dataset.Project).Append("</td><td>").Link(MapLayout.DatasetPage(dataset), dataset.Title)
                    .Append("</td><td><code>").Text(field.Name).Append("</code></td><td>").Text(labels.AccessLabel(dataset.Access))
                    .Append("</td><td>").Text(dataset.Retention ?? labels.NotStated).Append("</td><td>").Text(labels.LegalBasisLabel(dataset.LegalBasis))
                    .Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        return PageLayout.End(html);
    }

    private static string Anchor(string category) => "kind-" + MapLayout.SafeName(category);
}
