using System.Text;
using DataSteward.Tool.Output;
using DataSteward.Tool.Text;

namespace DataSteward.Tool.Site;

/// <summary>
/// The frame of every page: language, title, the style sheet and script (relative paths, so the site works from
/// <c>file://</c>), a skip link, the navigation with the current page marked, and one <c>main</c> landmark.
/// </summary>
internal static class PageLayout
{
    public enum Section
    {
        Datasets,
        PersonalData,
        Register,
        Checks,
    }

    /// <summary>Starts a page at <paramref name="depth"/> folders below the site root, up to the opening of <c>main</c>.</summary>
    public static StringBuilder Start(Labels labels, string title, int depth, Section current)
    {
        string root = Root(depth);
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(labels.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Text(title).Append(" · ").Text(labels.SiteTitle).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(root).Append(MapLayout.StyleSheet).Append("\">\n")
            .Append("<script src=\"").Append(root).Append(MapLayout.Script).Append("\" defer></script>\n")
            .Append("</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">").Text(labels.SkipToContent).Append("</a>\n")
            .Append("<header>\n<p class=\"site-title\"><a href=\"").Append(root).Append(MapLayout.Index).Append("\">").Text(labels.SiteTitle).Append("</a></p>\n")
            .Append("<nav aria-label=\"").Text(labels.SiteTitle).Append("\">\n<ul>\n");
        NavItem(html, root + MapLayout.Index, labels.NavDatasets, current == Section.Datasets);
        NavItem(html, root + MapLayout.PersonalDataPage, labels.NavPersonalData, current == Section.PersonalData);
        NavItem(html, root + MapLayout.RegisterPage, labels.NavRegister, current == Section.Register);
        NavItem(html, root + MapLayout.ChecksPage, labels.NavChecks, current == Section.Checks);
        html.Append("</ul>\n</nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n");
        return html;
    }

    public static string End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n").ToString();

    public static string Root(int depth)
    {
        var prefix = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            prefix.Append("../");
        }

        return prefix.ToString();
    }

    private static void NavItem(StringBuilder html, string href, string text, bool current)
    {
        html.Append("<li><a href=\"").Text(href).Append('"');
        if (current)
        {
            html.Append(" aria-current=\"page\"");
        }

        html.Append('>').Text(text).Append("</a></li>\n");
    }
}
