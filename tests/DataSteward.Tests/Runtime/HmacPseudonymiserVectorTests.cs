using System.Security.Cryptography;
using System.Text;

namespace DataSteward.Tests.Runtime;

/// <summary>
/// Outputs pinned against HMAC-SHA-256 computed outside .NET. Every vector below was produced by the
/// python3 command in the comment next to it (and the first one cross-checked with openssl).
/// Scheme: subkey = HMAC(key, "DataSteward.HmacPseudonymiser.v1" 0x00 purpose 0x01); tag = HMAC(subkey, UTF-8(value)).
/// </summary>
public sealed class HmacPseudonymiserVectorTests
{
    // python3 -c 'import hmac,hashlib,base64; k=bytes(range(32)); s=hmac.new(k,b"DataSteward.HmacPseudonymiser.v1\x00newsletter\x01",hashlib.sha256).digest(); t=hmac.new(s,"jeanne.martin@example.fr".encode(),hashlib.sha256).digest(); print("k1:"+base64.urlsafe_b64encode(t).rstrip(b"=").decode())'
    // Cross-check: SUB=$(printf 'DataSteward.HmacPseudonymiser.v1\x00newsletter\x01' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f -binary | xxd -p -c 64); printf 'jeanne.martin@example.fr' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$SUB -hex
    private const string JeanneNewsletter = "k1:okLlHBprWU0bqs1532_UPql75JV9kDupOJhNgzhK420";

    // Same command as above with print("k1:"+t.hex())
    private const string JeanneNewsletterHex = "k1:a242e51c1a6b594d1baacd79df6fd43ea97be4957d903ba938984d83384ae36d";

    // Same command as JeanneNewsletter with b"...\x00statistics\x01" as the derivation input
    private const string JeanneStatistics = "k1:_F_vAuf0Zgn_qs8Pvxs40a_0glOsV5e6cpGLAXdKnp0";

    // Same command as JeanneNewsletter with "Zoë 😀".encode() (UTF-8, 4-byte sequence for the emoji)
    private const string ZoeNewsletter = "k1:UsezIAwpeX_7imz-p-a8Eh0EHiQg5atqslupQQt0DTk";

    // Same command as JeanneNewsletter with "".encode()
    private const string EmptyNewsletter = "k1:8S7dsaVBp7fwuFyVDuYJ1H6NciPJ0EkA5fhhTpo2vvU";

    // Same command as JeanneNewsletter with "Jeanne.Martin@Example.FR".encode() (no case folding)
    private const string JeanneMixedCaseNewsletter = "k1:fVtq9H9jGXZHa99UthdL1PNIy0tFYqbOAp-Yf0Pi31g";

    [Fact]
    public void Email_in_base64url_matches_the_independent_vector()
    {
        using var pseudonymiser = TestKeys.Create();

        Assert.Equal(JeanneNewsletter, pseudonymiser.Pseudonymise("jeanne.martin@example.fr"));
    }

    [Fact]
    public void Email_in_hex_matches_the_independent_vector()
    {
        using var pseudonymiser = TestKeys.Create(encoding: PseudonymEncoding.Hex);

        Assert.Equal(JeanneNewsletterHex, pseudonymiser.Pseudonymise("jeanne.martin@example.fr"));
    }

    [Fact]
    public void Another_purpose_matches_its_own_vector()
    {
        using var pseudonymiser = TestKeys.Create(purpose: "statistics");

        Assert.Equal(JeanneStatistics, pseudonymiser.Pseudonymise("jeanne.martin@example.fr"));
    }

    [Fact]
    public void Non_ascii_value_is_hashed_as_utf8()
    {
        using var pseudonymiser = TestKeys.Create();

        Assert.Equal(ZoeNewsletter, pseudonymiser.Pseudonymise("Zoë 😀"));
    }

    [Fact]
    public void Empty_value_has_a_pseudonym()
    {
        using var pseudonymiser = TestKeys.Create();

        Assert.Equal(EmptyNewsletter, pseudonymiser.Pseudonymise(string.Empty));
    }

    [Fact]
    public void Normalisation_is_off_by_default()
    {
        using var pseudonymiser = TestKeys.Create();

        Assert.Equal(JeanneMixedCaseNewsletter, pseudonymiser.Pseudonymise("Jeanne.Martin@Example.FR"));
        Assert.NotEqual(JeanneNewsletter, pseudonymiser.Pseudonymise(" jeanne.martin@example.fr"));
    }

    [Fact]
    public void Trim_and_ignore_case_map_variants_to_the_canonical_vector()
    {
        using var pseudonymiser = TestKeys.Create(trim: true, ignoreCase: true);

        Assert.Equal(JeanneNewsletter, pseudonymiser.Pseudonymise("  Jeanne.Martin@Example.FR\t\n"));
        Assert.Equal(JeanneNewsletter, pseudonymiser.Pseudonymise("jeanne.martin@example.fr"));
    }

    [Fact]
    public void Trim_alone_keeps_case()
    {
        using var pseudonymiser = TestKeys.Create(trim: true);

        Assert.Equal(JeanneMixedCaseNewsletter, pseudonymiser.Pseudonymise(" Jeanne.Martin@Example.FR "));
    }

    [Fact]
    public void Ignore_case_alone_keeps_white_space()
    {
        using var pseudonymiser = TestKeys.Create(ignoreCase: true);

        Assert.Equal(JeanneNewsletter, pseudonymiser.Pseudonymise("JEANNE.MARTIN@EXAMPLE.FR"));
        Assert.NotEqual(JeanneNewsletter, pseudonymiser.Pseudonymise("JEANNE.MARTIN@EXAMPLE.FR "));
    }

    [Fact]
    public void Key_from_base64_gives_the_same_vector_as_key_from_bytes()
    {
        using var pseudonymiser = new HmacPseudonymiser(new HmacPseudonymiserOptions
        {
            KeyBase64 = TestKeys.SequentialBase64,
            KeyId = "k1",
            Purpose = "newsletter",
        });

        Assert.Equal(JeanneNewsletter, pseudonymiser.Pseudonymise("jeanne.martin@example.fr"));
    }

    [Fact]
    public void Convenience_constructor_gives_the_same_vector()
    {
        using var pseudonymiser = new HmacPseudonymiser(TestKeys.Sequential, "k1", "newsletter");

        Assert.Equal(JeanneNewsletter, pseudonymiser.Pseudonymise("jeanne.martin@example.fr"));
    }

    /// <summary>
    /// The hand-written UTF-8, base64url and hex encoders against the framework's, on many strings
    /// including lone surrogates (which UTF-8 replaces by U+FFFD) and every length modulo 3.
    /// </summary>
    [Fact]
    public void Encoders_agree_with_the_framework_on_random_strings()
    {
        byte[] info = [.. Encoding.ASCII.GetBytes("DataSteward.HmacPseudonymiser.v1"), 0, .. Encoding.UTF8.GetBytes("newsletter"), 1];
        byte[] subkey = HMACSHA256.HashData(TestKeys.Sequential, info);
        using var base64 = TestKeys.Create();
        using var hex = TestKeys.Create(encoding: PseudonymEncoding.Hex);
        var random = new Random(20261123);
        char[] alphabet = ['a', 'Z', '0', ' ', '@', 'é', 'ß', 'Ω', '中', '\u0800', '\u07FF', '\uFFFD', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'];

        for (int n = 0; n < 2000; n++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            byte[] tag = HMACSHA256.HashData(subkey, Encoding.UTF8.GetBytes(value));

            Assert.Equal("k1:" + Convert.ToBase64String(tag).TrimEnd('=').Replace('+', '-').Replace('/', '_'), base64.Pseudonymise(value));
            Assert.Equal("k1:" + Convert.ToHexStringLower(tag), hex.Pseudonymise(value));
        }
    }

    [Fact]
    public void Output_lengths_are_as_documented()
    {
        using var base64 = TestKeys.Create();
        using var hex = TestKeys.Create(encoding: PseudonymEncoding.Hex);

        Assert.Equal(46, base64.PseudonymLength);
        Assert.Equal(67, hex.PseudonymLength);
        Assert.Equal(46, base64.Pseudonymise("x").Length);
        Assert.Equal(67, hex.Pseudonymise("x").Length);
    }
}
