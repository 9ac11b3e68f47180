using DataSteward.Catalogue;
using System;
using System.Collections.Generic;
using System.Text;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Checks;

/// <summary>
/// The checks only a map can make, because each one needs two projects: the same dataset identifier or URI published
/// twice, an open dataset holding a field another project classifies as personal, and the same kind of personal data
/// kept for different retention periods or under different legal bases. Linear in the number of fields; findings are
/// sorted by kind then subject.
/// </summary>
internal static class CrossProjectChecks
{
    public static IReadOnlyList<Finding> Run(DataMap map)
    {
        var findings = new List<Finding>();
        findings.AddRange(SharedKeys(map, CheckKind.DuplicateIdentifier, dataset => dataset.Identifier, StringComparer.Ordinal));
        findings.AddRange(SharedKeys(map, CheckKind.DuplicateUri, dataset => dataset.Iri, StringComparer.Ordinal));
        findings.AddRange(OpenFieldsPersonalElsewhere(map));
        findings.AddRange(DifferingValues(map, CheckKind.RetentionDiffers, dataset => dataset.Retention));
        findings.AddRange(DifferingValues(map, CheckKind.LegalBasisDiffers, dataset => dataset.LegalBasis is { } basis ? Codes.LegalBasis(basis) : null));
        return findings;
    }

    // A key held by datasets of two projects or more. The same key twice in one project is the build's error (DS0205).
    private static IEnumerable<Finding> SharedKeys(DataMap map, CheckKind kind, Func<MapDataset, string> key, StringComparer comparer)
    {
        var byKey = new SortedDictionary<string, List<MapDataset>>(comparer);
        foreach (MapDataset dataset in map.Datasets)
        {
            string value = key(dataset);
            if (!byKey.TryGetValue(value, out List<MapDataset>? holders))
            {
                byKey.Add(value, holders = []);
            }

            holders.Add(dataset);
        }

        foreach (KeyValuePair<string, List<MapDataset>> entry in byKey)
        {
            if (ProjectCount(entry.Value) > 1)
            {
                yield return new Finding(kind, entry.Key, entry.Value.ConvertAll(dataset => new FindingHolder(dataset, null, null)));
            }
        }
    }

    // A field that is unclassified in an open dataset but personal in another project: one finding per field name,
    // the open datasets first, then the holders that classify it. A field declared [NotPersonalData] is a decision
    // someone made (the address of a public building), so it is not second-guessed. Linear: grouped by name once.
    private static IEnumerable<Finding> OpenFieldsPersonalElsewhere(DataMap map)
    {
        var byName = new SortedDictionary<string, (List<FindingHolder> Open, List<FindingHolder> Personal)>(StringComparer.Ordinal);
        foreach (MapDataset dataset in map.Datasets)
        {
            foreach (MapField field in dataset.Fields)
            {
                bool open = dataset.Access == DatasetAccess.Public && field.Classification == FieldClassification.None;
                if (!open && !field.IsPersonal)
                {
                    continue;
                }

                string name = FieldKey(field.Name);
                if (!byName.TryGetValue(name, out var holders))
                {
                    byName.Add(name, holders = ([], []));
                }

                (open ? holders.Open : holders.Personal).Add(new FindingHolder(dataset, field.Name, open ? null : field.Category));
            }
        }

        foreach ((List<FindingHolder> open, List<FindingHolder> personal) in byName.Values)
        {
            if (open.Count == 0 || personal.Count == 0)
            {
                continue;
            }

            // Only where another project classifies it: the same project's open dataset is the build's own DS0200.
            var openProjects = new HashSet<string>(StringComparer.Ordinal);
            open.ForEach(holder => openProjects.Add(holder.Dataset.Project));
            List<FindingHolder> elsewhere = personal.FindAll(holder => openProjects.Count > 1 || !openProjects.Contains(holder.Dataset.Project));
            if (elsewhere.Count > 0)
            {
                yield return new Finding(CheckKind.OpenFieldPersonalElsewhere, open[0].Field!, [.. open, .. elsewhere]);
            }
        }
    }

    // One finding per kind of personal data whose holders, in two projects or more, state different values.
    // Unstated values are left out: the build already warns about them (DS0206), and "not stated" is not a choice.
    private static IEnumerable<Finding> DifferingValues(DataMap map, CheckKind kind, Func<MapDataset, string?> value)
    {
        var byCategory = new SortedDictionary<string, List<FindingHolder>>(StringComparer.Ordinal);
        foreach (MapDataset dataset in map.Datasets)
        {
            if (value(dataset) is not { } stated)
            {
                continue;
            }

            foreach (MapField field in dataset.Fields)
            {
                if (field.IsPersonal && field.Category is { } category)
                {
                    if (!byCategory.TryGetValue(category, out List<FindingHolder>? holders))
                    {
                        byCategory.Add(category, holders = []);
                    }

                    holders.Add(new FindingHolder(dataset, field.Name, stated));
                }
            }
        }

        foreach (KeyValuePair<string, List<FindingHolder>> entry in byCategory)
        {
            if (ProjectCount(entry.Value, holder => holder.Dataset) > 1 && DistinctValueCount(entry.Value) > 1)
            {
                yield return new Finding(kind, entry.Key, entry.Value);
            }
        }
    }

    /// <summary>Field names compared across projects: case, '_' and '-' do not matter (<c>date_of_birth</c> = <c>DateOfBirth</c>).</summary>
    public static string FieldKey(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static int ProjectCount(List<MapDataset> datasets) => ProjectCount(datasets, dataset => dataset);

    private static int ProjectCount<T>(List<T> items, Func<T, MapDataset> dataset)
    {
        var projects = new HashSet<string>(StringComparer.Ordinal);
        foreach (T item in items)
        {
            projects.Add(dataset(item).Project);
        }

        return projects.Count;
    }

    private static int DistinctValueCount(List<FindingHolder> holders)
    {
        var values = new HashSet<string?>(StringComparer.Ordinal);
        foreach (FindingHolder holder in holders)
        {
            values.Add(holder.Value);
        }

        return values.Count;
    }
}
