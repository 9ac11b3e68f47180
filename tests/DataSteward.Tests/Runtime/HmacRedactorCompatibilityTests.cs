using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace DataSteward.Tests.Runtime;

/// <summary>
/// The <see cref="PseudonymCompatibility.HmacRedactor"/> scheme: HMAC-SHA-256 keyed with the decoded
/// base64 key over the UTF-16LE bytes of the value, the first 16 bytes in standard base64 with padding,
/// prefixed with "keyId:" when a key id is set; empty in, empty out.
/// </summary>
public sealed class HmacRedactorCompatibilityTests
{
    // python3 -c 'import hmac,hashlib,base64; k=bytes(range(32)); print("7:"+base64.b64encode(hmac.new(k,"jeanne.martin@example.fr".encode("utf-16-le"),hashlib.sha256).digest()[:16]).decode())'
    private const string JeanneKey7 = "7:TLWws3TTFabynpsT0Eejjw==";

    // Same command without the "7:" prefix
    private const string JeanneNoKeyId = "TLWws3TTFabynpsT0Eejjw==";

    // Same command with "-3:" as prefix and "Zoë 😀".encode("utf-16-le") (the emoji is a surrogate pair)
    private const string ZoeKeyMinus3 = "-3:n1fxKp/E4xTTnetU/Tid3w==";

    private static HmacPseudonymiser Create(string? keyId, bool trim = false, bool ignoreCase = false) => new(new HmacPseudonymiserOptions
    {
        KeyBase64 = TestKeys.SequentialBase64,
        KeyId = keyId,
        Compatibility = PseudonymCompatibility.HmacRedactor,
        Trim = trim,
        IgnoreCase = ignoreCase,
    });

    [Fact]
    public void Matches_the_independent_vector_with_key_id()
    {
        using var redactor = Create("7");

        Assert.Equal(JeanneKey7, redactor.Pseudonymise("jeanne.martin@example.fr"));
        Assert.Equal(JeanneKey7.Length, redactor.PseudonymLength);
    }

    [Fact]
    public void Without_key_id_there_is_no_prefix()
    {
        using var redactor = Create(null);

        Assert.Equal(JeanneNoKeyId, redactor.Pseudonymise("jeanne.martin@example.fr"));
        Assert.Equal(24, redactor.PseudonymLength);
        Assert.Equal(string.Empty, redactor.KeyId);
    }

    [Fact]
    public void Negative_key_id_and_surrogate_pair()
    {
        using var redactor = Create("-3");

        Assert.Equal(ZoeKeyMinus3, redactor.Pseudonymise("Zoë 😀"));
    }

    [Fact]
    public void Empty_value_gives_empty_result()
    {
        using var redactor = Create("7");

        Assert.Equal(string.Empty, redactor.Pseudonymise(string.Empty));
        Assert.True(redactor.TryPseudonymise(ReadOnlySpan<char>.Empty, Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Normalisation_applies_before_the_redactor_scheme_when_asked()
    {
        using var redactor = Create("7", trim: true, ignoreCase: true);

        Assert.Equal(JeanneKey7, redactor.Pseudonymise(" Jeanne.Martin@EXAMPLE.fr "));
        Assert.Equal(string.Empty, redactor.Pseudonymise("   "));
    }

    /// <summary>
    /// The redactor hashes the raw UTF-16 code units (on .NET 6 and later it reinterprets the characters
    /// as bytes), so a lone surrogate is hashed as it is, not replaced by U+FFFD as <see cref="Encoding.Unicode"/> would.
    /// </summary>
    [Fact]
    public void Agrees_with_the_raw_utf16_code_units_on_random_strings()
    {
        Assert.True(BitConverter.IsLittleEndian);
        using var redactor = Create("101");
        var random = new Random(7);
        char[] alphabet = ['a', '9', ' ', 'é', '中', '\uD83D', '\uDE00', '\uDC00'];

        Assert.NotEqual(redactor.Pseudonymise("\uD800"), redactor.Pseudonymise("\uDC00"));

        for (int n = 0; n < 1000; n++)
        {
            var value = new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            byte[] tag = HMACSHA256.HashData(TestKeys.Sequential, MemoryMarshal.AsBytes(value.AsSpan()).ToArray());

            Assert.Equal("101:" + Convert.ToBase64String(tag, 0, 16), redactor.Pseudonymise(value));
        }
    }

    [Theory]
    [InlineData("k1")]
    [InlineData("07")]
    [InlineData("+7")]
    [InlineData("1.0")]
    [InlineData("99999999999")]
    public void Key_id_must_be_an_invariant_integer(string keyId)
    {
        var e = Assert.Throws<ArgumentException>(() => Create(keyId));

        Assert.Equal("options", e.ParamName);
        Assert.Contains($"HmacPseudonymiserOptions.KeyId \"{keyId}\" is not valid with Compatibility = HmacRedactor", e.Message);
    }

    [Fact]
    public void Purpose_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new HmacPseudonymiser(new HmacPseudonymiserOptions
        {
            Key = TestKeys.Sequential,
            KeyId = "1",
            Purpose = "newsletter",
            Compatibility = PseudonymCompatibility.HmacRedactor,
        }));

        Assert.StartsWith("HmacPseudonymiserOptions.Purpose must be left unset with Compatibility = HmacRedactor", e.Message);
        Assert.Null(Create("1").Purpose);
    }

    [Fact]
    public void Hex_encoding_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new HmacPseudonymiser(new HmacPseudonymiserOptions
        {
            Key = TestKeys.Sequential,
            Encoding = PseudonymEncoding.Hex,
            Compatibility = PseudonymCompatibility.HmacRedactor,
        }));

        Assert.StartsWith("HmacPseudonymiserOptions.Encoding cannot be changed with Compatibility = HmacRedactor", e.Message);
    }
}
