using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Splits an identifier or a string key into lower-case, accent-free words:
/// <c>DateDeNaissance</c>, <c>date_de_naissance</c>, <c>dateDeNaissance</c> and <c>date-de-naissance</c> all give
/// <c>date de naissance</c>; <c>IBANNumber</c> gives <c>iban number</c>; <c>eMail</c> gives <c>e mail</c>.
/// </summary>
internal static class IdentifierWords
{
    public static List<string> Split(string identifier)
    {
        var words = new List<string>(4);
        var current = new StringBuilder(identifier.Length);
        string text = RemoveAccents(identifier);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0)
            {
                char previous = text[i - 1];
                bool lowerToUpper = char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous));
                bool acronymEnd = char.IsUpper(c) && char.IsUpper(previous) && i + 1 < text.Length && char.IsLower(text[i + 1]);
                bool letterDigit = char.IsDigit(c) != char.IsDigit(previous);
                if (lowerToUpper || acronymEnd || letterDigit)
                {
                    Flush(words, current);
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static string RemoveAccents(string text)
    {
        bool ascii = true;
        foreach (char c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text;
        }

        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
