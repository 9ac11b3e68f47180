namespace DataSteward;

/// <summary>
/// Which scheme <see cref="HmacPseudonymiser"/> follows.
/// </summary>
public enum PseudonymCompatibility
{
    /// <summary>
    /// DataSteward's own scheme: a per-purpose subkey, UTF-8 input, the full 256-bit tag, output
    /// <c>keyId:</c> followed by the tag in the chosen <see cref="PseudonymEncoding"/>. The default.
    /// </summary>
    None = 0,

    /// <summary>
    /// Exactly what <c>Microsoft.Extensions.Compliance.Redaction</c>'s HMAC redactor produces for the
    /// same base64 key and integer key id (as it does on .NET 6 and later): HMAC-SHA-256 keyed with the
    /// key itself over the UTF-16 little-endian code units of the value (a lone surrogate is hashed as it is), the first 16 bytes of the tag in standard base64 with padding
    /// (24 characters), prefixed with <c>keyId:</c> when a key id is set; an empty value gives an empty
    /// result. It has no purpose separation and a 128-bit tag: use it only to match pseudonyms that
    /// service already writes.
    /// </summary>
    HmacRedactor = 1,
}
