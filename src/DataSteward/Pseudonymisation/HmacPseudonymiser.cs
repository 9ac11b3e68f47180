using System;
using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DataSteward;

/// <summary>
/// Replaces a personal value (an e-mail address, a phone number, a national identifier) by a keyed,
/// deterministic pseudonym: HMAC-SHA-256 under a secret key and a purpose, written as <c>keyId:tag</c>.
/// The same value, key and purpose always give the same pseudonym, so pseudonymised records can still
/// be counted and joined within one purpose; without the key nobody can recompute a pseudonym from a
/// guessed value, which is what sets it apart from a plain hash (DS0006).
/// </summary>
/// <remarks>
/// <para>
/// Scheme (the default, <see cref="PseudonymCompatibility.None"/>):
/// <c>subkey = HMAC-SHA-256(key, "DataSteward.HmacPseudonymiser.v1" || 0x00 || UTF-8(purpose) || 0x01)</c>,
/// which is HKDF-Expand (RFC 5869) with the key as pseudorandom key, one 32-byte block; then
/// <c>tag = HMAC-SHA-256(subkey, UTF-8(normalised value))</c> (a lone surrogate, which is not text, is
/// encoded as U+FFFD, as <see cref="Encoding.UTF8"/> does); the pseudonym is
/// <c>keyId + ":" + encode(tag)</c>, where encode is URL-safe base64 without padding (43 characters,
/// so 46 in all for a two-character key id) or lower-case hexadecimal (64 characters).
/// Every purpose thus has its own key, derived one way from the master key: pseudonyms of two purposes
/// are unrelated without the master key, and a party holding one purpose's pseudonyms cannot translate
/// them into another's.
/// </para>
/// <para>
/// Instances are immutable, thread-safe and meant to be kept (a singleton per key and purpose). They keep
/// a small pool of <see cref="HMACSHA256"/> instances, which hold native resources on most platforms;
/// <see cref="Dispose"/> releases them and wipes the derived key. The caller's key array is copied, never
/// kept, and never appears in an exception message.
/// </para>
/// </remarks>
public sealed class HmacPseudonymiser : IDisposable
{
    /// <summary>The shortest key accepted, in bytes (256 bits, the HMAC-SHA-256 block strength).</summary>
    public const int MinimumKeyLength = 32;

    private const int TagLength = 32;
    private const int HmacRedactorTagLength = 16;
    private const int MaximumKeyIdLength = 32;
    private const string DerivationLabel = "DataSteward.HmacPseudonymiser.v1";

    // Stack buffer for the pseudonym text: key id, separator and 64 hex digits fit easily.
    private const int MaximumPseudonymLength = MaximumKeyIdLength + 1 + (TagLength * 2);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly HmacPool _pool;
    private readonly string _prefix;
    private readonly bool _trim;
    private readonly bool _ignoreCase;
    private readonly PseudonymEncoding _encoding;
    private readonly PseudonymCompatibility _compatibility;

    /// <summary>
    /// Creates a pseudonymiser in DataSteward's default scheme, with normalisation off and
    /// URL-safe base64 output.
    /// </summary>
    /// <param name="key">The secret key, at least <see cref="MinimumKeyLength"/> bytes; it is copied.</param>
    /// <param name="keyId">Identifies the key in every pseudonym (see <see cref="HmacPseudonymiserOptions.KeyId"/>).</param>
    /// <param name="purpose">Separates pseudonym spaces (see <see cref="HmacPseudonymiserOptions.Purpose"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is too short, or the key id or purpose is not valid.</exception>
    public HmacPseudonymiser(byte[] key, string keyId, string purpose)
        : this(new HmacPseudonymiserOptions
        {
            Key = key ?? throw new ArgumentNullException(nameof(key)),
            KeyId = keyId ?? throw new ArgumentNullException(nameof(keyId)),
            Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose)),
        })
    {
    }

    /// <summary>
    /// Creates a pseudonymiser from options, typically bound from configuration. The options are
    /// validated and copied; later changes to them have no effect on this instance.
    /// </summary>
    /// <param name="options">The settings; see <see cref="HmacPseudonymiserOptions"/> for each rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A setting is missing or invalid; the message names the setting and the rule, never the key.
    /// </exception>
    public HmacPseudonymiser(HmacPseudonymiserOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        _compatibility = options.Compatibility;
        _encoding = options.Encoding;
        _trim = options.Trim;
        _ignoreCase = options.IgnoreCase;

        if (_compatibility != PseudonymCompatibility.None && _compatibility != PseudonymCompatibility.HmacRedactor)
        {
            throw Invalid($"HmacPseudonymiserOptions.Compatibility has the undefined value {(int)_compatibility}.");
        }

        if (_encoding != PseudonymEncoding.Base64Url && _encoding != PseudonymEncoding.Hex)
        {
            throw Invalid($"HmacPseudonymiserOptions.Encoding has the undefined value {(int)_encoding}.");
        }

        byte[] key = ReadKey(options);
        try
        {
            if (_compatibility == PseudonymCompatibility.HmacRedactor)
            {
                ValidateHmacRedactorOptions(options);
                KeyId = options.KeyId ?? string.Empty;
                Purpose = null;
                _prefix = KeyId.Length == 0 ? string.Empty : KeyId + ":";
                PseudonymLength = _prefix.Length + PseudonymText.Base64Length(HmacRedactorTagLength, pad: true);
                _pool = new HmacPool(key);
                key = null!; // the pool owns it now
            }
            else
            {
                KeyId = ValidateKeyId(options.KeyId);
                Purpose = ValidatePurpose(options.Purpose);
                _prefix = KeyId + ":";
                PseudonymLength = _prefix.Length + (_encoding == PseudonymEncoding.Hex
                    ? TagLength * 2
                    : PseudonymText.Base64Length(TagLength, pad: false));
                _pool = new HmacPool(DeriveSubkey(key, Purpose));
            }
        }
        finally
        {
            if (key is not null)
            {
                Array.Clear(key, 0, key.Length);
            }
        }
    }

    /// <summary>The key identifier written before each pseudonym (empty only in the HmacRedactor scheme without a key id).</summary>
    public string KeyId { get; }

    /// <summary>The purpose that separates this pseudonym space; <see langword="null"/> in the HmacRedactor scheme.</summary>
    public string? Purpose { get; }

    /// <summary>
    /// The length in characters of every pseudonym this instance writes, prefix included (in the
    /// HmacRedactor scheme an empty value gives an empty result instead).
    /// </summary>
    public int PseudonymLength { get; }

    /// <summary>Returns the pseudonym of <paramref name="value"/>.</summary>
    /// <param name="value">The personal value. An empty string has a pseudonym like any other value
    /// (in the HmacRedactor scheme it gives an empty string, as that redactor does).</param>
    /// <returns>The pseudonym, such as <c>k1:</c> followed by 43 URL-safe base64 characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">This instance has been disposed.</exception>
    public string Pseudonymise(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return Pseudonymise(value.AsSpan());
    }

    /// <summary>
    /// Returns the pseudonym of <paramref name="value"/>, the same as <see cref="Pseudonymise(string)"/>
    /// for the same characters. Besides the returned string it allocates only the MAC arrays that the
    /// netstandard2.0 HMAC API returns (two of 32 bytes on .NET 10); the encoded value goes through a
    /// pooled buffer that is wiped after use. Use <see cref="TryPseudonymise"/> to avoid the string too.
    /// </summary>
    /// <param name="value">The personal value.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="ObjectDisposedException">This instance has been disposed.</exception>
    public string Pseudonymise(ReadOnlySpan<char> value)
    {
        Span<char> buffer = stackalloc char[MaximumPseudonymLength];
        int written = Write(value, buffer);
        return written == 0 ? string.Empty : buffer.Slice(0, written).ToString();
    }

    /// <summary>
    /// Writes the pseudonym of <paramref name="value"/> into <paramref name="destination"/> without
    /// allocating a string.
    /// </summary>
    /// <param name="value">The personal value.</param>
    /// <param name="destination">Where to write; <see cref="PseudonymLength"/> characters are enough.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when <paramref name="destination"/> is too small.</param>
    /// <returns><see langword="true"/> when the pseudonym was written; <see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="ObjectDisposedException">This instance has been disposed.</exception>
    public bool TryPseudonymise(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten)
    {
        if (destination.Length < PseudonymLength)
        {
            if (_compatibility == PseudonymCompatibility.HmacRedactor && Normalise(value).IsEmpty)
            {
                ThrowIfDisposed();
                charsWritten = 0;
                return true;
            }

            charsWritten = 0;
            return false;
        }

        charsWritten = Write(value, destination);
        return true;
    }

    /// <summary>
    /// Releases the pooled HMAC instances and wipes the key held by this instance. Later calls throw
    /// <see cref="ObjectDisposedException"/>. A dependency-injection container disposes a singleton for you.
    /// </summary>
    public void Dispose() => _pool.Dispose();

    private ReadOnlySpan<char> Normalise(ReadOnlySpan<char> value) => _trim ? value.Trim() : value;

    private int Write(ReadOnlySpan<char> value, Span<char> destination)
    {
        ThrowIfDisposed();
        value = Normalise(value);
        bool redactor = _compatibility == PseudonymCompatibility.HmacRedactor;
        if (redactor && value.IsEmpty)
        {
            return 0;
        }

        int byteCount;
        if (redactor)
        {
            if (value.Length > int.MaxValue / 2)
            {
                throw new ArgumentException("The value is too long to pseudonymise (its UTF-16 form exceeds 2 GiB).", nameof(value));
            }

            byteCount = value.Length * 2;
        }
        else
        {
            byteCount = PseudonymText.Utf8Length(value, _ignoreCase);
        }

        byte[] input = ArrayPool<byte>.Shared.Rent(byteCount);
        byte[] tag;
        try
        {
            int length = redactor
                ? PseudonymText.WriteUtf16LittleEndian(value, _ignoreCase, input)
                : PseudonymText.WriteUtf8(value, _ignoreCase, input);

            HMACSHA256 hmac = _pool.Rent();
            try
            {
                tag = hmac.ComputeHash(input, 0, length);
            }
            finally
            {
                _pool.Return(hmac);
            }
        }
        finally
        {
            // The buffer held personal data: leave nothing behind in the shared pool.
            Array.Clear(input, 0, byteCount);
            ArrayPool<byte>.Shared.Return(input);
        }

        // A Dispose that raced with this call may have wiped the key: never hand out such a result.
        ThrowIfDisposed();

        _prefix.AsSpan().CopyTo(destination);
        Span<char> rest = destination.Slice(_prefix.Length);
        int written = redactor
            ? PseudonymText.WriteBase64(tag.AsSpan(0, HmacRedactorTagLength), urlSafe: false, rest)
            : _encoding == PseudonymEncoding.Hex
                ? PseudonymText.WriteHex(tag, rest)
                : PseudonymText.WriteBase64(tag, urlSafe: true, rest);
        return _prefix.Length + written;
    }

    private void ThrowIfDisposed()
    {
        if (_pool.IsDisposed)
        {
            throw new ObjectDisposedException(nameof(HmacPseudonymiser));
        }
    }

    private static byte[] DeriveSubkey(byte[] key, string purpose)
    {
        byte[] label = Encoding.ASCII.GetBytes(DerivationLabel);
        byte[] purposeBytes = StrictUtf8.GetBytes(purpose);
        byte[] info = new byte[label.Length + 1 + purposeBytes.Length + 1];
        label.CopyTo(info, 0);
        info[label.Length] = 0x00;
        purposeBytes.CopyTo(info, label.Length + 1);
        info[info.Length - 1] = 0x01; // HKDF-Expand block counter
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(info);
    }

    private static byte[] ReadKey(HmacPseudonymiserOptions options)
    {
        byte[] key;
        if (options.Key is not null && options.KeyBase64 is not null)
        {
            throw Invalid("Both HmacPseudonymiserOptions.Key and HmacPseudonymiserOptions.KeyBase64 are set: set exactly one.");
        }

        if (options.Key is not null)
        {
            key = (byte[])options.Key.Clone();
        }
        else if (options.KeyBase64 is not null)
        {
            try
            {
                key = Convert.FromBase64String(options.KeyBase64);
            }
            catch (FormatException)
            {
                // The FormatException is left out on purpose: nothing about the key goes into the exception.
                throw Invalid($"HmacPseudonymiserOptions.KeyBase64 is not valid base64 ({options.KeyBase64.Length} characters). Provide a key of at least {MinimumKeyLength} random bytes in standard base64, such as the output of 'openssl rand -base64 32'.");
            }
        }
        else
        {
            throw Invalid($"No key: set HmacPseudonymiserOptions.Key or HmacPseudonymiserOptions.KeyBase64 to a secret of at least {MinimumKeyLength} random bytes.");
        }

        if (key.Length < MinimumKeyLength)
        {
            int length = key.Length;
            Array.Clear(key, 0, key.Length);
            throw Invalid($"The key is {length} bytes long; HMAC-SHA-256 pseudonymisation requires at least {MinimumKeyLength} bytes (256 bits) of random key material.");
        }

        return key;
    }

    private static string ValidateKeyId(string? keyId)
    {
        if (string.IsNullOrEmpty(keyId))
        {
            throw Invalid("HmacPseudonymiserOptions.KeyId is required: a short name for the key (such as \"k1\") written before every pseudonym so that keys can be rotated.");
        }

        if (keyId!.Length > MaximumKeyIdLength)
        {
            throw Invalid($"HmacPseudonymiserOptions.KeyId is {keyId.Length} characters long; at most {MaximumKeyIdLength} are allowed.");
        }

        foreach (char c in keyId)
        {
            bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (!allowed)
            {
                throw Invalid($"HmacPseudonymiserOptions.KeyId \"{keyId}\" contains '{c}'; only ASCII letters, digits, '.', '_' and '-' are allowed (':' separates the key id from the pseudonym).");
            }
        }

        return keyId;
    }

    private static string ValidatePurpose(string? purpose)
    {
        if (purpose is null || purpose.Trim().Length == 0)
        {
            throw Invalid("HmacPseudonymiserOptions.Purpose is required: name the processing the pseudonyms serve (such as \"statistics/census\"), so that two purposes get unrelated pseudonyms.");
        }

        try
        {
            _ = StrictUtf8.GetByteCount(purpose);
        }
        catch (EncoderFallbackException)
        {
            throw Invalid("HmacPseudonymiserOptions.Purpose contains an unpaired surrogate character; use well-formed text.");
        }

        return purpose;
    }

    private static void ValidateHmacRedactorOptions(HmacPseudonymiserOptions options)
    {
        if (options.Purpose is not null)
        {
            throw Invalid("HmacPseudonymiserOptions.Purpose must be left unset with Compatibility = HmacRedactor: that scheme has no purpose, and a purpose silently ignored would join what it was meant to separate. Use one key per purpose instead.");
        }

        if (options.Encoding != PseudonymEncoding.Base64Url)
        {
            throw Invalid("HmacPseudonymiserOptions.Encoding cannot be changed with Compatibility = HmacRedactor, whose output is always standard base64 with padding.");
        }

        string? keyId = options.KeyId;
        if (!string.IsNullOrEmpty(keyId)
            && (!int.TryParse(keyId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number)
                || number.ToString(CultureInfo.InvariantCulture) != keyId))
        {
            throw Invalid($"HmacPseudonymiserOptions.KeyId \"{keyId}\" is not valid with Compatibility = HmacRedactor: that redactor's key id is an integer, so write it in invariant form (such as \"101\"), or leave it unset for no prefix.");
        }
    }

    private static ArgumentException Invalid(string message) => new(message, "options");
}
