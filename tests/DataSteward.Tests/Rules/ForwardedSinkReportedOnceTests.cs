namespace DataSteward.Tests.Rules;

/// <summary>
/// Issue 15, item 3: one leak, one diagnostic. A method that logs a parameter whose record type prints classified
/// members is reported inside the method; its callers are not reported again. A helper that logs a plain string
/// parameter is still reported where a caller passes personal data to it.
/// </summary>
public sealed class ForwardedSinkReportedOnceTests
{
    [Fact]
    public async Task A_leak_the_callee_reports_itself_is_not_reported_again_at_its_callers()
    {
        await FlowVerifier.VerifyAsync("""
            using System.Threading.Tasks;
            using DataSteward;
            using Microsoft.Extensions.Logging;

            public sealed record CreateClaimantRequest(
                [property: PersonalData(PersonalDataKind.ContactDetails)] string Email,
                string Municipality);

            public sealed class ClaimService(ILogger<ClaimService> logger)
            {
                public Task CreateAsync(CreateClaimantRequest request)
                {
                    logger.LogDebug("Request received: {Request}", {|DS0001:request|});
                    return Task.CompletedTask;
                }

                public void Audit(string message) => logger.LogInformation(message);
            }

            public sealed class ClaimsController(ClaimService service)
            {
                public Task Create(CreateClaimantRequest request)
                {
                    service.Audit({|DS0001:"Claim from " + request.Email|});
                    return service.CreateAsync(request);
                }

                public Task Retry(CreateClaimantRequest request) => service.CreateAsync(request);
            }
            """,
            "'CreateClaimantRequest.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation",
            "'CreateClaimantRequest.Email' (personal data: contact) is written to a log by 'ClaimService.Audit → LoggerExtensions.LogInformation' without pseudonymisation");
    }
}
