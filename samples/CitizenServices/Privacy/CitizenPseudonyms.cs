using System;
using System.Security.Cryptography;
using System.Text;
using DataSteward;

namespace CitizenServices.Privacy;

/// <summary>
/// Keyed pseudonyms for log lines and statistics: the same resident always gets the same pseudonym,
/// so events can be correlated, but only the holder of the key can link a pseudonym to a person.
/// A plain SHA-256 of the e-mail address would not do: hashing a list of likely addresses reverses it.
/// </summary>
public sealed class CitizenPseudonyms
{
    private readonly byte[] key;

    public CitizenPseudonyms(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The pseudonymisation key must be at least 32 bytes long.", nameof(key));
        }

        this.key = (byte[])key.Clone();
    }

    /// <summary>A stable pseudonym of <paramref name="value"/> for the given purpose (log, statistics…).</summary>
    [Pseudonymiser]
    public string Pseudonymise(string purpose, string value)
    {
        var input = Encoding.UTF8.GetBytes(purpose + "\n" + value);
        var mac = HMACSHA256.HashData(key, input);
        return Convert.ToHexString(mac, 0, 12).ToLowerInvariant();
    }
}
