namespace DataSteward;

/// <summary>
/// Settings of an <see cref="HmacPseudonymiser"/>, shaped for configuration binding and the options
/// pattern: <c>services.Configure&lt;HmacPseudonymiserOptions&gt;(configuration.GetSection("Pseudonymiser"))</c>,
/// then <c>services.AddSingleton(sp =&gt; new HmacPseudonymiser(sp.GetRequiredService&lt;IOptions&lt;HmacPseudonymiserOptions&gt;&gt;().Value))</c>.
/// DataSteward itself does not depend on Microsoft.Extensions.*.
/// </summary>
/// <remarks>
/// The <see cref="HmacPseudonymiser"/> constructor validates these settings and copies what it needs:
/// changing the options afterwards does not change a pseudonymiser already built.
/// </remarks>
public sealed class HmacPseudonymiserOptions
{
    /// <summary>
    /// The secret key as bytes: at least 32 bytes (256 bits) from a cryptographic random source.
    /// Set either this or <see cref="KeyBase64"/>, not both. Keep keys out of source code and logs.
    /// </summary>
    public byte[]? Key { get; set; }

    /// <summary>
    /// The secret key in standard base64 (as configuration and secret stores hold it), decoding to at
    /// least 32 bytes, that is at least 44 characters. Set either this or <see cref="Key"/>, not both.
    /// </summary>
    public string? KeyBase64 { get; set; }

    /// <summary>
    /// Names the key, and is written before every pseudonym followed by a colon (<c>k1:…</c>), so that
    /// pseudonyms made with different keys are never mistaken for one another when a key is rotated.
    /// In the default scheme it is required: 1 to 32 characters among <c>A–Z a–z 0–9 . _ -</c>.
    /// In the <see cref="PseudonymCompatibility.HmacRedactor"/> scheme it is optional and, when set, must
    /// be an integer written in invariant form (such as <c>101</c>), as that redactor's key id is.
    /// </summary>
    public string? KeyId { get; set; }

    /// <summary>
    /// The purpose (processing context) these pseudonyms serve, such as <c>"statistics/2026-census"</c>.
    /// Two purposes give unrelated pseudonyms for the same value, so their datasets cannot be joined
    /// without the key. Required (not empty, not only white space) in the default scheme; must be left
    /// unset in the <see cref="PseudonymCompatibility.HmacRedactor"/> scheme, which has no purpose.
    /// Compared ordinally: <c>"Census"</c> and <c>"census"</c> are two purposes.
    /// </summary>
    public string? Purpose { get; set; }

    /// <summary>
    /// When <see langword="true"/>, white space (<see cref="char.IsWhiteSpace(char)"/>) at both ends of the
    /// value is removed before hashing, so <c>" a@b.fr "</c> and <c>"a@b.fr"</c> get the same pseudonym.
    /// Off by default: turning it on changes pseudonyms, so decide once per purpose.
    /// </summary>
    public bool Trim { get; set; }

    /// <summary>
    /// When <see langword="true"/>, every UTF-16 code unit of the value is lower-cased with
    /// <see cref="char.ToLowerInvariant(char)"/> before hashing, so <c>Jeanne@Example.FR</c> and
    /// <c>jeanne@example.fr</c> get the same pseudonym (useful for e-mail addresses). Off by default.
    /// ASCII letters fold identically on every runtime; other letters follow the runtime's Unicode data.
    /// </summary>
    public bool IgnoreCase { get; set; }

    /// <summary>
    /// The text encoding of the tag in the default scheme; <see cref="PseudonymEncoding.Base64Url"/> unless
    /// set. The <see cref="PseudonymCompatibility.HmacRedactor"/> scheme fixes its own encoding and
    /// accepts only the default value here.
    /// </summary>
    public PseudonymEncoding Encoding { get; set; } = PseudonymEncoding.Base64Url;

    /// <summary>The scheme to follow; <see cref="PseudonymCompatibility.None"/> (DataSteward's own) unless set.</summary>
    public PseudonymCompatibility Compatibility { get; set; } = PseudonymCompatibility.None;
}
