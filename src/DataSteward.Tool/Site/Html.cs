using System.Text;

namespace DataSteward.Tool.Site;

/// <summary>Small helpers over a <see cref="StringBuilder"/>: every text and attribute value goes through <see cref="Text"/>.</summary>
internal static class Html
{
    public static string Encode(string? text) => new StringBuilder().Text(text).ToString();

    /// <summary>
    /// Appends text escaped for element content and quoted attribute values: only the five characters HTML gives a
    /// meaning to, so accented text stays readable in the page source (the pages are UTF-8).
    /// </summary>
    public static StringBuilder Text(this StringBuilder html, string? text)
    {
        foreach (char c in text ?? string.Empty)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }

        return html;
    }

    public static StringBuilder Element(this StringBuilder html, string tag, string? text) =>
        html.Append('<').Append(tag).Append('>').Text(text).Append("</").Append(tag).Append('>');

    public static StringBuilder Link(this StringBuilder html, string href, string text) =>
        html.Append("<a href=\"").Text(href).Append("\">").Text(text).Append("</a>");

    /// <summary>A link when <paramref name="value"/> is an absolute http(s) or mailto address, else the plain text.</summary>
    public static StringBuilder MaybeLink(this StringBuilder html, string? value, string empty)
    {
        if (string.IsNullOrEmpty(value))
        {
            return html.Text(empty);
        }

        bool linkable = value.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) ||
                        value.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase) ||
                        value.StartsWith("mailto:", System.StringComparison.OrdinalIgnoreCase);
        string text = value.StartsWith("mailto:", System.StringComparison.OrdinalIgnoreCase) ? value.Substring("mailto:".Length) : value;
        return linkable ? html.Link(value, text) : html.Text(value);
    }
}
