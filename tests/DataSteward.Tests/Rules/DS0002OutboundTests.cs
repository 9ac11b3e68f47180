namespace DataSteward.Tests.Rules;

public sealed class DS0002OutboundTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using DataSteward;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Theory]
    [InlineData("PostAsJsonAsync")]
    [InlineData("PutAsJsonAsync")]
    [InlineData("PatchAsJsonAsync")]
    public async Task Json_body_of_the_entity(string method)
    {
        await VerifyAsync($$"""
            class Partner(HttpClient client)
            {
                Task<HttpResponseMessage> Send(Citizen citizen) => client.{{method}}("citizens", {|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("HttpClientJsonExtensions." + method));
    }

    [Fact]
    public async Task Json_body_of_an_anonymous_projection()
    {
        await VerifyAsync("""
            class Partner(HttpClient client)
            {
                Task<HttpResponseMessage> Send(Citizen citizen) => client.PostAsJsonAsync("claims", {|DS0002:new { citizen.Nir, citizen.Municipality }|});
                Task<HttpResponseMessage> Clean(Citizen citizen) => client.PostAsJsonAsync("claims", new { citizen.Id, citizen.Municipality, citizen.CitizenKey });
            }
            """,
            DS0002.Nir("HttpClientJsonExtensions.PostAsJsonAsync"));
    }

    [Fact]
    public async Task Query_string_built_from_personal_data()
    {
        await VerifyAsync("""
            class Partner(HttpClient client)
            {
                async Task Lookup(Citizen citizen)
                {
                    await client.GetAsync({|DS0002:$"lookup?email={citizen.Email}"|});
                    await client.GetStringAsync({|DS0002:"lookup?nir=" + Uri.EscapeDataString(citizen.Nir)|});
                    await client.DeleteAsync({|DS0002:new Uri($"https://partner.example/citizens/{citizen.Nir}")|});
                    await client.GetAsync($"lookup?id={citizen.Id}&municipality={citizen.Municipality}");
                }
            }
            """,
            DS0002.Email("HttpClient.GetAsync"),
            DS0002.Nir("HttpClient.GetStringAsync"),
            DS0002.Nir("HttpClient.DeleteAsync"));
    }

    [Fact]
    public async Task GetFromJsonAsync_uri_built_from_personal_data()
    {
        await VerifyAsync("""
            class Partner(HttpClient client)
            {
                Task<Citizen?> Lookup(Citizen citizen) => client.GetFromJsonAsync<Citizen>({|DS0002:$"citizens?email={citizen.Email}"|});
            }
            """,
            DS0002.Email("HttpClientJsonExtensions.GetFromJsonAsync"));
    }

    [Fact]
    public async Task HttpRequestMessage_uri()
    {
        await VerifyAsync("""
            class Partner(HttpClient client)
            {
                Task<HttpResponseMessage> Lookup(Citizen citizen) =>
                    client.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|DS0002:$"citizens/{citizen.Nir}"|}));
            }
            """,
            DS0002.Nir("new HttpRequestMessage"));
    }

    [Fact]
    public async Task StringContent_built_from_personal_data()
    {
        await VerifyAsync("""
            class Partner(HttpClient client)
            {
                Task<HttpResponseMessage> Send(Citizen citizen) =>
                    client.PostAsync("notify", new StringContent({|DS0002:$"email={citizen.Email}"|}, Encoding.UTF8, "text/plain"));
            }
            """,
            DS0002.Email("new StringContent"));
    }

    [Fact]
    public async Task StringContent_of_serialised_json()
    {
        await VerifyAsync("""
            class Partner(HttpClient client)
            {
                Task<HttpResponseMessage> Send(Citizen citizen) =>
                    client.PostAsync("notify", new StringContent({|DS0002:JsonSerializer.Serialize({|DS0002:citizen|})|}, Encoding.UTF8, "application/json"));
            }
            """,
            DS0002.WholeCitizen("new StringContent"),
            DS0002.WholeCitizen("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task JsonContent_posted()
    {
        await VerifyAsync("""
            class Partner(HttpClient client)
            {
                Task<HttpResponseMessage> Send(List<Citizen> citizens) => client.PostAsync("batch", JsonContent.Create({|DS0002:citizens|}));
            }
            """,
            DS0002.WholeCitizen("JsonContent.Create"));
    }

    [Fact]
    public async Task Pseudonymised_payload_is_clean()
    {
        await VerifyAsync("""
            sealed record Notification(string CitizenPseudonym, string Municipality);

            class Partner(HttpClient client, HmacPseudonymiser pseudonymiser)
            {
                Task<HttpResponseMessage> Send(Citizen citizen) =>
                    client.PostAsJsonAsync("notify", new Notification(pseudonymiser.Pseudonymise(citizen.Nir), citizen.Municipality));

                Task<HttpResponseMessage> Lookup(Citizen citizen) =>
                    client.GetAsync($"lookup?key={pseudonymiser.Pseudonymise(citizen.Email)}");

                Task<HttpResponseMessage> Control(Citizen citizen) =>
                    client.GetAsync({|DS0002:$"lookup?key={citizen.Email}"|});
            }
            """,
            DS0002.Email("HttpClient.GetAsync"));

    }
}
