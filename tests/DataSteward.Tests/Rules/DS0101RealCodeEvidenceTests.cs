namespace DataSteward.Tests.Rules;

/// <summary>
/// Issue 10: evidence that finds the leaks of unannotated real code, each with the false friends that must stay clean
/// in the same compilation.
/// </summary>
public sealed class DS0101RealCodeEvidenceTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net;
        using System.Reflection;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        """;

    // Item 1: a hole named like personal data names a local or parameter whose value says nothing.
    [Fact]
    public async Task Message_template_hole_names_are_evidence()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Mailer(ILogger<Mailer> logger, Serilog.ILogger log)
            {
                static string Mask(string value) => "***";

                public void Sent(string to, string who, string templateId, int recipientCount, bool emailEnabled, Guid userId)
                {
                    logger.LogInformation("Sent to {Email}", {|DS0101:to|});
                    log.Information("Sent to {Email}", {|DS0101:to|});
                    logger.LogInformation("Dossier de {NomUsager}", {|DS0101:who|});
                    logger.LogInformation("Template {EmailTemplateId}", templateId);
                    logger.LogInformation("{UserCount} users", recipientCount);
                    logger.LogInformation("{EmailEnabled}", emailEnabled);
                    logger.LogInformation("{Email} has {Length} characters", userId, to.Length);
                    logger.LogInformation("Sent to {Email}", Mask(to));
                    var sender = "noreply@example.org";
                    logger.LogInformation("From {Email}", sender);
                    logger.LogInformation("Sent to {Email", to);
                    logger.LogInformation("Sent to {}", to);
                }
            }
            """,
            "'to (as {Email})' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'to (as {Email})' looks like personal data (contact) and is written to a log by 'ILogger.Information' without pseudonymisation",
            "'who (as {NomUsager})' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Item 1: the logging generator names each hole after the parameter that fills it.
    [Fact]
    public async Task LoggerMessage_parameter_names_are_evidence()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sent to {Email}")]
                public static partial void Sent(ILogger logger, string email);

                public static partial void Sent(ILogger logger, string email) { }

                [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Template {TemplateId}")]
                public static partial void Template(ILogger logger, string templateId);

                public static partial void Template(ILogger logger, string templateId) { }
            }

            class Mailer(ILogger<Mailer> logger)
            {
                void Send(string to, Register.Citizen citizen)
                {
                    Log.Sent(logger, {|DS0101:to|});
                    Log.Template(logger, to);
                    Log.Sent(logger, citizen.Municipality);
                }
            }
            """,
            "'to (as {email})' looks like personal data (contact) and is written to a log by 'Log.Sent' without pseudonymisation");
    }

    // Item 2: a person's role followed by a personal attribute.
    [Fact]
    public async Task Person_role_compounds_in_a_destructured_event()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed record OrderShipped(int OrderId, string BuyerName, string ProductName);
            public sealed record CatalogueChanged(int ProductId, string ProductName, string CompanyName, string QueueName);

            class Handler(ILogger<Handler> logger)
            {
                void Handle(OrderShipped shipped, CatalogueChanged changed, string cardHolderName, string serviceName)
                {
                    logger.LogInformation("Handling {@IntegrationEvent}", {|DS0101:shipped|});
                    logger.LogInformation("Handling {@IntegrationEvent}", changed);
                    logger.LogInformation("Paid by {Holder}", {|DS0101:cardHolderName|});
                    logger.LogInformation("Called {Service}", serviceName);
                }
            }
            """,
            "'OrderShipped.BuyerName' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'cardHolderName' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Item 3: the address of the person's device is personal, the address of a server is not.
    [Fact]
    public async Task Client_IP_addresses_are_online_identifiers()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Middleware(ILogger<Middleware> logger)
            {
                void Invoke(HttpContext context, string remoteEndPoint, string serverIp, IPAddress bindAddress)
                {
                    logger.LogInformation("Request from {Ip}", {|DS0101:context.Connection.RemoteIpAddress|});
                    logger.LogInformation("Forwarded {Ip}", {|DS0101:context.Request.Headers["X-Forwarded-For"]|});
                    logger.LogInformation("Denied (IP: {Address})", {|DS0101:remoteEndPoint|});
                    logger.LogInformation("Listening on {Address}", serverIp);
                    logger.LogInformation("Bound to {Address}", bindAddress);
                    logger.LogInformation("Loopback {Address}", IPAddress.Loopback);
                    logger.LogInformation("Local {Address}", context.Connection.LocalIpAddress);
                }
            }
            """,
            "'ConnectionInfo.RemoteIpAddress' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'\"X-Forwarded-For\"' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'remoteEndPoint' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Item 9: the head of a compound name decides.
    [Fact]
    public async Task The_head_of_a_compound_name_decides()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Report(ILogger<Report> logger)
            {
                void Run(string customerEmail, string emailDomain, string emailSent, string addressLine1Length,
                    string grantorIdsWithNullEmail, string courrielUsager, string nomFichier, string adresseServeur)
                {
                    logger.LogInformation("{A}", {|DS0101:customerEmail|});
                    logger.LogInformation("{B}", {|DS0101:courrielUsager|});
                    logger.LogInformation("{C} {D} {E} {F} {G} {H}", emailDomain, emailSent, addressLine1Length, grantorIdsWithNullEmail, nomFichier, adresseServeur);
                }
            }
            """,
            "'customerEmail' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'courrielUsager' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Item 10: a thing's coordinates and a framework object's FullName are not a person's.
    [Fact]
    public async Task Coordinates_of_things_and_framework_names_stay_clean()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed class MediaItem { public string Title { get; set; } = ""; public double? Latitude { get; set; } public double? Longitude { get; set; } }
            public sealed class UserDevice { public double Latitude { get; set; } public double Longitude { get; set; } }
            public sealed class Member { public string FullName { get; set; } = ""; }
            public sealed class FileSystemMetadata { public string FullName { get; set; } = ""; }
            public sealed class EventLocation { public string Address { get; set; } = ""; public string PostalCode { get; set; } = ""; }

            class Diagnostics(ILogger<Diagnostics> logger)
            {
                void Run(MediaItem item, UserDevice device, Member member, Assembly assembly, FileInfo file, FileSystemMetadata metadata, EventLocation venue)
                {
                    logger.LogInformation("Resolving {Path}", metadata.FullName);
                    logger.LogInformation("Venue {@Venue}", venue);
                    logger.LogInformation("{@Item}", item);
                    logger.LogInformation("{@Device}", {|DS0101:device|});
                    logger.LogInformation("Loaded {Assembly} {Type} {Path}", assembly.FullName, GetType().FullName, file.FullName);
                    logger.LogInformation("Member {Name}", {|DS0101:member.FullName|});
                }
            }
            """,
            "'UserDevice.Latitude, UserDevice.Longitude' looks like personal data (location) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Member.FullName' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Item 4: claim values of a person's name, e-mail, phone, address or birth date, and whole claim dumps.
    [Fact]
    public async Task Claims_that_hold_a_persons_data()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using System.Linq;
            using System.Security.Claims;

            class Account(ILogger<Account> logger)
            {
                void SignedIn(ClaimsPrincipal user)
                {
                    logger.LogInformation("{A}", {|DS0101:user.FindFirst(ClaimTypes.Name)?.Value|});
                    logger.LogInformation("{B}", {|DS0101:user.FindFirstValue("given_name")|});
                    logger.LogInformation("{C}", {|DS0101:string.Join(", ", user.Claims.Select(c => $"{c.Type}: {c.Value}"))|});
                    logger.LogInformation("{D}", user.FindFirstValue(ClaimTypes.Role));
                    logger.LogInformation("{E}", user.FindFirst("sub")?.Value);
                    logger.LogInformation("{F} {G}", user.Identity?.IsAuthenticated, user.Claims.Count());
                    logger.LogInformation("Claim types {Types}", string.Join(", ", user.Claims.Select(c => c.Type)));
                }
            }
            """,
            "'claim ClaimTypes.Name' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'claim \"given_name\"' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'ClaimsPrincipal.Claims' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Item 6: the application's own logger wrappers, also when only the interface is visible.
    [Fact]
    public async Task Application_logger_wrappers_are_log_sinks()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using Register;

            public interface IAppLogger<T>
            {
                void LogInformation(string message, params object[] args);
                void LogWarning(string message, params object[] args);
            }

            public sealed class AuditLogger
            {
                public void Info(string message) { }
            }

            public static class Log
            {
                public static void Error(string message) { }
            }

            public interface IMetricsLog { void Error(int code); }
            public sealed class Catalog { public void Info(string message) { } }

            class Service(IAppLogger<Service> appLogger, AuditLogger audit, IMetricsLog metrics, Catalog catalog)
            {
                void Run(Citizen citizen, string email, int count)
                {
                    appLogger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
                    appLogger.LogWarning("Count {Count}", count);
                    audit.Info({|DS0101:$"Changed {email}"|});
                    Log.Error({|DS0001:"Failed for " + citizen.Email|});
                    metrics.Error(citizen.Email.Length);
                    catalog.Info(citizen.Email);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'IAppLogger.LogInformation' without pseudonymisation",
            "'email' looks like personal data (contact) and is written to a log by 'AuditLogger.Info' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is written to a log by 'Log.Error' without pseudonymisation");
    }

    // Item 5: an unannotated object destructured after a message chosen at run time ("reason" + "{@details}").
    [Fact]
    public async Task Destructured_details_after_a_runtime_message()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed class RequestLog { public string ClientId { get; set; } = ""; public string LoginHint { get; set; } = ""; }
            public sealed class ScopeLog { public string ClientId { get; set; } = ""; public string Scopes { get; set; } = ""; }

            class Validator(ILogger<Validator> logger)
            {
                void Fail(string message, RequestLog details, ScopeLog scopes)
                {
                    logger.LogError(message + "\n{@details}", {|DS0101:details|});
                    logger.LogError(message + "\n{@details}", scopes);
                }
            }
            """,
            "'RequestLog.LoginHint' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogError' without pseudonymisation");
    }

    // Item 10: only values flow, never a declared type alone; an object created empty carries nothing.
    [Fact]
    public async Task An_object_created_empty_renders_no_member()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using System.Text.Json;

            public class ListingsProviderInfo { public string Username { get; set; } = ""; public string ZipCode { get; set; } = ""; }
            public class Page<T>(IEnumerable<T> items, string? token) { public IEnumerable<T> Items { get; } = items; public string? Token { get; } = token; }

            class Listings
            {
                public string Default() => JsonSerializer.Serialize(new ListingsProviderInfo());
                public string None() => JsonSerializer.Serialize(new Page<ListingsProviderInfo>([], null));
                public string Nothing() => JsonSerializer.Serialize(new Page<ListingsProviderInfo>(Array.Empty<ListingsProviderInfo>(), "start"));
                public string Filled(string username) => JsonSerializer.Serialize({|DS0101:new ListingsProviderInfo { Username = username }|});
            }
            """,
            "'ListingsProviderInfo.Username, ListingsProviderInfo.ZipCode, username' looks like personal data (online identifier; postal address) and is exported by 'JsonSerializer.Serialize' without pseudonymisation");
    }

    // Item 1, the other way round: a hole named after a thing says what a variable holds when only its name says otherwise.
    [Fact]
    public async Task A_hole_named_after_a_thing_outweighs_a_variables_own_name()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using Register;

            class Scanner(ILogger<Scanner> logger)
            {
                public void Resolve(string fullName, Citizen citizen)
                {
                    logger.LogWarning("Encountered invalid shortcut: {Path}", fullName);
                    logger.LogWarning("Could not open {File}", fullName);
                    logger.LogWarning("Shortcut left by {Owner}", {|DS0101:fullName|});
                    logger.LogWarning("Encountered invalid shortcut: {Path}", {|DS0001:citizen.FullName|});
                }
            }
            """,
            "'fullName' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogWarning' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogWarning' without pseudonymisation");
    }

    // Item 3: a server's or a network's address is not where a person lives.
    [Fact]
    public async Task A_servers_address_is_not_a_postal_address()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using System.Text.Json;

            public class ServerDiscoveryInfo { public string Address { get; set; } = ""; public string Id { get; set; } = ""; }
            public class ProxyEndpoint { public string Address { get; set; } = ""; }
            public class CustomerInfo { public string Address { get; set; } = ""; }

            class Discovery
            {
                public string Reply(ServerDiscoveryInfo info) => JsonSerializer.Serialize(info);
                public string Proxy(ProxyEndpoint endpoint) => JsonSerializer.Serialize(endpoint);
                public string Customer(CustomerInfo info) => JsonSerializer.Serialize({|DS0101:info|});
            }
            """,
            "'CustomerInfo.Address' looks like personal data (postal address) and is exported by 'JsonSerializer.Serialize' without pseudonymisation");
    }

    // Item 4: a claim picked out of the collection by its type is that claim, not a dump of every claim.
    [Fact]
    public async Task Claims_picked_by_type_are_judged_by_the_type()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using System.Linq;
            using System.Security.Claims;

            class Account(ILogger<Account> logger)
            {
                void SignedIn(ClaimsPrincipal user)
                {
                    logger.LogInformation("{Id}", user.Claims.FirstOrDefault(c => c.Type.Equals(ClaimTypes.NameIdentifier))?.Value);
                    logger.LogInformation("{Roles}", string.Join(", ", user.Claims.Where(c => c.Type == ClaimTypes.Role).Select(c => c.Value)));
                    logger.LogInformation("{A}", {|DS0101:user.Claims.FirstOrDefault(c => c.Type == ClaimTypes.Email)?.Value|});
                    logger.LogInformation("{B}", {|DS0101:user.Claims.Single(c => string.Equals(c.Type, "given_name")).Value|});
                    logger.LogInformation("{C}", {|DS0101:string.Join(", ", user.Claims.Where(c => c.Type.StartsWith("http")).Select(c => c.Value))|});
                }
            }
            """,
            "'claim ClaimTypes.Email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'claim \"given_name\"' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'ClaimsPrincipal.Claims' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Item 9: the head of a local's name says what it kept (emailDomain), whatever it was computed from; classified data
    // never gives way to a name.
    [Fact]
    public async Task A_locals_own_name_says_what_it_kept()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using Register;

            class Registration(ILogger<Registration> logger)
            {
                static string DomainOf(string address) => address.Substring(address.IndexOf('@') + 1);

                public void Register(string email, Citizen citizen)
                {
                    var emailDomain = DomainOf(email);
                    logger.LogInformation("Registration from {Domain}", emailDomain);
                    var contact = DomainOf(email);
                    logger.LogInformation("Registration from {Contact}", {|DS0101:contact|});
                    var citizenDomain = citizen.Email.Substring(3);
                    logger.LogInformation("Registration from {Domain}", {|DS0001:citizenDomain|});
                }
            }
            """,
            "'email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    // Items 3 and 10: a business's address, and the members of a cipher or an encrypted record (ciphertext), are not a
    // person's data in clear.
    [Fact]
    public async Task Business_addresses_and_ciphertext_holders_stay_clean()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using System.Text.Json;

            public class Provider { public string BusinessAddress1 { get; set; } = ""; public string HomeAddress { get; set; } = ""; }
            public class CipherLoginData { public string Username { get; set; } = ""; }
            public class EncryptedContact { public string Email { get; set; } = ""; }
            public class LoginData { public string Username { get; set; } = ""; }

            class Api
            {
                public string Provider(Provider provider) => JsonSerializer.Serialize({|DS0101:provider|});
                public string Cipher(CipherLoginData login, EncryptedContact contact) => JsonSerializer.Serialize(login) + JsonSerializer.Serialize(contact);
                public string Login(LoginData login) => JsonSerializer.Serialize({|DS0101:login|});
            }
            """,
            "'Provider.HomeAddress' looks like personal data (postal address) and is exported by 'JsonSerializer.Serialize' without pseudonymisation",
            "'LoginData.Username' looks like personal data (online identifier) and is exported by 'JsonSerializer.Serialize' without pseudonymisation");
    }
}
