using System;
using System.Collections.Generic;
using System.Text;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Text;

namespace DataSteward.Tool.Site;

/// <summary>
/// <c>register.html</c>: the organisation's article 30 record as a table, one row per dataset holding personal data,
/// the same rows as <c>register.json</c> and <c>register.csv</c>.
/// </summary>
internal static class RegisterPage
{
    public static string Write(DataMap map, Labels labels)
    {
        StringBuilder html = PageLayout.Start(labels, labels.RegisterTitle, depth: 0, PageLayout.Section.Register);
        html.Append("<h1>").Text(labels.RegisterTitle).Append("</h1>\n<p>").Text(labels.RegisterIntro).Append("</p>\n")
            .Append("<p>").Link(MapLayout.RegisterJson, MapLayout.RegisterJson).Append(" · ").Link(MapLayout.RegisterCsv, MapLayout.RegisterCsv).Append("</p>\n")
            .Append("<div class=\"scroll\" role=\"region\" aria-label=\"").Text(labels.RegisterTitle).Append("\" tabindex=\"0\">\n<table class=\"register\">\n<thead><tr>");
        foreach (string heading in new[] { labels.Dataset, labels.Project, labels.Controller, labels.Purpose, labels.LegalBasis, labels.PersonalData, labels.Access, labels.Retention })
        {
            html.Append("<th scope=\"col\">").Text(heading).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (MapDataset dataset in map.Datasets)
        {
            if (!dataset.HoldsPersonalData)
            {
                continue;
            }

            var categories = new SortedSet<string>(StringComparer.Ordinal);
            foreach (MapField field in dataset.Fields)
            {
                if (field.IsPersonal)
                {
                    categories.Add(labels.ClassificationLabel(field));
                }
            }

            html.Append("<tr><th scope=\"row\">").Link(MapLayout.DatasetPage(dataset), dataset.Title).Append("</th><td>").Text(dataset.Project)
                .Append("</td><td>").Text(dataset.Controller).Append("</td><td>").Text(dataset.Purpose ?? labels.NotStated)
                .Append("</td><td>").Text(labels.LegalBasisLabel(dataset.LegalBasis)).Append("</td><td>").Text(string.Join(", ", categories))
                .Append("</td><td>").Text(labels.AccessLabel(dataset.Access)).Append("</td><td>").Text(dataset.Retention ?? labels.NotStated)
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        return PageLayout.End(html);
    }
}
