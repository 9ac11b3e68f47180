using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataSteward.Tool.Checks;

/// <summary>
/// <c>checks.json</c>: the cross-project findings for tools, <c>{"findings": [{"check", "subject", "holders":
/// [{"project", "dataset", "uri", "field", "value"}]}]}</c>; check names in kebab case (<c>duplicate-identifier</c>).
/// </summary>
internal static class ChecksJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<Finding> findings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (Finding finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("check", Name(finding.Kind));
                json.WriteString("subject", finding.Subject);
                json.WriteStartArray("holders");
                foreach (FindingHolder holder in finding.Holders)
                {
                    json.WriteStartObject();
                    json.WriteString("project", holder.Dataset.Project);
                    json.WriteString("dataset", holder.Dataset.Identifier);
                    json.WriteString("uri", holder.Dataset.Iri);
                    if (holder.Field is not null)
                    {
                        json.WriteString("field", holder.Field);
                    }

                    if (holder.Value is not null)
                    {
                        json.WriteString("value", holder.Value);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>The check's name in outputs and messages: <c>duplicate-identifier</c>, <c>retention-differs</c>…</summary>
    public static string Name(CheckKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
