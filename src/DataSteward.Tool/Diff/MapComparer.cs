using DataSteward.Catalogue;
using System;
using System.Collections.Generic;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Diff;

/// <summary>
/// Compares two maps dataset by dataset (a dataset is the same when its project and identifier are), and field by
/// field (by name). Only what a DPO reviews is reported: personal data appearing or disappearing, its kind, access,
/// retention and legal basis. Output order is the maps' order (project, identifier), then field order.
/// </summary>
internal static class MapComparer
{
    public static MapChanges Compare(DataMap before, DataMap after)
    {
        var old = new Dictionary<string, MapDataset>(StringComparer.Ordinal);
        foreach (MapDataset dataset in before.Datasets)
        {
            old[dataset.Key] = dataset;
        }

        var added = new List<MapDataset>();
        var changed = new List<DatasetChange>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (MapDataset dataset in after.Datasets)
        {
            if (old.TryGetValue(dataset.Key, out MapDataset? previous))
            {
                kept.Add(dataset.Key);
                CompareDataset(previous, dataset, changed);
            }
            else
            {
                added.Add(dataset);
            }
        }

        List<MapDataset> removed = new List<MapDataset>(before.Datasets).FindAll(dataset => !kept.Contains(dataset.Key));
        return new MapChanges(added, removed, changed);
    }

    private static void CompareDataset(MapDataset before, MapDataset after, List<DatasetChange> changes)
    {
        var oldFields = new Dictionary<string, MapField>(StringComparer.Ordinal);
        foreach (MapField field in before.Fields)
        {
            oldFields[field.Name] = field;
        }

        var newNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (MapField field in after.Fields)
        {
            newNames.Add(field.Name);
            if (!oldFields.TryGetValue(field.Name, out MapField? previous))
            {
                if (field.IsPersonal)
                {
                    changes.Add(new DatasetChange(after, ChangeKind.PersonalFieldAdded, field.Name, null, field.Category));
                }
            }
            else if (field.IsPersonal && !previous.IsPersonal)
            {
                changes.Add(new DatasetChange(after, ChangeKind.FieldBecamePersonal, field.Name, null, field.Category));
            }
            else if (!field.IsPersonal && previous.IsPersonal)
            {
                string? now = field.Classification == FieldClassification.Pseudonymised ? "pseudonymised" : null;
                changes.Add(new DatasetChange(after, ChangeKind.FieldNoLongerPersonal, field.Name, previous.Category, now));
            }
            else if (field.IsPersonal && !string.Equals(field.Category, previous.Category, StringComparison.Ordinal))
            {
                changes.Add(new DatasetChange(after, ChangeKind.FieldCategoryChanged, field.Name, previous.Category, field.Category));
            }
        }

        foreach (MapField field in before.Fields)
        {
            if (field.IsPersonal && !newNames.Contains(field.Name))
            {
                changes.Add(new DatasetChange(after, ChangeKind.PersonalFieldRemoved, field.Name, field.Category, null));
            }
        }

        if (before.Access != after.Access)
        {
            changes.Add(new DatasetChange(after, ChangeKind.AccessChanged, null, Codes.Access(before.Access), Codes.Access(after.Access)));
        }

        if (!string.Equals(before.Retention, after.Retention, StringComparison.Ordinal))
        {
            changes.Add(new DatasetChange(after, ChangeKind.RetentionChanged, null, before.Retention, after.Retention));
        }

        if (before.LegalBasis != after.LegalBasis)
        {
            changes.Add(new DatasetChange(after, ChangeKind.LegalBasisChanged, null, Basis(before.LegalBasis), Basis(after.LegalBasis)));
        }
    }

    private static string? Basis(LawfulBasis? basis) => basis is { } value ? Codes.LegalBasis(value) : null;
}
