namespace DataSteward.Tests.Rules;

/// <summary>
/// Issue 15, item 2: an object sent to a sink is judged by the members that sink writes, never by where its values
/// came from. A claimant filled from the request, whose personal members are all [JsonIgnore], returned by
/// <c>Results.Created</c>, writes no personal data; the same object logged with Serilog's <c>{@x}</c> still does.
/// </summary>
public sealed class DS0002JudgedByWrittenMembersTests
{
    private const string Model = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using DataSteward;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        public sealed record CreateClaimantRequest(
            [property: PersonalData(PersonalDataKind.ContactDetails)] string Email,
            [property: SensitiveData(SensitiveCategory.Health)] string DisabilityStatus);

        public sealed class Claimant
        {
            public Guid Id { get; set; }

            [PersonalData(PersonalDataKind.ContactDetails), JsonIgnore]
            public string Email { get; set; } = "";

            [SensitiveData(SensitiveCategory.Health), JsonIgnore]
            public string DisabilityStatus { get; set; } = "";
        }

        public sealed class ClaimantView
        {
            public Guid Id { get; set; }
            public string Contact { get; set; } = "";
        }

        """;

    [Fact]
    public async Task An_object_filled_from_the_request_writes_only_its_written_members()
    {
        await FlowVerifier.VerifyAsync(Model + """
            static class ClaimantEndpoints
            {
                static void Map(WebApplication app, Serilog.ILogger audit)
                {
                    app.MapPost("/claimants", (CreateClaimantRequest request) =>
                    {
                        var claimant = new Claimant { Id = Guid.NewGuid(), Email = request.Email, DisabilityStatus = request.DisabilityStatus };
                        audit.Information("Claimant stored {@Claimant}", {|DS0003:claimant|});
                        return Results.Created($"/claimants/{claimant.Id}", claimant);
                    });

                    app.MapPost("/views", (CreateClaimantRequest request) =>
                    {
                        var view = new ClaimantView { Id = Guid.NewGuid(), Contact = request.Email };
                        return Results.Created($"/views/{view.Id}", {|DS0002:view|});
                    });
                }
            }
            """,
            "'Claimant.DisabilityStatus, CreateClaimantRequest.DisabilityStatus' (special-category data: health) is written to a log by 'ILogger.Information' without pseudonymisation",
            "'CreateClaimantRequest.Email' (personal data: contact) is exported by 'Results.Created' without pseudonymisation");
    }
}
