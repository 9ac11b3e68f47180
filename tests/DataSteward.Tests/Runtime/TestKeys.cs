namespace DataSteward.Tests.Runtime;

/// <summary>Keys shared by the runtime tests. Test keys only: never use a predictable key for real data.</summary>
internal static class TestKeys
{
    /// <summary>The 32 bytes 0x00, 0x01, …, 0x1f (python3: <c>bytes(range(32))</c>).</summary>
    public static byte[] Sequential => Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    /// <summary><see cref="Sequential"/> in standard base64.</summary>
    public const string SequentialBase64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    /// <summary>Another 32-byte key: 0x20, 0x21, …, 0x3f.</summary>
    public static byte[] Other => Enumerable.Range(32, 32).Select(i => (byte)i).ToArray();

    public static HmacPseudonymiser Create(string purpose = "newsletter", bool trim = false, bool ignoreCase = false, PseudonymEncoding encoding = PseudonymEncoding.Base64Url)
        => new(new HmacPseudonymiserOptions
        {
            Key = Sequential,
            KeyId = "k1",
            Purpose = purpose,
            Trim = trim,
            IgnoreCase = ignoreCase,
            Encoding = encoding,
        });
}
