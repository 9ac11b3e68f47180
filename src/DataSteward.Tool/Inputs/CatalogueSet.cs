using System;
using System.Collections.Generic;
using System.Globalization;
using DataSteward.Catalogue;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Inputs;

/// <summary>
/// The catalogues read for one map, one per project: the same catalogue read twice (a Debug and a Release build, a
/// folder and its assembly) is kept once; two different catalogues of projects with the same assembly name are both
/// kept, the second named <c>Name (2)</c>, so that nothing is silently dropped. Sorted by project name.
/// </summary>
internal sealed class CatalogueSet
{
    public CatalogueSet(IEnumerable<LoadedCatalogue> catalogues)
    {
        var byContent = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var projects = new List<(string Name, LoadedCatalogue Catalogue)>();
        foreach (LoadedCatalogue catalogue in catalogues)
        {
            if (!byContent.Add(catalogue.CompactForm))
            {
                continue;
            }

            string baseName = catalogue.Model.AssemblyName.Length == 0 ? "project" : catalogue.Model.AssemblyName;
            string name = baseName;
            for (int suffix = 2; !names.Add(name); suffix++)
            {
                name = baseName + " (" + suffix.ToString(CultureInfo.InvariantCulture) + ")";
            }

            projects.Add((name, catalogue));
        }

        projects.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
        Projects = projects;
    }

    public IReadOnlyList<(string Name, LoadedCatalogue Catalogue)> Projects { get; }

    public int Count => Projects.Count;

    public DataMap ToMap()
    {
        var projects = new List<MapProject>(Projects.Count);
        foreach ((string name, LoadedCatalogue catalogue) in Projects)
        {
            projects.Add(MapProjects.From(name, catalogue.Source, catalogue.Model));
        }

        return new DataMap(projects);
    }
}
