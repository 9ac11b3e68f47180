using System;
using System.Collections.Generic;
using System.Text;

namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// A tiny RDF graph: the catalogue is built once as nodes, then written as JSON-LD and as Turtle, so the two files
/// are the same graph by construction. Nodes keep their insertion order; the builder inserts in a sorted order.
/// </summary>
internal sealed class RdfGraph
{
    public static readonly (string Prefix, string Namespace)[] Prefixes =
    [
        ("dcat", "http://www.w3.org/ns/dcat#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("dpv", CatalogueTerms.Dpv),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("vcard", "http://www.w3.org/2006/vcard/ns#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    public List<RdfNode> Nodes { get; } = [];

    public RdfNode Add(string iri, string type)
    {
        var node = new RdfNode(iri, type);
        Nodes.Add(node);
        return node;
    }

    public static string Expand(string compact)
    {
        int colon = compact.IndexOf(':');
        string prefix = compact.Substring(0, colon);
        foreach ((string p, string ns) in Prefixes)
        {
            if (string.Equals(p, prefix, StringComparison.Ordinal))
            {
                return ns + compact.Substring(colon + 1);
            }
        }

        throw new InvalidOperationException("Unknown prefix: " + compact);
    }

    /// <summary>Percent-encodes what may not appear in an IRI path segment (and in a Turtle IRIREF).</summary>
    public static string Segment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            char c = (char)b;
            bool safe = b < 0x80 && (char.IsLetterOrDigit(c) || c is '-' or '.' or '_' or '~');
            if (safe)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}

/// <summary>A subject: an IRI, or a blank node (null IRI) nested in its one referrer.</summary>
internal sealed class RdfNode
{
    public RdfNode(string? iri, string type)
    {
        Iri = iri;
        Type = type;
    }

    public string? Iri { get; }

    /// <summary>The rdf:type, compact (<c>dcat:Dataset</c>).</summary>
    public string Type { get; }

    public List<(string Predicate, RdfValue Value)> Properties { get; } = [];

    public RdfNode Literal(string predicate, string? text, string? datatype = null)
    {
        if (text is not null)
        {
            Properties.Add((predicate, new RdfValue(null, text, datatype, null)));
        }

        return this;
    }

    /// <summary>A text in a natural language: tagged (<c>"…"@fr</c>) when the language is known, else a plain literal.</summary>
    public RdfNode Text(string predicate, string? text, string? language)
    {
        if (text is not null)
        {
            Properties.Add((predicate, new RdfValue(null, text, null, null, language)));
        }

        return this;
    }

    public RdfNode Link(string predicate, string? iri)
    {
        if (iri is not null)
        {
            Properties.Add((predicate, new RdfValue(iri, null, null, null)));
        }

        return this;
    }

    public RdfNode Blank(string predicate, RdfNode node)
    {
        Properties.Add((predicate, new RdfValue(null, null, null, node)));
        return this;
    }

    /// <summary>Predicates in first-use order, each with its values in insertion order.</summary>
    public List<(string Predicate, List<RdfValue> Values)> Grouped()
    {
        var groups = new List<(string, List<RdfValue>)>();
        var index = new Dictionary<string, List<RdfValue>>(StringComparer.Ordinal);
        foreach ((string predicate, RdfValue value) in Properties)
        {
            if (!index.TryGetValue(predicate, out List<RdfValue>? values))
            {
                values = [];
                index.Add(predicate, values);
                groups.Add((predicate, values));
            }

            values.Add(value);
        }

        return groups;
    }
}

/// <summary>An object: an IRI, a literal (with an optional compact datatype or language tag), or a blank node.</summary>
internal sealed class RdfValue
{
    public RdfValue(string? iri, string? text, string? datatype, RdfNode? node, string? language = null)
    {
        Iri = iri;
        Text = text;
        Datatype = datatype;
        Node = node;
        Language = language;
    }

    public string? Language { get; }

    public string? Iri { get; }

    public string? Text { get; }

    public string? Datatype { get; }

    public RdfNode? Node { get; }
}
