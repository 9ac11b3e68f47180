using System.Collections.Generic;
using System.Text;
using DataSteward.Catalogue.Json;

namespace DataSteward.Catalogue.Rendering;

/// <summary>Writes an <see cref="RdfGraph"/> as compacted JSON-LD (an inline <c>@context</c>, no remote context) and as Turtle.</summary>
internal static class RdfWriters
{
    public static string ToJsonLd(RdfGraph graph)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Name("@context").StartObject();
        foreach ((string prefix, string ns) in RdfGraph.Prefixes)
        {
            json.Property(prefix, ns);
        }

        json.EndObject();
        json.Name("@graph").StartArray();
        foreach (RdfNode node in graph.Nodes)
        {
            WriteNode(json, node);
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    private static void WriteNode(JsonWriter json, RdfNode node)
    {
        json.StartObject();
        if (node.Iri is not null)
        {
            json.Property("@id", node.Iri);
        }

        json.Property("@type", node.Type);
        foreach ((string predicate, List<RdfValue> values) in node.Grouped())
        {
            json.Name(predicate);
            if (values.Count == 1)
            {
                WriteValue(json, values[0]);
                continue;
            }

            json.StartArray();
            foreach (RdfValue value in values)
            {
                WriteValue(json, value);
            }

            json.EndArray();
        }

        json.EndObject();
    }

    private static void WriteValue(JsonWriter json, RdfValue value)
    {
        if (value.Node is not null)
        {
            WriteNode(json, value.Node);
        }
        else if (value.Iri is not null)
        {
            json.StartObject().Property("@id", value.Iri).EndObject();
        }
        else if (value.Datatype is not null)
        {
            json.StartObject().Property("@value", value.Text!).Property("@type", value.Datatype).EndObject();
        }
        else if (value.Language is not null)
        {
            json.StartObject().Property("@value", value.Text!).Property("@language", value.Language).EndObject();
        }
        else
        {
            json.String(value.Text!);
        }
    }

    public static string ToTurtle(RdfGraph graph)
    {
        var text = new StringBuilder();
        foreach ((string prefix, string ns) in RdfGraph.Prefixes)
        {
            text.Append("@prefix ").Append(prefix).Append(": <").Append(ns).Append("> .\n");
        }

        foreach (RdfNode node in graph.Nodes)
        {
            text.Append('\n');
            AppendIri(text, node.Iri!);
            WriteProperties(text, node, 1);
            text.Append(" .\n");
        }

        return text.ToString();
    }

    private static void WriteProperties(StringBuilder text, RdfNode node, int depth)
    {
        string indent = new(' ', depth * 4);
        text.Append('\n').Append(indent).Append("a ").Append(node.Type);
        foreach ((string predicate, List<RdfValue> values) in node.Grouped())
        {
            text.Append(" ;\n").Append(indent).Append(predicate).Append(' ');
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                WriteValue(text, values[i], depth);
            }
        }
    }

    private static void WriteValue(StringBuilder text, RdfValue value, int depth)
    {
        if (value.Node is not null)
        {
            text.Append('[');
            WriteProperties(text, value.Node, depth + 1);
            text.Append('\n').Append(' ', depth * 4).Append(']');
        }
        else if (value.Iri is not null)
        {
            AppendIri(text, value.Iri);
        }
        else
        {
            text.Append('"');
            foreach (char c in value.Text!)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == '\u007f')
                        {
                            text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
            if (value.Datatype is not null)
            {
                text.Append("^^").Append(value.Datatype);
            }
            else if (value.Language is not null)
            {
                text.Append('@').Append(value.Language);
            }
        }
    }

    // IRIREF forbids spaces, controls and <>"{}|^`\ : percent-encode them (the JSON-LD keeps the IRI as given, valid there).
    private static void AppendIri(StringBuilder text, string iri)
    {
        text.Append('<');
        foreach (char c in iri)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                text.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('>');
    }
}
