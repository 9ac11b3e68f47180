namespace DataSteward.Tests.Realistic;

/// <summary>Exception-handling middleware, custom exceptions, validation and guard helpers.</summary>
public sealed class ExceptionsAndValidationTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;
        using DataSteward;

        """;

    [Fact]
    public Task Exception_handling_middleware_logs_request_metadata_only() => RealisticSources.Verify(Usings, """
        public sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
        {
            public async Task InvokeAsync(HttpContext context)
            {
                try
                {
                    await next(context);
                }
                catch (KeyNotFoundException ex)
                {
                    logger.LogWarning(ex, "Not found: {Method} {Path}", context.Request.Method, context.Request.Path);
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    await context.Response.WriteAsJsonAsync(new ProblemDetails { Title = "Not found", Status = 404, Detail = ex.Message });
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Unhandled exception for {Method} {Path} (trace {TraceId})", context.Request.Method, context.Request.Path, context.TraceIdentifier);
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    await context.Response.WriteAsJsonAsync(new ProblemDetails { Title = "Unexpected error", Status = 500, Extensions = { ["traceId"] = context.TraceIdentifier } });
                }
            }

            public void NotFound(Resident resident) => logger.LogWarning("Not found: {Email}", {|DS0001:resident.Email|});
        }
        """,
        "'Resident.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogWarning' without pseudonymisation");

    [Fact]
    public Task Middleware_logs_the_client_ip_address() => RealisticSources.Verify(Usings, """
        public sealed class RateLimitLoggingMiddleware(RequestDelegate next, ILogger<RateLimitLoggingMiddleware> logger)
        {
            public async Task InvokeAsync(HttpContext context)
            {
                await next(context);
                if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
                {
                    logger.LogWarning("Throttled {Path} from {RemoteIp}", context.Request.Path, {|DS0101:context.Connection.RemoteIpAddress|});
                    logger.LogDebug("Served by {LocalIp}:{LocalPort}", context.Connection.LocalIpAddress, context.Connection.LocalPort);
                }
            }
        }
        """,
        "'ConnectionInfo.RemoteIpAddress' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogWarning' without pseudonymisation");

    [Fact]
    public Task Custom_exception_puts_its_email_argument_in_the_message() => RealisticSources.Verify(Usings, """
        public sealed class DuplicateResidentException : Exception
        {
            public DuplicateResidentException(string email)
                : base({|DS0101:$"A resident with e-mail {email} already exists."|})
            {
            }
        }

        public sealed class ResidentRegistration
        {
            public void Register(Resident resident, bool exists)
            {
                if (exists)
                {
                    throw new DuplicateResidentException({|DS0004:resident.Email|});
                }
            }
        }
        """,
        "'email' looks like personal data (contact) and is put in an exception message by 'new Exception' without pseudonymisation",
        "'Resident.Email' (personal data: contact) is put in an exception message by 'new DuplicateResidentException' without pseudonymisation");

    // Once a false positive, now clean: DS0004 on the argument of a custom exception constructor that stores it in a property; the message is a constant.
    [Fact]
    public Task Custom_exception_keeps_the_email_out_of_its_message() => RealisticSources.Verify(Usings, """
        public sealed class ResidentConflictException : Exception
        {
            public ResidentConflictException(string conflictingEmail)
                : base("A resident with this e-mail address already exists.")
            {
                ConflictingEmail = conflictingEmail;
            }

            public string ConflictingEmail { get; }
        }

        public sealed class ResidentRegistration
        {
            public void Register(Resident resident, Resident? existing)
            {
                if (existing is not null && existing.Email == resident.Email)
                {
                    throw new ResidentConflictException(resident.Email);
                }

                if (existing is not null)
                {
                    throw new InvalidOperationException({|DS0004:$"A resident with the e-mail {resident.Email} already exists."|});
                }
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is put in an exception message by 'new InvalidOperationException' without pseudonymisation");

    [Fact]
    public Task Validation_exception_quotes_an_unannotated_dto() => RealisticSources.Verify(Usings, """
        public sealed record CreateAccountRequest(string Email, string DisplayLanguage);

        public sealed class CreateAccountValidator
        {
            public void Validate(CreateAccountRequest request)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(request.Email);
                if (!request.Email.Contains('@'))
                {
                    throw new ValidationException({|DS0101:$"'{request.Email}' is not a valid e-mail address."|});
                }

                if (request.DisplayLanguage.Length != 2)
                {
                    throw new ValidationException($"Unsupported language '{request.DisplayLanguage}'.");
                }
            }
        }
        """,
        "'CreateAccountRequest.Email' looks like personal data (contact) and is put in an exception message by 'new ValidationException' without pseudonymisation");

    // Once a false negative, now reported: a guard helper throws with the message it is given; the personal data enters at the call, nothing reported.
    [Fact]
    public Task Guard_helper_throws_with_the_message_it_is_given() => RealisticSources.Verify(Usings, """
        internal static class Guard
        {
            public static void Require(bool condition, string message)
            {
                if (!condition)
                {
                    throw new ValidationException(message);
                }
            }
        }

        public sealed class ResidentValidator
        {
            public void Validate(Resident resident)
            {
                Guard.Require(resident.Email.Contains('@'), {|DS0004:$"Invalid e-mail address {resident.Email}"|});
                Guard.Require(resident.District.Length > 0, $"Resident {resident.Id} has no district");
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is put in an exception message by 'Guard.Require → new ValidationException' without pseudonymisation");

    [Fact]
    public Task Problem_details_for_a_missing_resident_are_clean() => RealisticSources.Verify(Usings, """
        [ApiController]
        [Route("api/residents")]
        public sealed class ResidentsController(IResidentRepository repository) : ControllerBase
        {
            [HttpGet("{id:int}/district")]
            public async Task<IActionResult> GetDistrict(int id)
            {
                var resident = await repository.FindAsync(id, HttpContext.RequestAborted);
                if (resident is null)
                {
                    return NotFound(new ProblemDetails { Title = "Unknown resident", Detail = $"No resident with id {id}." });
                }

                return Ok(new { resident.Id, resident.District });
            }

            [HttpGet("{id:int}/contact")]
            public async Task<IActionResult> GetContact(int id)
            {
                var resident = await repository.FindAsync(id, HttpContext.RequestAborted);
                return resident is null ? NotFound() : Ok({|DS0002:new { resident.Id, resident.Email }|});
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is exported by 'ControllerBase.Ok' without pseudonymisation");

}
