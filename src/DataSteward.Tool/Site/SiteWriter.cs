using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Tool.Checks;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Text;

namespace DataSteward.Tool.Site;

/// <summary>
/// Writes the static site of a map: <c>index.html</c> (search and filters), a page per dataset, the personal-data
/// view, the register and the checks, with the style sheet and script. No server, no CDN: every link is relative.
/// </summary>
internal static class SiteWriter
{

    /// <param name="map">The merged map.</param>
    /// <param name="findings">The cross-project findings, listed on the checks page and on each dataset they name.</param>
    /// <param name="output">The map folder.</param>
    /// <param name="title">The map's title (<c>--title</c>) as the index page's heading; null for the site's name.</param>
    /// <param name="datasetWritten">Called with the count of dataset pages written so far (progress).</param>
    public static void Write(DataMap map, IReadOnlyList<Finding> findings, OutputFolder output, string? title = null, Action<int>? datasetWritten = null)
    {
        Labels labels = Labels.For(map.Language);
        output.Write(MapLayout.StyleSheet, Asset("site.css"));
        output.Write(MapLayout.Script, Asset("site.js"));
        output.Write(MapLayout.Index, IndexPage.Write(map, findings, labels, title ?? labels.SiteTitle));
        output.Write(MapLayout.PersonalDataPage, PersonalDataPage.Write(map, labels));
        output.Write(MapLayout.RegisterPage, RegisterPage.Write(map, labels));
        output.Write(MapLayout.ChecksPage, ChecksPage.Write(findings, labels));

        var findingsByDataset = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (Finding finding in findings)
        {
            foreach (FindingHolder holder in finding.Holders)
            {
                if (!findingsByDataset.TryGetValue(holder.Dataset.Key, out List<Finding>? list))
                {
                    findingsByDataset.Add(holder.Dataset.Key, list = []);
                }

                if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], finding))
                {
                    list.Add(finding);
                }
            }
        }

        int written = 0;
        Parallel.ForEach(map.Datasets, OutputFolder.Parallelism, dataset =>
        {
            IReadOnlyList<Finding> own = findingsByDataset.TryGetValue(dataset.Key, out List<Finding>? list) ? list : [];
            output.Write(MapLayout.DatasetPage(dataset), DatasetPage.Write(dataset, own, labels));
            datasetWritten?.Invoke(Interlocked.Increment(ref written));
        });
    }

    private static string Asset(string name)
    {
        using Stream stream = typeof(SiteWriter).Assembly.GetManifestResourceStream("DataSteward.Tool.Site." + name)
            ?? throw new InvalidOperationException("The site asset '" + name + "' is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
