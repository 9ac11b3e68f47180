using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataSteward.Catalogue.Json;

/// <summary>
/// Parses RFC 8259 JSON into plain values: <see cref="Dictionary{TKey,TValue}"/> (objects, ordinal keys),
/// <see cref="List{T}"/> (arrays), <see cref="string"/>, <see cref="JsonNumber"/> (the number's text, so nothing is
/// rounded), <see cref="bool"/> and null. Small on purpose: the runtime library has no JSON dependency.
/// Throws <see cref="FormatException"/> with the offset of the first error.
/// </summary>
internal sealed class JsonReader
{
    // Deeper nesting is not a catalogue: stop before the stack does.
    private const int MaxDepth = 64;

    private readonly string text;
    private int position;

    private JsonReader(string text)
    {
        this.text = text;
    }

    public static object? Parse(string text)
    {
        var reader = new JsonReader(text);
        object? value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader.position != text.Length)
        {
            throw reader.Error("unexpected text after the value");
        }

        return value;
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nested too deeply");
        }

        SkipWhitespace();
        if (position >= text.Length)
        {
            throw Error("unexpected end");
        }

        char c = text[position];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString();
            case 't':
                Expect("true");
                return true;
            case 'f':
                Expect("false");
                return false;
            case 'n':
                Expect("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error("unexpected character '" + c + "'");
        }
    }

    private Dictionary<string, object?> ReadObject(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        position++;
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            if (position >= text.Length || text[position] != '"')
            {
                throw Error("a property name was expected");
            }

            string name = ReadString();
            SkipWhitespace();
            if (!TryConsume(':'))
            {
                throw Error("':' was expected");
            }

            result[name] = ReadValue(depth + 1);
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return result;
            }

            if (!TryConsume(','))
            {
                throw Error("',' or '}' was expected");
            }
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        position++;
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return result;
        }

        while (true)
        {
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return result;
            }

            if (!TryConsume(','))
            {
                throw Error("',' or ']' was expected");
            }
        }
    }

    private string ReadString()
    {
        position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("unterminated string");
            }

            char c = text[position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < 0x20)
            {
                throw Error("control character in a string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                throw Error("unterminated escape");
            }

            char escaped = text[position++];
            switch (escaped)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length ||
                        !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Error("invalid \\u escape");
                    }

                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    throw Error("invalid escape '\\" + escaped + "'");
            }
        }
    }

    private JsonNumber ReadNumber()
    {
        int start = position;
        TryConsume('-');
        if (!ConsumeDigits())
        {
            throw Error("digits were expected");
        }

        if (TryConsume('.') && !ConsumeDigits())
        {
            throw Error("digits were expected after '.'");
        }

        if (position < text.Length && text[position] is 'e' or 'E')
        {
            position++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ConsumeDigits())
            {
                throw Error("digits were expected in the exponent");
            }
        }

        return new JsonNumber(text.Substring(start, position - start));
    }

    private bool ConsumeDigits()
    {
        int start = position;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            position++;
        }

        return position > start;
    }

    private void Expect(string word)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
        {
            throw Error("'" + word + "' was expected");
        }

        position += word.Length;
    }

    private bool TryConsume(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }

    private FormatException Error(string what) =>
        new("Invalid JSON at offset " + position.ToString(CultureInfo.InvariantCulture) + ": " + what + ".");
}

/// <summary>A JSON number, kept as written (invariant text).</summary>
internal sealed class JsonNumber
{
    public JsonNumber(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public override string ToString() => Text;
}
