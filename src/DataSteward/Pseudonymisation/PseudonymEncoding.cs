namespace DataSteward;

/// <summary>
/// How <see cref="HmacPseudonymiser"/> writes the 32-byte HMAC-SHA-256 tag as text, after the
/// <c>keyId:</c> prefix. Both encodings are stable: a pseudonym written today is written the same way
/// by every later version of DataSteward.
/// </summary>
public enum PseudonymEncoding
{
    /// <summary>
    /// URL-safe base64 (RFC 4648 §5: alphabet <c>A–Z a–z 0–9 - _</c>) without padding: 43 characters.
    /// Safe in URLs, file names, CSV and JSON without escaping. The default.
    /// </summary>
    Base64Url = 0,

    /// <summary>Lower-case hexadecimal: 64 characters. Longer, but easy to compare by eye and in SQL.</summary>
    Hex = 1,
}
