using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DataSteward.Tool.Checks;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Text;

namespace DataSteward.Tool.Site;

/// <summary>
/// <c>index.html</c>: the search box and filters (access, personal data, special categories, theme, project) over the
/// list of every dataset. The list is plain HTML, complete without script; <c>site.js</c> hides what the search and the
/// filters exclude, reading the <c>data-*</c> attributes written here, and announces the count in a live region.
/// </summary>
internal static class IndexPage
{
    public static string Write(DataMap map, IReadOnlyList<Finding> findings, Labels labels, string title)
    {
        StringBuilder html = PageLayout.Start(labels, labels.NavDatasets, depth: 0, PageLayout.Section.Datasets);
        html.Append("<h1>").Text(title).Append("</h1>\n");
        html.Append("<p class=\"summary\">")
            .Text(map.Projects.Count.ToString(CultureInfo.InvariantCulture)).Append(' ').Text(labels.Projects.ToLowerInvariant()).Append(" · ")
            .Link(MapLayout.ChecksPage, string.Format(CultureInfo.InvariantCulture, labels.Findings, findings.Count))
            .Append("</p>\n");

        WriteFilters(html, map, labels);
        string total = map.Datasets.Count.ToString(CultureInfo.InvariantCulture);
        html.Append("<p id=\"count\" role=\"status\" aria-live=\"polite\" data-template=\"").Text(labels.DatasetsShown).Append("\">")
            .Text(string.Format(CultureInfo.InvariantCulture, labels.DatasetsShown, total, total)).Append("</p>\n");
        html.Append("<p id=\"no-match\" hidden>").Text(labels.NoMatch).Append("</p>\n");
        html.Append("<ul id=\"datasets\" class=\"datasets\">\n");
        foreach (MapDataset dataset in map.Datasets)
        {
            WriteDataset(html, dataset, labels);
        }

        html.Append("</ul>\n");
        WriteDownloads(html, labels);
        return PageLayout.End(html);
    }

    private static void WriteFilters(StringBuilder html, DataMap map, Labels labels)
    {
        var themes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (MapDataset dataset in map.Datasets)
        {
            themes.UnionWith(dataset.Themes);
        }

        var projects = new List<string>();
        foreach (MapProject project in map.Projects)
        {
            projects.Add(project.Name);
        }

        html.Append("<form id=\"filters\" role=\"search\" class=\"filters\">\n")
            .Append("<div class=\"search\"><label for=\"q\">").Text(labels.Search).Append("</label>\n")
            .Append("<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" placeholder=\"").Text(labels.SearchHint).Append("\"></div>\n")
            .Append("<fieldset>\n<legend>").Text(labels.Filters).Append("</legend>\n");
        Select(html, "access", labels.FilterAccess, labels,
            [("public", labels.AccessPublic), ("restricted", labels.AccessRestricted), ("non-public", labels.AccessNonPublic)]);
        Select(html, "personal", labels.FilterPersonal, labels, [("yes", labels.Yes), ("no", labels.No)]);
        Select(html, "special", labels.FilterSpecial, labels, [("yes", labels.Yes), ("no", labels.No)]);
        Select(html, "theme", labels.FilterTheme, labels, [.. Pairs(themes)]);
        Select(html, "project", labels.FilterProject, labels, [.. Pairs(projects)]);
        html.Append("</fieldset>\n</form>\n");
    }

    private static IEnumerable<(string, string)> Pairs(IEnumerable<string> values)
    {
        foreach (string value in values)
        {
            yield return (value, value);
        }
    }

    private static void Select(StringBuilder html, string name, string label, Labels labels, (string Value, string Text)[] options)
    {
        html.Append("<div class=\"filter\"><label for=\"f-").Append(name).Append("\">").Text(label).Append("</label>\n")
            .Append("<select id=\"f-").Append(name).Append("\" name=\"").Append(name).Append("\">\n")
            .Append("<option value=\"\">").Text(labels.Any).Append("</option>\n");
        foreach ((string value, string text) in options)
        {
            html.Append("<option value=\"").Text(value).Append("\">").Text(text).Append("</option>\n");
        }

        html.Append("</select></div>\n");
    }

    private static void WriteDataset(StringBuilder html, MapDataset dataset, Labels labels)
    {
        html.Append("<li class=\"dataset\" data-access=\"").Append(Codes.Access(dataset.Access))
            .Append("\" data-personal=\"").Append(dataset.HoldsPersonalData ? "yes" : "no")
            .Append("\" data-special=\"").Append(dataset.HoldsSpecialCategories ? "yes" : "no")
            .Append("\" data-themes=\" ").Text(string.Join(" ", dataset.Themes)).Append(" \" data-project=\"").Text(dataset.Project)
            .Append("\" data-text=\"").Text(SearchText(dataset)).Append("\">\n")
            .Append("<h2><a href=\"").Text(MapLayout.DatasetPage(dataset)).Append("\">").Text(dataset.Title).Append("</a></h2>\n")
            .Append("<p>").Text(dataset.Description).Append("</p>\n")
            .Append("<p class=\"meta\"><span>").Text(dataset.Project).Append("</span> <code>").Text(dataset.Identifier).Append("</code> ")
            .Append("<span class=\"badge access-").Append(Codes.Access(dataset.Access)).Append("\">").Text(labels.AccessLabel(dataset.Access)).Append("</span>");
        if (dataset.HoldsPersonalData)
        {
            html.Append(" <span class=\"badge personal\">").Text(labels.PersonalData).Append("</span>");
        }

        if (dataset.HoldsSpecialCategories)
        {
            html.Append(" <span class=\"badge special\">").Text(labels.SpecialCategory).Append("</span>");
        }

        html.Append("</p>\n</li>\n");
    }

    // What the search box matches: lower-cased once here, so the script compares without allocating per keystroke.
    private static string SearchText(MapDataset dataset)
    {
        var text = new StringBuilder();
        text.Append(dataset.Title).Append(' ').Append(dataset.Identifier).Append(' ').Append(dataset.Project).Append(' ').Append(dataset.Description);
        foreach (string keyword in dataset.Keywords)
        {
            text.Append(' ').Append(keyword);
        }

        foreach (MapField field in dataset.Fields)
        {
            text.Append(' ').Append(field.Name);
            if (field.Category is { } category)
            {
                text.Append(' ').Append(category);
            }
        }

        return text.ToString().ToLowerInvariant();
    }

    private static void WriteDownloads(StringBuilder html, Labels labels)
    {
        html.Append("<h2>").Text(labels.Downloads).Append("</h2>\n<ul class=\"downloads\">\n");
        foreach (string file in new[] { MapLayout.CatalogueJsonLd, MapLayout.CatalogueTurtle, MapLayout.RegisterJson, MapLayout.RegisterCsv, MapLayout.ChecksJson })
        {
            html.Append("<li>").Link(file, file).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }
}
