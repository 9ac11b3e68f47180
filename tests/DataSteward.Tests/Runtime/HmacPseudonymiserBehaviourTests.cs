using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataSteward.Tests.Runtime;

public sealed class HmacPseudonymiserBehaviourTests
{
    private const string Email = "jeanne.martin@example.fr";

    [Fact]
    public void Two_purposes_give_unrelated_pseudonyms_for_the_same_value()
    {
        using var newsletter = TestKeys.Create("newsletter");
        using var statistics = TestKeys.Create("statistics");
        using var caseVariant = TestKeys.Create("Newsletter");

        string a = newsletter.Pseudonymise(Email);
        string b = statistics.Pseudonymise(Email);
        string c = caseVariant.Pseudonymise(Email);

        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
        Assert.NotEqual(a[3..], b[3..]);
    }

    [Fact]
    public void Purpose_is_not_merely_concatenated_with_the_value()
    {
        // With a naive HMAC(key, purpose + value), ("news", "letterX") and ("newsletter", "X") would collide.
        using var news = TestKeys.Create("news");
        using var newsletter = TestKeys.Create("newsletter");

        Assert.NotEqual(newsletter.Pseudonymise("X"), news.Pseudonymise("letterX"));
    }

    [Fact]
    public void Key_id_prefixes_every_pseudonym_and_does_not_change_the_tag()
    {
        using var k1 = new HmacPseudonymiser(TestKeys.Sequential, "k1", "newsletter");
        using var k2 = new HmacPseudonymiser(TestKeys.Sequential, "2026-q4", "newsletter");

        string a = k1.Pseudonymise(Email);
        string b = k2.Pseudonymise(Email);

        Assert.StartsWith("k1:", a);
        Assert.StartsWith("2026-q4:", b);
        Assert.Equal(a["k1:".Length..], b["2026-q4:".Length..]);
        Assert.Equal("2026-q4", k2.KeyId);
    }

    [Fact]
    public void Another_key_gives_another_pseudonym()
    {
        using var first = new HmacPseudonymiser(TestKeys.Sequential, "k1", "newsletter");
        using var second = new HmacPseudonymiser(TestKeys.Other, "k2", "newsletter");

        Assert.NotEqual(first.Pseudonymise(Email)[3..], second.Pseudonymise(Email)[3..]);
    }

    [Fact]
    public void Deterministic_across_calls_and_instances()
    {
        using var first = TestKeys.Create();
        using var second = TestKeys.Create();

        string expected = first.Pseudonymise(Email);

        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(expected, first.Pseudonymise(Email));
            Assert.Equal(expected, second.Pseudonymise(Email));
        }
    }

    [Fact]
    public void Close_values_give_different_pseudonyms()
    {
        using var pseudonymiser = TestKeys.Create();

        var pseudonyms = Enumerable.Range(0, 1000).Select(i => pseudonymiser.Pseudonymise("user" + i + "@example.fr")).ToHashSet();

        Assert.Equal(1000, pseudonyms.Count);
    }

    [Theory]
    [InlineData(PseudonymEncoding.Base64Url, false, false)]
    [InlineData(PseudonymEncoding.Hex, true, true)]
    public void Span_overloads_equal_the_string_overload(PseudonymEncoding encoding, bool trim, bool ignoreCase)
    {
        using var pseudonymiser = TestKeys.Create(encoding: encoding, trim: trim, ignoreCase: ignoreCase);
        const string text = "<< Jeanne.Martin@Example.fr >>";
        ReadOnlySpan<char> slice = text.AsSpan(2, text.Length - 4);

        string expected = pseudonymiser.Pseudonymise(slice.ToString());
        string fromSpan = pseudonymiser.Pseudonymise(slice);
        char[] destination = new char[pseudonymiser.PseudonymLength + 5];
        bool ok = pseudonymiser.TryPseudonymise(slice, destination, out int written);

        Assert.Equal(expected, fromSpan);
        Assert.True(ok);
        Assert.Equal(pseudonymiser.PseudonymLength, written);
        Assert.Equal(expected, new string(destination, 0, written));
    }

    [Fact]
    public void TryPseudonymise_reports_a_destination_too_small()
    {
        using var pseudonymiser = TestKeys.Create();
        char[] destination = new char[pseudonymiser.PseudonymLength - 1];

        bool ok = pseudonymiser.TryPseudonymise(Email.AsSpan(), destination, out int written);

        Assert.False(ok);
        Assert.Equal(0, written);
        Assert.All(destination, c => Assert.Equal('\0', c));
    }

    [Fact]
    public void Null_value_is_rejected()
    {
        using var pseudonymiser = TestKeys.Create();

        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => pseudonymiser.Pseudonymise((string)null!)).ParamName);
    }

    [Fact]
    public void Disposed_instance_refuses_to_work()
    {
        var pseudonymiser = TestKeys.Create();
        _ = pseudonymiser.Pseudonymise(Email);

        pseudonymiser.Dispose();
        pseudonymiser.Dispose();

        Assert.Throws<ObjectDisposedException>(() => pseudonymiser.Pseudonymise(Email));
        Assert.Throws<ObjectDisposedException>(() => pseudonymiser.TryPseudonymise(Email.AsSpan(), new char[100], out _));
    }

    [Fact]
    public void Eight_threads_agree_with_a_sequential_run()
    {
        const int Count = 10_000;
        const int Threads = 8;
        using var pseudonymiser = TestKeys.Create();
        string[] values = Enumerable.Range(0, Count).Select(i => $"person{i}@example.fr").ToArray();
        string[] sequential;
        using (var reference = TestKeys.Create())
        {
            sequential = values.Select(reference.Pseudonymise).ToArray();
        }

        var results = new string[Threads][];
        var errors = new Exception?[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                var mine = new string[Count];
                start.SignalAndWait();
                for (int n = 0; n < Count; n++)
                {
                    int i = (n + (t * 1237)) % Count; // each thread walks the values from a different place
                    mine[i] = pseudonymiser.Pseudonymise(values[i]);
                }

                results[t] = mine;
            }
            catch (Exception e)
            {
                // An exception on a raw thread would abort the test host: report it as a failure instead.
                errors[t] = e;
            }
        })).ToList();
        threads.ForEach(th => th.Start());
        threads.ForEach(th => th.Join());

        Assert.All(errors, Assert.Null);
        for (int t = 0; t < Threads; t++)
        {
            Assert.Equal(sequential, results[t]);
        }
    }

    [Fact]
    public void Works_from_configuration_through_the_options_pattern()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pseudonymiser:KeyBase64"] = TestKeys.SequentialBase64,
                ["Pseudonymiser:KeyId"] = "k1",
                ["Pseudonymiser:Purpose"] = "newsletter",
                ["Pseudonymiser:Trim"] = "true",
                ["Pseudonymiser:IgnoreCase"] = "true",
                ["Pseudonymiser:Encoding"] = "Hex",
            })
            .Build();
        var services = new ServiceCollection();
        services.Configure<HmacPseudonymiserOptions>(configuration.GetSection("Pseudonymiser"));
        services.AddSingleton(sp => new HmacPseudonymiser(sp.GetRequiredService<IOptions<HmacPseudonymiserOptions>>().Value));

        using (ServiceProvider provider = services.BuildServiceProvider())
        {
            var pseudonymiser = provider.GetRequiredService<HmacPseudonymiser>();

            // The hex vector of HmacPseudonymiserVectorTests, reached through trimming and case folding.
            Assert.Equal("k1:a242e51c1a6b594d1baacd79df6fd43ea97be4957d903ba938984d83384ae36d", pseudonymiser.Pseudonymise(" JEANNE.martin@example.fr "));
            Assert.Same(pseudonymiser, provider.GetRequiredService<HmacPseudonymiser>());

            // The container owns the singleton and disposes it with itself.
            provider.Dispose();
            Assert.Throws<ObjectDisposedException>(() => pseudonymiser.Pseudonymise("x"));
        }
    }
}
