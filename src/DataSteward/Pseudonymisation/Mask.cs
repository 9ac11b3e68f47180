using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace DataSteward;

/// <summary>
/// Display masking for people: shows just enough of a value for a person to recognise it on a screen
/// or a letter (<c>j***@example.fr</c>, <c>FR** … 0189</c>).
/// </summary>
/// <remarks>
/// Masking is <b>not</b> pseudonymisation. A masked value is neither keyed nor unique: two people can share
/// a mask, the visible characters are still personal data, and combined with other data a mask often
/// identifies its owner. DataSteward's analysers do not treat a masked value as safe for logs, exports or
/// telemetry; use <see cref="HmacPseudonymiser"/> there. Every method returns <see langword="null"/> for
/// <see langword="null"/> and uses <c>*</c> as the mask character; <see cref="Keep"/> and <see cref="Email"/>
/// count characters as Unicode code points, so a surrogate pair is never split.
/// </remarks>
public static class Mask
{
    private const char MaskChar = '*';
    private const string FixedMask = "***";

    /// <summary>
    /// Masks an e-mail address: the first character of the local part, <c>***</c>, then the domain as is:
    /// <c>jeanne.martin@example.fr</c> → <c>j***@example.fr</c>. The mask is always three stars, so it
    /// hides the length of the local part.
    /// </summary>
    /// <param name="email">The address; split at its last <c>@</c>.</param>
    /// <returns>
    /// The masked address. A local part of a single character is not shown at all (<c>a@x.fr</c> →
    /// <c>***@x.fr</c>); a value without <c>@</c> gives <c>***</c>; an empty string gives an empty string.
    /// </returns>
    [return: NotNullIfNotNull(nameof(email))]
    public static string? Email(string? email)
    {
        if (email is null || email.Length == 0)
        {
            return email;
        }

        int at = email.LastIndexOf('@');
        if (at < 0)
        {
            return FixedMask;
        }

        string local = email.Substring(0, at);
        string domain = email.Substring(at);
        int firstLength = char.IsHighSurrogate(local.Length > 0 ? local[0] : '\0') && local.Length > 1 ? 2 : 1;
        return local.Length > firstLength
            ? local.Substring(0, firstLength) + FixedMask + domain
            : FixedMask + domain;
    }

    /// <summary>
    /// Masks a phone number: every digit but the last two becomes <c>*</c>; a leading <c>+</c> and the
    /// separators space, <c>.</c>, <c>-</c>, <c>/</c>, <c>(</c> and <c>)</c> stay where they are, so the shape
    /// of the number remains readable: <c>+33 6 12 34 56 78</c> → <c>+** * ** ** ** 78</c>. Any other
    /// character becomes <c>*</c> too.
    /// </summary>
    /// <param name="phone">The number as written.</param>
    /// <returns>The masked number. With fewer than six digits every digit is masked (a short number, an
    /// extension, is too easy to guess from two digits); an empty string gives an empty string.</returns>
    [return: NotNullIfNotNull(nameof(phone))]
    public static string? Phone(string? phone)
    {
        if (phone is null || phone.Length == 0)
        {
            return phone;
        }

        int digits = 0;
        foreach (char c in phone)
        {
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
        }

        int keepFrom = digits >= 6 ? digits - 2 : int.MaxValue;
        var result = new StringBuilder(phone.Length);
        int seen = 0;
        bool atStart = true;
        for (int i = 0; i < phone.Length; i++)
        {
            char c = phone[i];
            bool wasAtStart = atStart;
            atStart = atStart && c == ' ';
            if (c >= '0' && c <= '9')
            {
                result.Append(seen++ >= keepFrom ? c : MaskChar);
            }
            else if (c is ' ' or '.' or '-' or '/' or '(' or ')' || (c == '+' && wasAtStart))
            {
                result.Append(c);
            }
            else
            {
                result.Append(MaskChar);
                if (char.IsHighSurrogate(c) && i + 1 < phone.Length && char.IsLowSurrogate(phone[i + 1]))
                {
                    i++;
                }
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Masks an IBAN: keeps the two-letter country code and the last four characters, masks every other
    /// character except white space, and keeps the spaces where they were:
    /// <c>FR76 3000 6000 0112 3456 7890 189</c> → <c>FR** **** **** **** **** ***0 189</c>.
    /// </summary>
    /// <param name="iban">The IBAN, grouped with spaces or not. It is not validated.</param>
    /// <returns>The masked IBAN. With fewer than 12 characters other than white space (shorter than any
    /// real IBAN, the shortest having 15) nothing is kept and all of them are masked; an empty string
    /// gives an empty string.</returns>
    [return: NotNullIfNotNull(nameof(iban))]
    public static string? Iban(string? iban)
    {
        if (iban is null || iban.Length == 0)
        {
            return iban;
        }

        int significant = 0;
        foreach (char c in iban)
        {
            if (!char.IsWhiteSpace(c))
            {
                significant++;
            }
        }

        bool keepSome = significant >= 12;
        var result = new StringBuilder(iban.Length);
        int index = 0;
        foreach (char c in iban)
        {
            if (char.IsWhiteSpace(c))
            {
                result.Append(c);
                continue;
            }

            bool keep = keepSome && (index < 2 || index >= significant - 4);
            result.Append(keep ? c : MaskChar);
            index++;
        }

        return result.ToString();
    }

    /// <summary>
    /// Keeps the first <paramref name="first"/> and the last <paramref name="last"/> characters of
    /// <paramref name="value"/> and replaces each character between them by <c>*</c>:
    /// <c>Keep("0612345678", 2, 2)</c> → <c>06******78</c>.
    /// </summary>
    /// <param name="value">The value to mask.</param>
    /// <param name="first">How many characters (code points) to keep at the start; 0 or more.</param>
    /// <param name="last">How many characters (code points) to keep at the end; 0 or more.</param>
    /// <returns>
    /// The masked value, as long in code points as <paramref name="value"/>. When
    /// <paramref name="first"/> + <paramref name="last"/> would keep the whole value (or more), every
    /// character is masked instead, since showing it all would not be masking.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> or <paramref name="last"/> is negative.</exception>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Keep(string? value, int first, int last)
    {
        if (first < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "The number of characters to keep cannot be negative.");
        }

        if (last < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "The number of characters to keep cannot be negative.");
        }

        if (value is null || value.Length == 0)
        {
            return value;
        }

        int codePoints = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            codePoints++;
        }

        bool maskAll = (long)first + last >= codePoints;
        var result = new StringBuilder(value.Length);
        int index = 0;
        for (int i = 0; i < value.Length; i++)
        {
            int width = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
            bool keep = !maskAll && (index < first || index >= codePoints - last);
            if (keep)
            {
                result.Append(value, i, width);
            }
            else
            {
                result.Append(MaskChar);
            }

            i += width - 1;
            index++;
        }

        return result.ToString();
    }

    /// <summary>
    /// Masks a date down to its year: pass the date's year (<c>Mask.Year(citizen.BirthDate.Year)</c>, which works
    /// the same for <c>DateOnly</c>, <c>DateTime</c> and <c>DateTimeOffset</c>) and get <c>1987-**-**</c>. A year of
    /// birth still narrows down who a person is; keep it only where the year is what the reader needs.
    /// </summary>
    /// <param name="year">The year to show, or <see langword="null"/>.</param>
    /// <returns>The year, four digits at least, followed by <c>-**-**</c>; <see langword="null"/> for <see langword="null"/>.</returns>
    public static string? Year(int? year) =>
        year is { } value ? value.ToString("0000", CultureInfo.InvariantCulture) + "-**-**" : null;

    /// <summary>
    /// Masks a whole number as <see cref="Phone"/> masks a phone number: every digit but the last two becomes
    /// <c>*</c>, a minus sign stays: <c>1234567</c> → <c>*****67</c>. With fewer than four digits every digit is
    /// masked.
    /// </summary>
    /// <param name="value">The number, or <see langword="null"/>.</param>
    /// <returns>The masked number written with the invariant culture; <see langword="null"/> for <see langword="null"/>.</returns>
    public static string? Number(long? value) =>
        value is { } number ? MaskDigits(number.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>
    /// Masks a decimal number: every digit of the integer part but the last two becomes <c>*</c> (all of them below
    /// four digits), every digit of the fraction becomes <c>*</c>; the sign and the decimal point stay:
    /// <c>45123.50</c> → <c>***23.**</c>.
    /// </summary>
    /// <param name="value">The number, or <see langword="null"/>.</param>
    /// <returns>The masked number written with the invariant culture; <see langword="null"/> for <see langword="null"/>.</returns>
    public static string? Number(decimal? value) =>
        value is { } number ? MaskDigits(number.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>
    /// Masks a floating-point number as <see cref="Number(decimal?)"/> does, written with the invariant culture in
    /// fixed-point notation (<c>F2</c>): <c>4512.5</c> → <c>**12.**</c>. Not-a-number and the infinities are
    /// written as <c>***</c>.
    /// </summary>
    /// <param name="value">The number, or <see langword="null"/>.</param>
    /// <returns>The masked number; <see langword="null"/> for <see langword="null"/>.</returns>
    public static string? Number(double? value) =>
        value is { } number
            ? double.IsNaN(number) || double.IsInfinity(number) ? FixedMask : MaskDigits(number.ToString("F2", CultureInfo.InvariantCulture))
            : null;

    // "-1234.56" -> "-**34.**": the integer part keeps its last two digits when it has four or more.
    private static string MaskDigits(string text)
    {
        int point = text.IndexOf('.');
        int integerEnd = point < 0 ? text.Length : point;
        int integerDigits = 0;
        for (int i = 0; i < integerEnd; i++)
        {
            if (text[i] >= '0' && text[i] <= '9')
            {
                integerDigits++;
            }
        }

        int keepFrom = integerDigits >= 4 ? integerDigits - 2 : int.MaxValue;
        var result = new StringBuilder(text.Length);
        int seen = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '0' && c <= '9')
            {
                result.Append(i < integerEnd && seen++ >= keepFrom ? c : MaskChar);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
