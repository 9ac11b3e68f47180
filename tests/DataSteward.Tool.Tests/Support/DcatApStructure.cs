using System.Text.Json;

namespace DataSteward.Tool.Tests.Support;

/// <summary>
/// A structural check of a compacted DCAT-AP 3.0.1 JSON-LD graph (as the catalogue library writes it: an inline
/// <c>@context</c> and a flat <c>@graph</c>), for the classes' mandatory properties in the DCAT-AP shapes: a Catalogue
/// has a title, a description and a publisher; a Dataset a title and a description; a Distribution an access URL; an
/// Agent a name. Every link to a dataset, distribution or publisher must resolve to a node of the right class, and every
/// IRI must be absolute. The SHACL validation proper is run by hand (see the README).
/// </summary>
internal static class DcatApStructure
{
    public static List<string> Problems(JsonElement document)
    {
        var problems = new List<string>();
        var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonElement node in document.GetProperty("@graph").EnumerateArray())
        {
            string id = node.GetProperty("@id").GetString()!;
            if (!Uri.TryCreate(id, UriKind.Absolute, out _))
            {
                problems.Add(id + ": not an absolute IRI");
            }

            nodes.TryAdd(id, node);
        }

        foreach ((string id, JsonElement node) in nodes)
        {
            switch (node.GetProperty("@type").GetString())
            {
                case "dcat:Catalog":
                    Require(problems, id, node, "dct:title", "dct:description", "dct:publisher");
                    Links(problems, id, node, "dcat:dataset", "dcat:Dataset", nodes);
                    Links(problems, id, node, "dcat:catalog", "dcat:Catalog", nodes);
                    Links(problems, id, node, "dct:publisher", "foaf:Agent", nodes);
                    break;
                case "dcat:Dataset":
                    Require(problems, id, node, "dct:title", "dct:description");
                    Links(problems, id, node, "dcat:distribution", "dcat:Distribution", nodes);
                    Links(problems, id, node, "dct:publisher", "foaf:Agent", nodes);
                    break;
                case "dcat:Distribution":
                    Require(problems, id, node, "dcat:accessURL");
                    break;
                case "foaf:Agent":
                    Require(problems, id, node, "foaf:name");
                    break;
                default:
                    problems.Add(id + ": unexpected type " + node.GetProperty("@type"));
                    break;
            }
        }

        return problems;
    }

    public static IEnumerable<string> LinkedIds(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out JsonElement value))
        {
            yield break;
        }

        foreach (JsonElement link in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
        {
            yield return link.GetProperty("@id").GetString()!;
        }
    }

    private static void Require(List<string> problems, string id, JsonElement node, params string[] properties)
    {
        foreach (string property in properties)
        {
            if (!node.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null ||
                (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
            {
                problems.Add(id + ": no " + property);
            }
        }
    }

    private static void Links(List<string> problems, string id, JsonElement node, string property, string type, Dictionary<string, JsonElement> nodes)
    {
        foreach (string target in LinkedIds(node, property))
        {
            if (!nodes.TryGetValue(target, out JsonElement linked) || linked.GetProperty("@type").GetString() != type)
            {
                problems.Add(id + ": " + property + " " + target + " is not a " + type + " of the graph");
            }
        }
    }
}
