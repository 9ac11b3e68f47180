namespace DataSteward.Tests.Realistic;

/// <summary>Background workers, queues and repositories.</summary>
public sealed class WorkersAndRepositoriesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Data.Common;
        using System.Diagnostics;
        using System.Linq;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;
        using DataSteward;

        """;

    private const string CertificateRequest = """
        public sealed record CertificateRequest(
            Guid RequestId,
            [PersonalData(PersonalDataKind.NationalIdentifier)] string Nir,
            string Kind);

        """;

    [Fact]
    public Task Queue_worker_logs_the_message_record() => RealisticSources.Verify(Usings, CertificateRequest + """
        public sealed class CertificateWorker(Channel<CertificateRequest> queue, ILogger<CertificateWorker> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await foreach (var request in queue.Reader.ReadAllAsync(stoppingToken))
                {
                    try
                    {
                        logger.LogInformation("Processing {Request}", {|DS0001:request|});
                        await Task.Delay(10, stoppingToken);
                    }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "Failed to process certificate request {RequestId} ({Kind})", request.RequestId, request.Kind);
                    }
                }
            }
        }
        """,
        "'CertificateRequest.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Worker_throws_with_the_record_in_the_message() => RealisticSources.Verify(Usings, CertificateRequest + """
        public sealed class CertificateIssuer
        {
            public void Issue(CertificateRequest request, bool registryAvailable)
            {
                if (!registryAvailable)
                {
                    throw new InvalidOperationException({|DS0004:$"Registry unavailable, cannot issue {request}"|});
                }
            }
        }
        """,
        "'CertificateRequest.Nir' (personal data: national identifier) is put in an exception message by 'new InvalidOperationException' without pseudonymisation");

    [Fact]
    public Task LoggerMessage_method_given_the_message_record() => RealisticSources.Verify(Usings, CertificateRequest + """
        internal static partial class WorkerLog
        {
            [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Dequeued {Request}")]
            public static partial void Dequeued(ILogger logger, CertificateRequest request);

            [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Issued certificate {RequestId} in {ElapsedMs} ms")]
            public static partial void Issued(ILogger logger, Guid requestId, long elapsedMs);

            public static partial void Dequeued(ILogger logger, CertificateRequest request) { }

            public static partial void Issued(ILogger logger, Guid requestId, long elapsedMs) { }
        }

        public sealed class CertificateHandler(ILogger<CertificateHandler> logger)
        {
            public void Handle(CertificateRequest request)
            {
                var stopwatch = Stopwatch.StartNew();
                WorkerLog.Dequeued(logger, {|DS0001:request|});
                WorkerLog.Issued(logger, request.RequestId, stopwatch.ElapsedMilliseconds);
            }
        }
        """,
        "'CertificateRequest.Nir' (personal data: national identifier) is written to a log by 'WorkerLog.Dequeued' without pseudonymisation");

    [Fact]
    public Task Batch_worker_logs_ids_counts_and_flags_only() => RealisticSources.Verify(Usings, """
        public sealed class ReminderBatch(IResidentRepository repository, ILogger<ReminderBatch> logger)
        {
            public async Task RunAsync(Guid batchId, string district, CancellationToken ct)
            {
                var stopwatch = Stopwatch.StartNew();
                var residents = await repository.ListAsync(district, ct);
                var reachable = residents.Where(r => !string.IsNullOrWhiteSpace(r.Email)).ToList();
                foreach (var resident in residents)
                {
                    if (resident.DateOfBirth == default)
                    {
                        logger.LogWarning("Resident {ResidentId} skipped: missing birth date", resident.Id);
                    }
                }

                logger.LogInformation(
                    "Batch {BatchId}: {Reachable}/{Total} residents reachable in {District}, {ElapsedMs} ms",
                    batchId, reachable.Count, residents.Count, district, stopwatch.ElapsedMilliseconds);
                logger.LogDebug("First reachable resident {Email}", {|DS0001:reachable[0].Email|});
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation");


    [Fact]
    public Task Recipient_reassigned_in_a_branch() => RealisticSources.Verify(Usings, """
        public sealed class NotificationOptions
        {
            public bool SendToResident { get; set; }
        }

        public sealed class NotificationScheduler(ILogger<NotificationScheduler> logger)
        {
            public void Schedule(Resident resident, NotificationOptions options)
            {
                string recipient = "district-office";
                if (options.SendToResident)
                {
                    recipient = resident.Email;
                }

                logger.LogInformation("Notification queued for {Recipient}", {|DS0001:recipient|});
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Repository_logs_sql_built_from_the_email_parameter() => RealisticSources.Verify(Usings, """
        public sealed class SubscriberRepository(DbConnection connection, ILogger<SubscriberRepository> logger)
        {
            public async Task<int?> FindIdByEmailAsync(string email, CancellationToken ct)
            {
                var sql = $"SELECT id FROM subscribers WHERE email = '{email}'";
                logger.LogDebug("Executing {Sql}", {|DS0101:sql|});
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                var result = await command.ExecuteScalarAsync(ct);
                logger.LogDebug("Subscriber found: {Found}", result is not null);
                return result as int?;
            }
        }
        """,
        "'email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation");

    [Fact]
    public Task Repository_destructures_an_unannotated_customer_entity() => RealisticSources.Verify(Usings, """
        public sealed class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public string LoyaltyTier { get; set; } = "";
        }

        public sealed class CustomerRepository(ILogger<CustomerRepository> logger)
        {
            private readonly List<Customer> customers = new();

            public void Save(Customer customer)
            {
                logger.LogDebug("Saving {@Customer}", {|DS0101:customer|});
                customers.Add(customer);
                logger.LogDebug("Saved customer {CustomerId} ({Tier})", customer.Id, customer.LoyaltyTier);
            }
        }
        """,
        "'Customer.Email, Customer.PhoneNumber' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation");

    // Once a false negative, now reported: the generic base repository destructures whatever entity it is given; the leak is at the call site, nothing reported.
    [Fact]
    public Task Generic_repository_base_destructures_the_entity() => RealisticSources.Verify(Usings, """
        public abstract class Repository<T>(ILogger logger) where T : class
        {
            private readonly List<T> items = new();

            protected void Add(T entity)
            {
                logger.LogDebug("Adding {@Entity}", entity);
                items.Add(entity);
            }
        }

        public sealed class ResidentStore(ILogger<ResidentStore> logger) : Repository<Resident>(logger)
        {
            public void Register(Resident resident) => Add({|DS0001:resident|});
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email and 2 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth) is written to a log by 'Repository.Add → LoggerExtensions.LogDebug' without pseudonymisation");

    // Once a false negative, now reported: a logging wrapper: the callee logs its parameter, the personal data enters at the call; nothing reported.
    [Fact]
    public Task Audit_helper_that_logs_its_message() => RealisticSources.Verify(Usings, """
        public sealed class ResidentAudit(ILogger<ResidentAudit> logger)
        {
            private void Audit(string message) => logger.LogInformation("AUDIT {Message}", message);

            public void Updated(Resident resident, string field)
            {
                Audit({|DS0001:$"Resident {resident.Email} updated {field}"|});
                Audit($"Resident {resident.Id} updated {field}");
            }
        }
        """,
        "'Resident.Email' (personal data: contact) is written to a log by 'ResidentAudit.Audit → LoggerExtensions.LogInformation' without pseudonymisation");
}
