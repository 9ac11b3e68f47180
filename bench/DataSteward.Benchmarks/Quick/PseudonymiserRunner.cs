using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// Issue 6's figure: <c>HmacPseudonymiser.Pseudonymise</c> against a bare HMAC-SHA-256 of the same value per call
/// (<c>HMACSHA256.HashData</c> plus hex encoding, what a hand-written pseudonymiser does), interleaved in one process.
/// </summary>
internal static class PseudonymiserRunner
{
    public static int Run(int iterations)
    {
        byte[] key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        using var pseudonymiser = new HmacPseudonymiser(key, "k1", "benchmark");
        string[] values = Enumerable.Range(0, 1024).Select(i => $"resident.{i}@example.fr").ToArray();
        var ours = new List<double>();
        var bare = new List<double>();
        for (int round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++)
            {
                _ = pseudonymiser.Pseudonymise(values[i & 1023]);
            }

            ours.Add(watch.Elapsed.TotalNanoseconds / iterations);
            watch.Restart();
            for (int i = 0; i < iterations; i++)
            {
                _ = Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(values[i & 1023])));
            }

            bare.Add(watch.Elapsed.TotalNanoseconds / iterations);
        }

        double oursMedian = ours.Order().ElementAt(2);
        double bareMedian = bare.Order().ElementAt(2);
        Console.WriteLine("| call | ns per call (median of 5 interleaved rounds) |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| HmacPseudonymiser.Pseudonymise | {oursMedian:0} |");
        Console.WriteLine($"| HMACSHA256.HashData + hex | {bareMedian:0} |");
        Console.WriteLine($"ratio HmacPseudonymiser / bare HMAC: {oursMedian / bareMedian:0.00}");
        return 0;
    }
}
