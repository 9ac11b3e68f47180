namespace DataSteward.Tests.Realistic;

/// <summary>MVC controllers, services with ILogger&lt;T&gt;, minimal APIs, DTOs and mappers.</summary>
public sealed class ControllersAndEndpointsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public Task Controller_action_returns_the_entity() => RealisticSources.Verify(Usings, """
        [ApiController]
        [Route("api/residents")]
        public sealed class ResidentsController(IResidentRepository repository, ILogger<ResidentsController> logger) : ControllerBase
        {
            [HttpGet("{id:int}")]
            public async Task<ActionResult<Resident>> Get(int id, CancellationToken ct)
            {
                var resident = await repository.FindAsync(id, ct);
                if (resident is null)
                {
                    logger.LogInformation("Resident {ResidentId} not found", id);
                    return NotFound();
                }

                return {|DS0002:resident|};
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email and 2 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth) is exported by 'ResidentsController.Get' without pseudonymisation");

    [Fact]
    public Task Ok_with_a_dto_built_by_an_extension_mapper() => RealisticSources.Verify(Usings, """
        public sealed record ResidentContact(int Id, string Email);

        public static class ResidentMappings
        {
            public static ResidentContact ToContact(this Resident resident) => new(resident.Id, resident.Email);
        }

        [ApiController]
        [Route("api/residents")]
        public sealed class ResidentContactsController(IResidentRepository repository) : ControllerBase
        {
            [HttpGet("{id:int}/contact")]
            public async Task<IActionResult> GetContact(int id, CancellationToken ct)
            {
                var resident = await repository.FindAsync(id, ct);
                return resident is null ? NotFound() : Ok({|DS0002:resident.ToContact()|});
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is exported by 'ControllerBase.Ok' without pseudonymisation");

    [Fact]
    public Task Projection_to_a_summary_dto_and_counts_are_clean() => RealisticSources.Verify(Usings, """
        [ApiController]
        [Route("api/districts")]
        public sealed class DistrictsController(IResidentRepository repository, ILogger<DistrictsController> logger) : ControllerBase
        {
            [HttpGet("{district}/residents")]
            public async Task<IEnumerable<ResidentSummary>> List(string district, CancellationToken ct)
            {
                var residents = await repository.ListAsync(district, ct);
                logger.LogInformation("Listed {Count} residents in {District}", residents.Count, district);
                logger.LogDebug("Resident ids {Ids}", residents.Select(r => r.Id));
                logger.LogDebug("Resident e-mails {Emails}", {|DS0001:residents.Select(r => r.Email)|});
                return residents.Select(r => new ResidentSummary(r.Id, r.District));
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation");


    [Fact]
    public Task Service_logs_a_computed_full_name() => RealisticSources.Verify(Usings, """
        public sealed class ResidentService(IResidentRepository repository, ILogger<ResidentService> logger)
        {
            public async Task MoveAsync(int id, string district, CancellationToken ct)
            {
                var resident = await repository.FindAsync(id, ct) ?? throw new KeyNotFoundException($"Resident {id} not found");
                logger.LogInformation("Moving {Name} to {District}", {|DS0001:resident.FullName|}, district);
                resident.District = district;
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Logging_a_plain_entity_without_destructuring_is_clean() => RealisticSources.Verify(Usings, """
        public sealed class ResidentService(ILogger<ResidentService> logger)
        {
            public void Archive(Resident resident)
            {
                logger.LogInformation("Archiving {Resident} created {CreatedAt}", resident, resident.CreatedAt);
                logger.LogInformation("Archiving {@Resident}", {|DS0001:resident|});
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email and 2 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    // Once a false negative, now reported: an expression-bodied MapGet lambda returns the entity; nothing reported.
    [Fact]
    public Task Minimal_api_expression_lambda_returns_the_entity() => RealisticSources.Verify(Usings, """
        public static class ResidentEndpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/residents/{id:int}", async (int id, IResidentRepository repository, CancellationToken ct) =>
                    {|DS0002:await repository.FindAsync(id, ct)|});
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email and 2 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth) is exported by 'MapGet' without pseudonymisation");

    // Once a false negative, now reported: a block-bodied async MapGet lambda returns the entity; nothing reported (controller actions are seen, lambda handlers are not).
    [Fact]
    public Task Minimal_api_block_lambda_returns_the_entity_or_a_summary() => RealisticSources.Verify(Usings, """
        public static class ResidentEndpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/residents/{id:int}/full", async (int id, IResidentRepository repository, CancellationToken ct) =>
                {
                    var resident = await repository.FindAsync(id, ct);
                    return {|DS0002:resident|};
                });

                app.MapGet("/residents/{id:int}/summary", async (int id, IResidentRepository repository, CancellationToken ct) =>
                {
                    var resident = await repository.FindAsync(id, ct);
                    return resident is null ? Results.NotFound() : Results.Ok(new ResidentSummary(resident.Id, resident.District));
                });
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email and 2 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth) is exported by 'MapGet' without pseudonymisation");

    // Once a false negative, now reported: a minimal-API handler given as a method group returns the entity; nothing reported.
    [Fact]
    public Task Minimal_api_method_group_handler_returns_the_entity() => RealisticSources.Verify(Usings, """
        public static class ResidentEndpoints
        {
            public static void Map(WebApplication app)
            {
                var group = app.MapGroup("/api/residents");
                group.MapGet("/{id:int}", GetById);
            }

            private static async Task<Resident?> GetById(int id, IResidentRepository repository, CancellationToken ct)
            {
                var resident = await repository.FindAsync(id, ct);
                return {|DS0002:resident|};
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email and 2 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth) is exported by 'MapGet' without pseudonymisation");

    [Fact]
    public Task Minimal_api_logs_the_email_of_an_unannotated_request() => RealisticSources.Verify(Usings, """
        public sealed record SubscribeRequest(string Email, string Topic);

        public sealed class NewsletterEndpoints;

        public static class NewsletterApi
        {
            public static void Map(WebApplication app)
            {
                app.MapPost("/newsletter", (SubscribeRequest request, ILogger<NewsletterEndpoints> logger) =>
                {
                    logger.LogInformation("Subscribing {Email} to {Topic}", {|DS0101:request.Email|}, request.Topic);
                    return Results.Accepted();
                });
            }
        }
        """,
        "'SubscribeRequest.Email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Controller_destructures_an_unannotated_request_model() => RealisticSources.Verify(Usings, """
        public sealed class RegisterModel
        {
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public string Plan { get; set; } = "";
        }

        [ApiController]
        [Route("api/accounts")]
        public sealed class AccountsController(ILogger<AccountsController> logger) : ControllerBase
        {
            [HttpPost]
            public IActionResult Register(RegisterModel model)
            {
                logger.LogInformation("Register request {@Model}", {|DS0101:model|});
                logger.LogInformation("Register request for plan {Plan}", model.Plan);
                return NoContent();
            }
        }
        """,
        "'RegisterModel.Email, RegisterModel.PhoneNumber' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
}
