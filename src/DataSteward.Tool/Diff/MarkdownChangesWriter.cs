using DataSteward.Catalogue;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Diff;

/// <summary>
/// The changes as Markdown for a pull request or a DPO review: a summary line, the datasets added and removed (with
/// whether they hold personal data), then each changed dataset with one bullet per change.
/// </summary>
internal static class MarkdownChangesWriter
{
    public static string Write(MapChanges changes)
    {
        var md = new StringBuilder();
        md.Append("# Data map changes\n\n");
        if (changes.IsEmpty)
        {
            md.Append("No change to datasets, personal data, access, retention or legal bases.\n");
            return md.ToString();
        }

        md.Append(Count(changes.Added.Count, "dataset")).Append(" added, ")
          .Append(Count(changes.Removed.Count, "dataset")).Append(" removed, ")
          .Append(Count(changes.Changed.Count, "change")).Append(" to existing datasets.\n");

        WriteDatasets(md, "Datasets added", changes.Added);
        WriteDatasets(md, "Datasets removed", changes.Removed);
        if (changes.Changed.Count > 0)
        {
            md.Append("\n## Changes\n");
            string? current = null;
            foreach (DatasetChange change in changes.Changed)
            {
                if (change.Dataset.Key != current)
                {
                    current = change.Dataset.Key;
                    md.Append("\n### ").Append(Escape(change.Dataset.Title)).Append(" (`").Append(change.Dataset.Key).Append("`)\n\n");
                }

                md.Append("- ").Append(Describe(change)).Append('\n');
            }
        }

        return md.ToString();
    }

    private static void WriteDatasets(StringBuilder md, string heading, IReadOnlyList<MapDataset> datasets)
    {
        if (datasets.Count == 0)
        {
            return;
        }

        md.Append("\n## ").Append(heading).Append("\n\n");
        md.Append("| project | dataset | title | access | personal data |\n|---|---|---|---|---|\n");
        foreach (MapDataset dataset in datasets)
        {
            md.Append("| ").Append(Escape(dataset.Project))
              .Append(" | `").Append(dataset.Identifier).Append('`')
              .Append(" | ").Append(Escape(dataset.Title))
              .Append(" | ").Append(Codes.Access(dataset.Access))
              .Append(" | ").Append(Escape(PersonalSummary(dataset)))
              .Append(" |\n");
        }
    }

    private static string Describe(DatasetChange change) => change.Kind switch
    {
        ChangeKind.FieldBecamePersonal => Field(change) + " became personal data (" + change.After + ")",
        ChangeKind.FieldNoLongerPersonal => Field(change) + " is no longer personal data (was " + change.Before + (change.After is null ? ")" : "; now " + change.After + ")"),
        ChangeKind.FieldCategoryChanged => Field(change) + " now holds " + change.After + " (was " + change.Before + ")",
        ChangeKind.PersonalFieldAdded => "new field " + Field(change) + " holds personal data (" + change.After + ")",
        ChangeKind.PersonalFieldRemoved => Field(change) + ", which held personal data (" + change.Before + "), was removed",
        ChangeKind.AccessChanged => "access: " + change.Before + " → " + change.After,
        ChangeKind.RetentionChanged => "retention: " + (change.Before ?? "not stated") + " → " + (change.After ?? "not stated"),
        _ => "legal basis: " + (change.Before ?? "not stated") + " → " + (change.After ?? "not stated"),
    };

    private static string Field(DatasetChange change) => "field `" + change.Field + "`";

    private static string PersonalSummary(MapDataset dataset)
    {
        var categories = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (MapField field in dataset.Fields)
        {
            if (field.IsPersonal && field.Category is { } category)
            {
                categories.Add(field.Classification == FieldClassification.SpecialCategory ? category + " (special category)" : category);
            }
        }

        return categories.Count == 0 ? "none" : string.Join(", ", categories);
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    // Table cells and headings: a '|' would end the cell, a newline the row.
    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ").Replace("\r", string.Empty);
}
