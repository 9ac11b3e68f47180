using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataSteward.Catalogue;

namespace DataSteward.Tool.Output;

/// <summary>
/// The organisation's article 30 register: every project's register, as the catalogue library renders it for that
/// project's build, gathered into one. Each record keeps every property of the project's record and is prefixed with the
/// project and its controller and DPO (projects of one organisation may have different controllers). The CSV gains a
/// first <c>project</c> column; it uses the first project's delimiter and header (French: <c>;</c>, with a byte-order mark).
/// </summary>
internal static class OrganisationRegister
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(string catalogueIri, IReadOnlyList<(string Project, DataCatalogueModel Model)> projects)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteString("catalogue", catalogueIri);
            json.WriteStartArray("records");
            foreach ((string project, DataCatalogueModel model) in projects)
            {
                using JsonDocument register = JsonDocument.Parse(CatalogueRenderer.RegisterJson(model));
                JsonElement root = register.RootElement;
                foreach (JsonElement record in root.GetProperty("records").EnumerateArray())
                {
                    json.WriteStartObject();
                    json.WriteString("project", project);
                    foreach (JsonProperty header in root.EnumerateObject())
                    {
                        if (header.Name != "records")
                        {
                            header.WriteTo(json);
                        }
                    }

                    foreach (JsonProperty property in record.EnumerateObject())
                    {
                        property.WriteTo(json);
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>The CSV text and whether it needs a byte-order mark (when the first project's register is French).</summary>
    public static (string Text, bool ByteOrderMark) Csv(IReadOnlyList<(string Project, DataCatalogueModel Model)> projects)
    {
        var csv = new StringBuilder();
        char? delimiter = null;
        bool byteOrderMark = false;
        foreach ((string project, DataCatalogueModel model) in projects)
        {
            string text = CatalogueRenderer.RegisterCsv(model).TrimStart('\uFEFF');
            char own = FirstLineHas(text, ';') ? ';' : ',';
            List<List<string>> rows = CsvRows.Parse(text, own);
            if (rows.Count == 0)
            {
                continue;
            }

            if (delimiter is null)
            {
                delimiter = own;
                byteOrderMark = own == ';';
                CsvRows.Write(csv, delimiter.Value, ["project", .. rows[0]]);
            }

            for (int i = 1; i < rows.Count; i++)
            {
                CsvRows.Write(csv, delimiter.Value, [project, .. rows[i]]);
            }
        }

        return (csv.ToString(), byteOrderMark);
    }

    private static bool FirstLineHas(string text, char c)
    {
        int end = text.IndexOf('\n');
        return (end < 0 ? text : text.Substring(0, end)).IndexOf(c) >= 0;
    }
}
