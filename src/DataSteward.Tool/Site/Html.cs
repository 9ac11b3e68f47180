using System.Net;
using System.Text;

namespace DataSteward.Tool.Site;

/// <summary>Small helpers over a <see cref="StringBuilder"/>: every text and attribute value goes through <see cref="Text"/>.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static StringBuilder Text(this StringBuilder html, string? text) => html.Append(Encode(text));

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
