using System;

namespace DataSteward;

/// <summary>
/// The byte and text encodings behind <see cref="HmacPseudonymiser"/>, written out by hand because
/// netstandard2.0 has no span-based encoders; each is checked against the framework's in the tests.
/// </summary>
internal static class PseudonymText
{
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private const string HexDigits = "0123456789abcdef";

    /// <summary>Number of bytes <see cref="WriteUtf8"/> writes for <paramref name="value"/>.</summary>
    public static int Utf8Length(ReadOnlySpan<char> value, bool lowerCase)
    {
        long count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = lowerCase ? char.ToLowerInvariant(value[i]) : value[i];
            if (c < 0x80)
            {
                count += 1;
            }
            else if (c < 0x800)
            {
                count += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                count += 4;
                i++;
            }
            else
            {
                count += 3;
            }
        }

        if (count > int.MaxValue)
        {
            throw new ArgumentException("The value is too long to pseudonymise (its UTF-8 form exceeds 2 GiB).", nameof(value));
        }

        return (int)count;
    }

    /// <summary>
    /// Writes the UTF-8 bytes of <paramref name="value"/>, optionally lower-cased code unit by code unit;
    /// a lone surrogate becomes U+FFFD, as <see cref="System.Text.Encoding.UTF8"/> does.
    /// </summary>
    public static int WriteUtf8(ReadOnlySpan<char> value, bool lowerCase, Span<byte> destination)
    {
        int n = 0;
        for (int i = 0; i < value.Length; i++)
        {
            int c = lowerCase ? char.ToLowerInvariant(value[i]) : value[i];
            if (c < 0x80)
            {
                destination[n++] = (byte)c;
            }
            else if (c < 0x800)
            {
                destination[n++] = (byte)(0xC0 | (c >> 6));
                destination[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32((char)c, value[i + 1]);
                i++;
                destination[n++] = (byte)(0xF0 | (codePoint >> 18));
                destination[n++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                destination[n++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                destination[n++] = (byte)(0x80 | (codePoint & 0x3F));
            }
            else
            {
                if (char.IsSurrogate((char)c))
                {
                    c = 0xFFFD;
                }

                destination[n++] = (byte)(0xE0 | (c >> 12));
                destination[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[n++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return n;
    }

    /// <summary>Writes the UTF-16 little-endian bytes of <paramref name="value"/>, whatever the machine's byte order.</summary>
    public static int WriteUtf16LittleEndian(ReadOnlySpan<char> value, bool lowerCase, Span<byte> destination)
    {
        int n = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = lowerCase ? char.ToLowerInvariant(value[i]) : value[i];
            destination[n++] = (byte)c;
            destination[n++] = (byte)(c >> 8);
        }

        return n;
    }

    /// <summary>Length of the base64 text of <paramref name="byteCount"/> bytes, with or without padding.</summary>
    public static int Base64Length(int byteCount, bool pad)
        => pad ? (byteCount + 2) / 3 * 4 : ((byteCount * 4) + 2) / 3;

    /// <summary>Writes <paramref name="bytes"/> in standard base64 with padding, or URL-safe base64 without.</summary>
    public static int WriteBase64(ReadOnlySpan<byte> bytes, bool urlSafe, Span<char> destination)
    {
        string alphabet = urlSafe ? Base64UrlAlphabet : Base64Alphabet;
        int n = 0;
        int i = 0;
        for (; i + 3 <= bytes.Length; i += 3)
        {
            int triple = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
            destination[n++] = alphabet[(triple >> 18) & 0x3F];
            destination[n++] = alphabet[(triple >> 12) & 0x3F];
            destination[n++] = alphabet[(triple >> 6) & 0x3F];
            destination[n++] = alphabet[triple & 0x3F];
        }

        int rest = bytes.Length - i;
        if (rest > 0)
        {
            int triple = bytes[i] << 16;
            if (rest == 2)
            {
                triple |= bytes[i + 1] << 8;
            }

            destination[n++] = alphabet[(triple >> 18) & 0x3F];
            destination[n++] = alphabet[(triple >> 12) & 0x3F];
            if (rest == 2)
            {
                destination[n++] = alphabet[(triple >> 6) & 0x3F];
            }

            if (!urlSafe)
            {
                destination[n++] = '=';
                if (rest == 1)
                {
                    destination[n++] = '=';
                }
            }
        }

        return n;
    }

    /// <summary>Writes <paramref name="bytes"/> as lower-case hexadecimal.</summary>
    public static int WriteHex(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        int n = 0;
        foreach (byte b in bytes)
        {
            destination[n++] = HexDigits[b >> 4];
            destination[n++] = HexDigits[b & 0xF];
        }

        return n;
    }
}
