using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataSteward.Catalogue.Json;

/// <summary>
/// A small JSON writer, indented (two spaces, <c>\n</c>) for the documents or compact for the serialised model, because
/// the runtime library keeps no dependency on System.Text.Json (a netstandard2.0 package with its own dependencies).
/// Escapes what RFC 8259 requires, and non-ASCII control and separator characters; other text is written as is
/// (UTF-8 downstream).
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder text = new();
    private readonly Stack<bool> hasItems = new();
    private readonly bool indented;
    private bool afterName;

    /// <summary>Creates a writer; <paramref name="indented"/> false writes no whitespace and no final line end.</summary>
    public JsonWriter(bool indented = true)
    {
        this.indented = indented;
    }

    public JsonWriter StartObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter Name(string name)
    {
        Separate();
        WriteString(text, name);
        text.Append(indented ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter String(string value)
    {
        Separate();
        WriteString(text, value);
        return this;
    }

    public JsonWriter Number(string invariantNumber)
    {
        Separate();
        text.Append(invariantNumber);
        return this;
    }

    public JsonWriter Number(int value) => Number(value.ToString(CultureInfo.InvariantCulture));

    public JsonWriter Boolean(bool value)
    {
        Separate();
        text.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Property(string name, string value) => Name(name).String(value);

    public JsonWriter Property(string name, bool value) => Name(name).Boolean(value);

    public JsonWriter Property(string name, int value) => Name(name).Number(value);

    /// <summary>Writes the property only when the value is not null.</summary>
    public JsonWriter OptionalProperty(string name, string? value) => value is null ? this : Property(name, value);

    public JsonWriter StringArray(string name, IEnumerable<string> values)
    {
        Name(name).StartArray();
        foreach (string value in values)
        {
            String(value);
        }

        return EndArray();
    }

    public override string ToString() => indented ? text.ToString() + "\n" : text.ToString();

    private JsonWriter Open(char bracket)
    {
        Separate();
        text.Append(bracket);
        hasItems.Push(false);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        bool any = hasItems.Pop();
        if (any)
        {
            NewLine();
        }

        text.Append(bracket);
        return this;
    }

    private void Separate()
    {
        if (afterName)
        {
            afterName = false;
            return;
        }

        if (hasItems.Count == 0)
        {
            return;
        }

        if (hasItems.Pop())
        {
            text.Append(',');
        }

        hasItems.Push(true);
        NewLine();
    }

    private void NewLine()
    {
        if (!indented)
        {
            return;
        }

        text.Append('\n');
        text.Append(' ', hasItems.Count * 2);
    }

    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || c is '\u007f' or '\u2028' or '\u2029' || IsLoneSurrogate(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    // A lone surrogate cannot be encoded in UTF-8: escape it. Well-formed pairs pass through.
    private static bool IsLoneSurrogate(string value, int index)
    {
        char c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(value[index - 1]));
    }
}
