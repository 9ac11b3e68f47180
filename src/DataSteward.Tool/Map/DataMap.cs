using System;
using System.Collections.Generic;

namespace DataSteward.Tool.Map;

/// <summary>
/// The organisation's data map: every project's catalogue, merged. Projects are sorted by name and datasets by project
/// then identifier (ordinal), so everything written from a map is deterministic whatever order the inputs came in.
/// </summary>
internal sealed class DataMap
{
    public DataMap(IEnumerable<MapProject> projects)
    {
        var sortedProjects = new List<MapProject>(projects);
        sortedProjects.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
        Projects = sortedProjects;

        var datasets = new List<MapDataset>();
        foreach (MapProject project in sortedProjects)
        {
            datasets.AddRange(project.Datasets);
        }

        datasets.Sort(CompareDatasets);
        Datasets = datasets;
        Language = CommonLanguage(sortedProjects);
    }

    public IReadOnlyList<MapProject> Projects { get; }

    public IReadOnlyList<MapDataset> Datasets { get; }

    /// <summary>The catalogues' language (its primary subtag: <c>fr-FR</c> is <c>fr</c>) when they all agree, else English.</summary>
    public string Language { get; }

    private static int CompareDatasets(MapDataset left, MapDataset right)
    {
        int byProject = string.CompareOrdinal(left.Project, right.Project);
        return byProject != 0 ? byProject : string.CompareOrdinal(left.Identifier, right.Identifier);
    }

    private static string CommonLanguage(List<MapProject> projects)
    {
        string? language = null;
        foreach (MapProject project in projects)
        {
            string primary = PrimarySubtag(project.Language);
            if (language is null)
            {
                language = primary;
            }
            else if (!string.Equals(language, primary, StringComparison.Ordinal))
            {
                return "en";
            }
        }

        return language ?? "en";
    }

    private static string PrimarySubtag(string language)
    {
        int dash = language.IndexOfAny(['-', '_']);
        return (dash < 0 ? language : language.Substring(0, dash)).Trim().ToLowerInvariant();
    }
}
