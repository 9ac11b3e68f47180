namespace DataSteward.Tests.Runtime;

/// <summary>Bad keys and bad options fail at construction with a message that names the rule, never the key.</summary>
public sealed class HmacPseudonymiserOptionsTests
{
    private static ArgumentException Reject(HmacPseudonymiserOptions options)
    {
        var e = Assert.Throws<ArgumentException>(() => new HmacPseudonymiser(options));
        Assert.Equal("options", e.ParamName);
        return e;
    }

    private static HmacPseudonymiserOptions Valid() => new() { Key = TestKeys.Sequential, KeyId = "k1", Purpose = "newsletter" };

    [Fact]
    public void Null_options_are_rejected()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new HmacPseudonymiser((HmacPseudonymiserOptions)null!));

        Assert.Equal("options", e.ParamName);
    }

    [Fact]
    public void Convenience_constructor_rejects_nulls()
    {
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => new HmacPseudonymiser(null!, "k1", "p")).ParamName);
        Assert.Equal("keyId", Assert.Throws<ArgumentNullException>(() => new HmacPseudonymiser(TestKeys.Sequential, null!, "p")).ParamName);
        Assert.Equal("purpose", Assert.Throws<ArgumentNullException>(() => new HmacPseudonymiser(TestKeys.Sequential, "k1", null!)).ParamName);
    }

    [Fact]
    public void Missing_key_is_rejected()
    {
        var options = Valid();
        options.Key = null;

        var e = Reject(options);

        Assert.Equal("No key: set HmacPseudonymiserOptions.Key or HmacPseudonymiserOptions.KeyBase64 to a secret of at least 32 random bytes. (Parameter 'options')", e.Message);
    }

    [Fact]
    public void Empty_key_is_rejected_with_its_length()
    {
        var options = Valid();
        options.Key = [];

        var e = Reject(options);

        Assert.Equal("The key is 0 bytes long; HMAC-SHA-256 pseudonymisation requires at least 32 bytes (256 bits) of random key material. (Parameter 'options')", e.Message);
    }

    [Fact]
    public void Key_of_31_bytes_is_rejected_with_its_length()
    {
        var options = Valid();
        options.Key = TestKeys.Sequential[..31];

        var e = Reject(options);

        Assert.Equal("The key is 31 bytes long; HMAC-SHA-256 pseudonymisation requires at least 32 bytes (256 bits) of random key material. (Parameter 'options')", e.Message);
    }

    [Fact]
    public void Short_base64_key_is_rejected_without_showing_it()
    {
        // 31 bytes 0x00..0x1e in base64
        string key = Convert.ToBase64String(TestKeys.Sequential[..31]);
        var e = Reject(new HmacPseudonymiserOptions { KeyBase64 = key, KeyId = "k1", Purpose = "p" });

        Assert.Equal("The key is 31 bytes long; HMAC-SHA-256 pseudonymisation requires at least 32 bytes (256 bits) of random key material. (Parameter 'options')", e.Message);
        Assert.DoesNotContain(key, e.ToString());
    }

    [Fact]
    public void Bad_base64_key_is_rejected_without_showing_it()
    {
        const string key = "this-is-not*base64!but it is secret_and_long_enough";
        var e = Reject(new HmacPseudonymiserOptions { KeyBase64 = key, KeyId = "k1", Purpose = "p" });

        Assert.Equal("HmacPseudonymiserOptions.KeyBase64 is not valid base64 (51 characters). Provide a key of at least 32 random bytes in standard base64, such as the output of 'openssl rand -base64 32'. (Parameter 'options')", e.Message);
        Assert.Null(e.InnerException);
        Assert.DoesNotContain("secret", e.ToString());
    }

    [Fact]
    public void Empty_base64_key_is_rejected_as_too_short()
    {
        var e = Reject(new HmacPseudonymiserOptions { KeyBase64 = string.Empty, KeyId = "k1", Purpose = "p" });

        Assert.StartsWith("The key is 0 bytes long;", e.Message);
    }

    [Fact]
    public void Both_key_forms_are_rejected()
    {
        var options = Valid();
        options.KeyBase64 = TestKeys.SequentialBase64;

        var e = Reject(options);

        Assert.Equal("Both HmacPseudonymiserOptions.Key and HmacPseudonymiserOptions.KeyBase64 are set: set exactly one. (Parameter 'options')", e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_key_id_is_rejected(string? keyId)
    {
        var options = Valid();
        options.KeyId = keyId;

        var e = Reject(options);

        Assert.StartsWith("HmacPseudonymiserOptions.KeyId is required:", e.Message);
    }

    [Theory]
    [InlineData("k:1", ':')]
    [InlineData("k 1", ' ')]
    [InlineData("clé", 'é')]
    public void Key_id_with_a_forbidden_character_is_rejected(string keyId, char bad)
    {
        var options = Valid();
        options.KeyId = keyId;

        var e = Reject(options);

        Assert.StartsWith($"HmacPseudonymiserOptions.KeyId \"{keyId}\" contains '{bad}'; only ASCII letters, digits, '.', '_' and '-' are allowed", e.Message);
    }

    [Fact]
    public void Key_id_longer_than_32_characters_is_rejected()
    {
        var options = Valid();
        options.KeyId = new string('k', 33);

        var e = Reject(options);

        Assert.Equal("HmacPseudonymiserOptions.KeyId is 33 characters long; at most 32 are allowed. (Parameter 'options')", e.Message);
    }

    [Fact]
    public void Key_id_of_32_allowed_characters_is_accepted()
    {
        var options = Valid();
        options.KeyId = "2026-11.primary_key-ABCDEFGHIJK9";

        using var pseudonymiser = new HmacPseudonymiser(options);

        Assert.StartsWith("2026-11.primary_key-ABCDEFGHIJK9:", pseudonymiser.Pseudonymise("x"));
        Assert.Equal(32 + 1 + 43, pseudonymiser.PseudonymLength);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void Missing_purpose_is_rejected(string? purpose)
    {
        var options = Valid();
        options.Purpose = purpose;

        var e = Reject(options);

        Assert.StartsWith("HmacPseudonymiserOptions.Purpose is required:", e.Message);
    }

    [Fact]
    public void Purpose_with_a_lone_surrogate_is_rejected()
    {
        var options = Valid();
        options.Purpose = "stats\uD800";

        var e = Reject(options);

        Assert.Equal("HmacPseudonymiserOptions.Purpose contains an unpaired surrogate character; use well-formed text. (Parameter 'options')", e.Message);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected()
    {
        var encoding = Valid();
        encoding.Encoding = (PseudonymEncoding)5;
        var compatibility = Valid();
        compatibility.Compatibility = (PseudonymCompatibility)9;

        Assert.Equal("HmacPseudonymiserOptions.Encoding has the undefined value 5. (Parameter 'options')", Reject(encoding).Message);
        Assert.Equal("HmacPseudonymiserOptions.Compatibility has the undefined value 9. (Parameter 'options')", Reject(compatibility).Message);
    }

    [Fact]
    public void Options_and_key_are_copied_at_construction()
    {
        var options = Valid();
        byte[] key = options.Key!;
        using var pseudonymiser = new HmacPseudonymiser(options);
        string before = pseudonymiser.Pseudonymise("jeanne.martin@example.fr");

        key[0] ^= 0xFF;
        options.Purpose = "other";
        options.KeyId = "k2";

        Assert.Equal(before, pseudonymiser.Pseudonymise("jeanne.martin@example.fr"));
        Assert.Equal("k1", pseudonymiser.KeyId);
        Assert.Equal("newsletter", pseudonymiser.Purpose);
    }

    [Fact]
    public void A_longer_key_is_accepted()
    {
        var options = Valid();
        options.Key = [.. TestKeys.Sequential, .. TestKeys.Other];

        using var pseudonymiser = new HmacPseudonymiser(options);
        using var shorter = TestKeys.Create();

        Assert.NotEqual(shorter.Pseudonymise("x"), pseudonymiser.Pseudonymise("x"));
    }
}
