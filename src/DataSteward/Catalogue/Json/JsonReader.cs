using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataSteward.Catalogue.Json;

/// <summary>
/// A strict, small JSON reader (RFC 8259), written once for every reader of JSON in the package: the baseline file and
/// the compiler's SARIF log (analysers and build task) and the compact catalogue model (runtime library, build task,
/// data-map tool). The analysers cannot rely on System.Text.Json being present in the compiler host and the runtime
/// library takes no JSON dependency, so this file is compiled into each assembly (linked, as <c>JsonWriter</c> is).
/// Objects become <see cref="Dictionary{TKey,TValue}"/> (ordinal keys, last duplicate wins), arrays <see cref="List{T}"/>,
/// numbers <see cref="double"/>; a leading byte-order mark is skipped; a syntax error is a <see cref="FormatException"/>
/// that names the line and column.
/// </summary>
internal sealed class JsonReader
{
    // Nesting deeper than this is no document of ours; the limit keeps a hostile file from exhausting the stack.
    private const int MaximumDepth = 64;

    private readonly string text;
    private int position;

    private JsonReader(string text) => this.text = text;

    /// <summary>Parses one JSON value filling the whole text (white space aside).</summary>
    public static object? Parse(string text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhiteSpace();
        if (reader.position < text.Length && text[reader.position] == '\uFEFF')
        {
            reader.position++;
            reader.SkipWhiteSpace();
        }

        object? value = reader.ReadValue(0);
        reader.SkipWhiteSpace();
        if (reader.position != text.Length)
        {
            throw reader.Error("unexpected text after the end of the document");
        }

        return value;
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaximumDepth)
        {
            throw Error("the document is nested too deeply");
        }

        if (position >= text.Length)
        {
            throw Error("the document ends too early");
        }

        switch (text[position])
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString();
            case 't':
                ReadLiteral("true");
                return true;
            case 'f':
                ReadLiteral("false");
                return false;
            case 'n':
                ReadLiteral("null");
                return null;
            default:
                return ReadNumber();
        }
    }

    private Dictionary<string, object?> ReadObject(int depth)
    {
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        position++;
        SkipWhiteSpace();
        if (Peek() == '}')
        {
            position++;
            return members;
        }

        while (true)
        {
            SkipWhiteSpace();
            if (Peek() != '"')
            {
                throw Error("a property name in double quotes was expected");
            }

            string name = ReadString();
            SkipWhiteSpace();
            Expect(':');
            SkipWhiteSpace();
            members[name] = ReadValue(depth + 1);
            SkipWhiteSpace();
            char next = Peek();
            position++;
            if (next == '}')
            {
                return members;
            }

            if (next != ',')
            {
                position--;
                throw Error("',' or '}' was expected");
            }
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var items = new List<object?>();
        position++;
        SkipWhiteSpace();
        if (Peek() == ']')
        {
            position++;
            return items;
        }

        while (true)
        {
            SkipWhiteSpace();
            items.Add(ReadValue(depth + 1));
            SkipWhiteSpace();
            char next = Peek();
            position++;
            if (next == ']')
            {
                return items;
            }

            if (next != ',')
            {
                position--;
                throw Error("',' or ']' was expected");
            }
        }
    }

    private string ReadString()
    {
        position++;
        var value = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("a string is not closed");
            }

            char c = text[position++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c < ' ')
            {
                position--;
                throw Error("a control character must be escaped in a string");
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            char escape = Peek();
            position++;
            switch (escape)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length ||
                        !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Error("'\\u' must be followed by four hexadecimal digits");
                    }

                    value.Append((char)code);
                    position += 4;
                    break;
                default:
                    position -= 2;
                    throw Error("unknown escape sequence in a string");
            }
        }
    }

    private double ReadNumber()
    {
        int start = position;
        while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0)
        {
            position++;
        }

        string number = text.Substring(start, position - start);
        if (number.Length == 0 ||
            !double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double value))
        {
            position = start;
            throw Error("a value was expected");
        }

        return value;
    }

    private void ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
        {
            throw Error("a value was expected");
        }

        position += literal.Length;
    }

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            throw Error($"'{expected}' was expected");
        }

        position++;
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipWhiteSpace()
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\r' or '\n')
        {
            position++;
        }
    }

    private FormatException Error(string what)
    {
        int line = 1;
        int column = 1;
        for (int i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new FormatException(string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}: {2}", line, column, what));
    }
}
