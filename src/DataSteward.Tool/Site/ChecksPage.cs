using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DataSteward.Tool.Checks;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Text;

namespace DataSteward.Tool.Site;

/// <summary><c>checks.html</c>: the cross-project findings, grouped by check, each with the datasets (and fields) it names.</summary>
internal static class ChecksPage
{
    public static string Write(IReadOnlyList<Finding> findings, Labels labels)
    {
        StringBuilder html = PageLayout.Start(labels, labels.ChecksTitle, depth: 0, PageLayout.Section.Checks);
        html.Append("<h1>").Text(labels.ChecksTitle).Append("</h1>\n<p>").Text(labels.ChecksIntro).Append("</p>\n");
        html.Append("<p>").Text(string.Format(CultureInfo.InvariantCulture, labels.Findings, findings.Count)).Append("</p>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>").Text(labels.NoFindings).Append("</p>\n");
            return PageLayout.End(html);
        }

        CheckKind? current = null;
        foreach (Finding finding in findings)
        {
            if (finding.Kind != current)
            {
                current = finding.Kind;
                html.Append("<h2>").Text(labels.CheckLabel(finding.Kind)).Append("</h2>\n");
            }

            html.Append("<section class=\"finding\" id=\"").Text(Anchor(finding)).Append("\" aria-labelledby=\"").Text(Anchor(finding)).Append("-h\">\n")
                .Append("<h3 id=\"").Text(Anchor(finding)).Append("-h\">").Text(finding.Subject).Append("</h3>\n")
                .Append("<table>\n<thead><tr><th scope=\"col\">").Text(labels.Project).Append("</th><th scope=\"col\">").Text(labels.Dataset)
                .Append("</th><th scope=\"col\">").Text(labels.Field).Append("</th><th scope=\"col\">").Text(labels.Value).Append("</th></tr></thead>\n<tbody>\n");
            foreach (FindingHolder holder in finding.Holders)
            {
                html.Append("<tr><td>").Text(holder.Dataset.Project).Append("</td><td>").Link(MapLayout.DatasetPage(holder.Dataset), holder.Dataset.Title)
                    .Append("</td><td>").Text(holder.Field).Append("</td><td>").Text(Value(holder, finding.Kind, labels)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        return PageLayout.End(html);
    }

    /// <summary>A stable fragment id for a finding: its kind and subject.</summary>
    public static string Anchor(Finding finding) =>
        ChecksJsonWriter.Name(finding.Kind) + "-" + MapLayout.SafeName(finding.Subject);


    private static string? Value(FindingHolder holder, CheckKind kind, Labels labels) => kind switch
    {
        CheckKind.LegalBasisDiffers => labels.LegalBasisLabel(holder.Dataset.LegalBasis),
        CheckKind.DuplicateIdentifier or CheckKind.DuplicateUri => holder.Dataset.Iri,
        _ => holder.Value,
    };
}
