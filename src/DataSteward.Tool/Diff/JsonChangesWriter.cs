using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Diff;

/// <summary>
/// The changes as JSON for tools: <c>added</c> and <c>removed</c> datasets (project, identifier, URI, title, access,
/// personal-data categories) and <c>changes</c> (project, dataset, kind in camelCase, field, before, after).
/// </summary>
internal static class JsonChangesWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(MapChanges changes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            WriteDatasets(json, "added", changes.Added);
            WriteDatasets(json, "removed", changes.Removed);
            json.WriteStartArray("changes");
            foreach (DatasetChange change in changes.Changed)
            {
                json.WriteStartObject();
                json.WriteString("project", change.Dataset.Project);
                json.WriteString("dataset", change.Dataset.Identifier);
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(change.Kind.ToString()));
                WriteOptional(json, "field", change.Field);
                WriteOptional(json, "before", change.Before);
                WriteOptional(json, "after", change.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteDatasets(Utf8JsonWriter json, string name, IReadOnlyList<MapDataset> datasets)
    {
        json.WriteStartArray(name);
        foreach (MapDataset dataset in datasets)
        {
            json.WriteStartObject();
            json.WriteString("project", dataset.Project);
            json.WriteString("dataset", dataset.Identifier);
            json.WriteString("uri", dataset.Iri);
            json.WriteString("title", dataset.Title);
            json.WriteString("access", Codes.Access(dataset.Access));
            json.WriteStartArray("personalData");
            var categories = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (MapField field in dataset.Fields)
            {
                if (field.IsPersonal && field.Category is { } category)
                {
                    categories.Add(category);
                }
            }

            foreach (string category in categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
