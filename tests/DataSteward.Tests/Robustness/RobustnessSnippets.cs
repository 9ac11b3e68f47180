namespace DataSteward.Tests.Robustness;

/// <summary>
/// Realistic consumer code for the robustness tests: logging, serialisation, records, Identity, exceptions, telemetry,
/// catalogue models. <see cref="Compiling"/> compiles cleanly (the concurrency and cancellation tests build their corpus
/// from it); <see cref="HalfWritten"/> is code in the middle of being typed, with attributes that do not bind.
/// </summary>
internal static class RobustnessSnippets
{
    public static readonly (string Name, string Source)[] Compiling =
    [
        ("logging", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;
            using DataSteward;

            namespace Snippets.Logging;

            public sealed class Resident
            {
                [PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = "";
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
                [PersonalData(PersonalDataKind.NationalIdentifier)] public string Nir { get; set; } = "";
                public string District { get; set; } = "";
                public string? PhoneNumber { get; set; }
            }

            public sealed partial class ResidentService(ILogger<ResidentService> logger, HmacPseudonymiser pseudonymiser)
            {
                public void Register(Resident resident)
                {
                    var email = resident.Email;
                    string line = "Registered " + email + " in " + resident.District;
                    logger.LogInformation(line);
                    logger.LogInformation("Registered {Key} in {District}", pseudonymiser.Pseudonymise(resident.Email), resident.District);
                    using (logger.BeginScope("resident {Name}", resident.FullName))
                    {
                        logger.LogDebug("Phone {Phone}", resident.PhoneNumber);
                    }
                }

                public void Report(IReadOnlyList<Resident> residents)
                {
                    var names = string.Join(", ", residents.Select(r => r.FullName.ToUpperInvariant()));
                    logger.LogWarning($"Residents: {names}, count {residents.Count}");
                    logger.LogInformation("Valid: {Valid}", residents.All(r => r.Nir.Length == 15));
                }
            }
            """),
        ("serilog-and-serialisation", """
            using System;
            using System.IO;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Serilog;
            using DataSteward;

            namespace Snippets.Export;

            public sealed record Applicant(
                [property: PersonalData(PersonalDataKind.Name)] string Name,
                [property: PersonalData(PersonalDataKind.DateOfBirth)] DateOnly BirthDate,
                [property: SensitiveData(SensitiveCategory.Health)] string? Disability,
                string Programme)
            {
                [JsonIgnore, PersonalData] public string? Notes { get; init; }
            }

            public static class ApplicantExport
            {
                public static string ToJson(Applicant applicant) => JsonSerializer.Serialize(applicant);

                public static string Summary(Applicant applicant) =>
                    JsonSerializer.Serialize(new { applicant.Programme, Year = applicant.BirthDate.Year > 2000 });

                public static void Audit(Applicant applicant, TextWriter writer)
                {
                    Log.Information("Applicant {@Applicant}", applicant);
                    Log.Information("Programme {Programme}", applicant.Programme);
                    writer.WriteLine(applicant.ToString());
                    File.WriteAllText("/tmp/applicant.txt", $"{applicant.Name};{applicant.Disability}");
                }
            }
            """),
        ("controllers-and-exceptions", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using DataSteward;

            namespace Snippets.Api;

            public sealed class Taxpayer
            {
                public Guid Id { get; set; }
                [PersonalData(PersonalDataKind.Financial)] public string Iban { get; set; } = "";
                [PersonalData(PersonalDataKind.PostalAddress)] public string Street { get; set; } = "";
                public decimal Due { get; set; }
            }

            [ApiController, Route("taxpayers")]
            public sealed class TaxpayerController : ControllerBase
            {
                private readonly List<Taxpayer> _taxpayers = new();

                [HttpGet("{id}")]
                public ActionResult<Taxpayer> Get(Guid id)
                {
                    Taxpayer? found = _taxpayers.FirstOrDefault(t => t.Id == id);
                    if (found is null)
                    {
                        throw new KeyNotFoundException("No taxpayer " + id);
                    }

                    if (found.Due < 0)
                    {
                        throw new InvalidOperationException($"Negative balance for {found.Iban}");
                    }

                    return found;
                }

                [HttpGet("{id}/street")]
                public IResult Street(Guid id) => Results.Ok(_taxpayers.Where(t => t.Id == id).Select(t => t.Street).ToArray());

                [HttpGet("{id}/due")]
                public IActionResult Due(Guid id) => Ok(new { id, Total = _taxpayers.Sum(t => t.Due) });
            }
            """),
        ("telemetry", """
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Diagnostics.Metrics;
            using DataSteward;

            namespace Snippets.Telemetry;

            public sealed class Visit
            {
                [PersonalData(PersonalDataKind.Location)] public string Geohash { get; set; } = "";
                [SensitiveData(SensitiveCategory.Health)] public string Ward { get; set; } = "";
                public string Clinic { get; set; } = "";
            }

            public sealed class VisitTelemetry : IDisposable
            {
                private static readonly ActivitySource Source = new("Snippets.Visits");
                private readonly Meter _meter = new("Snippets.Visits");
                private readonly Counter<int> _visits;

                public VisitTelemetry() => _visits = _meter.CreateCounter<int>("visits");

                public void Record(Visit visit)
                {
                    using Activity? activity = Source.StartActivity("visit");
                    activity?.SetTag("clinic", visit.Clinic);
                    activity?.SetTag("where", visit.Geohash);
                    activity?.AddEvent(new ActivityEvent("ward", tags: new ActivityTagsCollection { ["ward"] = visit.Ward }));
                    activity?.SetBaggage("ward", visit.Ward);
                    _visits.Add(1, new KeyValuePair<string, object?>("clinic", visit.Clinic));
                    _visits.Add(1, new KeyValuePair<string, object?>("geohash", visit.Geohash));
                }

                public void Dispose() => _meter.Dispose();
            }
            """),
        ("identity-and-hashing", """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            namespace Snippets.Identity;

            public sealed class Member : IdentityUser
            {
                [PersonalData] public string? Nickname { get; set; }
                [ProtectedPersonalData] public string? TaxNumber { get; set; }
            }

            public sealed class MemberDirectory(ILogger<MemberDirectory> logger)
            {
                public string Token(Member member)
                {
                    byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(member.Email ?? ""));
                    string token = Convert.ToHexString(hash);
                    logger.LogInformation("Member {Nickname} has token {Token}", member.Nickname, token);
                    return token;
                }

                public string Legacy(Member member) => Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(member.TaxNumber ?? "")));
            }
            """),
        ("catalogue-models", """
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using DataSteward;

            [assembly: DataCatalogue(Title = "Civil register", Publisher = "City of Gent", ContactPoint = "mailto:dpo@example.org",
                HomePage = "https://data.example.org", License = "CC-BY-4.0")]

            namespace Snippets.Catalogue;

            /// <summary>A birth registered by the civil registry.</summary>
            [Dataset("births", Title = "Births", Description = "Births registered in the city", Publisher = "City of Gent",
                License = "etalab-2.0", Access = DatasetAccess.Restricted, Themes = new[] { "SOCI", "GOVE" },
                Keywords = new[] { "births" }, UpdateFrequency = "MONTHLY", Purpose = "Civil status",
                LegalBasis = LawfulBasis.LegalObligation, Retention = "P100Y")]
            public sealed record Birth
            {
                /// <summary>Registration number.</summary>
                [Key] public int Number { get; init; }

                [Required, MaxLength(120), PersonalData(PersonalDataKind.Name)] public string ChildName { get; init; } = "";

                [PersonalData(PersonalDataKind.DateOfBirth)] public DateOnly Born { get; init; }

                [Range(0, 10_000)] public int WeightGrams { get; init; }

                [RegularExpression("^[A-Z]{2}$")] public string? Country { get; init; }

                public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();
            }

            [Dataset("streets", Title = "Street names", Access = DatasetAccess.Public, License = "ODbL-1.0", ReferenceData = true,
                UpdateFrequency = "ANNUAL", Retention = "not-a-duration")]
            public sealed class Street
            {
                public string Name { get; set; } = "";
                [EmailAddress] public string? ContactEmail { get; set; }
            }

            [Dataset("births")]
            public sealed class DuplicateBirths
            {
                [PersonalData] public string? Mother { get; set; }
            }
            """),
        ("flows-across-methods", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using DataSteward;

            namespace Snippets.Flows;

            public sealed class Pupil
            {
                [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
                [SensitiveData(SensitiveCategory.ReligiousOrPhilosophicalBeliefs)] public string? Religion { get; set; }
                public int Grade { get; set; }

                public override string ToString() => $"{Name} ({Grade})";
            }

            public static class Formatting
            {
                public static string Label(Pupil pupil) => pupil.Name.Trim() + "#" + pupil.Grade;

                [Pseudonymiser]
                public static string Mask(string value) => new string('*', value.Length);

                public static string Recurse(Pupil pupil, int depth) => depth <= 0 ? pupil.Name : Recurse(pupil, depth - 1);
            }

            public sealed class SchoolService(ILogger<SchoolService> logger)
            {
                public async Task<string> RollAsync(IEnumerable<Pupil> pupils)
                {
                    var builder = new StringBuilder();
                    foreach (var (pupil, index) in pupils.Select((p, i) => (p, i)))
                    {
                        builder.Append(index).Append(':').AppendLine(Formatting.Label(pupil));
                    }

                    string roll = await Task.FromResult(builder.ToString());
                    logger.LogInformation("Roll {Roll}", roll);
                    logger.LogInformation("Masked {Name}", Formatting.Mask(pupils.First().Name));
                    logger.LogInformation("Deep {Name}", Formatting.Recurse(pupils.First(), 3));
                    logger.LogInformation("Pupil {Pupil}", pupils.First());
                    var tuple = (pupils.First().Religion, Count: pupils.Count());
                    logger.LogInformation("Tuple {Tuple}", tuple);
                    return roll;
                }
            }
            """),
        ("sinks-and-config", """
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using DataSteward;

            namespace Snippets.Sinks;

            public sealed class Case
            {
                [PersonalData(PersonalDataKind.OnlineIdentifier)] public string IpAddress { get; set; } = "";
                [SensitiveData(SensitiveCategory.CriminalOffences)] public string? Conviction { get; set; }
                [NotPersonalData] public string? EmailTemplate { get; set; }
                [Pseudonymised] public string Key { get; set; } = "";
                public string DateOfBirth { get; set; } = "";
            }

            public static class AuditTrail
            {
                public static void Write([DataSink(DataSinkKind.Log)] string message) => Debug.WriteLine(message);

                public static void Export([DataSink(DataSinkKind.Export)] object payload) => Console.WriteLine(payload);

                public static void Use(Case c)
                {
                    Write(c.IpAddress);
                    Write(c.Key);
                    Write(c.EmailTemplate ?? "");
                    Export(new { c.Conviction });
                    Console.WriteLine(c.DateOfBirth);
                    Trace.TraceInformation("ip {0}", c.IpAddress);
                    Write(c.IpAddress == "127.0.0.1" ? "local" : "remote");
                    Write(c.IpAddress.Length.ToString());
                }
            }
            """),
        ("generics-and-lambdas", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using DataSteward;

            namespace Snippets.Generic;

            public interface IHasEmail
            {
                [PersonalData(PersonalDataKind.ContactDetails)] string Email { get; }
            }

            public sealed class Voter : IHasEmail
            {
                public string Email { get; init; } = "";
                public string Constituency { get; init; } = "";
            }

            public sealed class Notifier<T>(ILogger<Notifier<T>> logger) where T : IHasEmail
            {
                public Func<T, string> Describe { get; set; } = t => t.Email;

                public void Notify(IEnumerable<T> people)
                {
                    foreach (var group in people.GroupBy(p => p.Email.Split('@').Last()))
                    {
                        logger.LogInformation("Domain {Domain} has {Count}", group.Key, group.Count());
                        logger.LogInformation("First {Email}", group.First().Email);
                    }

                    Parallel.ForEach(people, p => logger.LogDebug("{Text}", Describe(p)));
                    var lookup = people.ToDictionary(p => p.Email, p => p);
                    logger.LogInformation("Keys {Keys}", lookup.Keys);
                }
            }
            """),
        ("nlog-newtonsoft-textwriter", """
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.IO;
            using System.Linq;
            using Newtonsoft.Json;
            using NLog;
            using DataSteward;

            namespace Snippets.ThirdParty;

            public sealed class Claimant
            {
                [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
                [SensitiveData(SensitiveCategory.TradeUnionMembership)] public bool UnionMember { get; set; }
                public decimal Amount { get; set; }
            }

            public static class ClaimantExport
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();

                public static void Run(IEnumerable<Claimant> claimants, TextWriter writer)
                {
                    foreach (var line in claimants.Select(c => string.Join(';', c.Name, c.Amount.ToString(CultureInfo.InvariantCulture))))
                    {
                        writer.WriteLine(line);
                    }

                    foreach (var claimant in claimants)
                    {
                        Log.Info("Claimant {Name}", claimant.Name);
                        Log.Info(JsonConvert.SerializeObject(claimant));
                    }
                }
            }
            """),
    ];

    /// <summary>Attributes and code that do not bind: the analysers must report a diagnostic or nothing, never throw.</summary>
    public static readonly (string Name, string Source)[] HalfWritten =
    [
        ("dataset-open-paren", """
            using DataSteward;

            namespace Broken;

            [Dataset(
            public sealed class Half
            {
                [PersonalData] public string Email { get; set; } = "";
            }
            """),
        ("wrong-argument-types", """
            using System;
            using DataSteward;
            using Microsoft.Extensions.Logging;

            [assembly: DataCatalogue(Title = 3, License = null, ContactPoint = "not a uri")]

            namespace Broken;

            [Dataset(null, Access = (DatasetAccess)7, Themes = null, Keywords = new string[] { null! }, Retention = "P", LegalBasis = (LawfulBasis)(-1))]
            public sealed class Odd
            {
                [PersonalData(42)] public string Email { get; set; } = "";
                [SensitiveData("x")] public string Health { get; set; } = "";
                [PersonalData((PersonalDataKind)99)] public string Other { get; set; } = "";
                [SensitiveData((SensitiveCategory)1234)] public string Secret { get; set; } = "";
                [PersonalData(PersonalDataKind.)] public string Dotted { get; set; } = "";
                [SensitiveData] public string NoCategory { get; set; } = "";
                [DataSink((DataSinkKind)42)] public string NotAParameter { get; set; } = "";

                public void Log(ILogger logger, [DataSink((DataSinkKind)9)] string sink)
                {
                    logger.LogInformation("{A} {B} {C} {D}", Email, Health, Other, Secret);
                    Log(logger, Email);
                }
            }
            """),
        ("unfinished-method", """
            using Microsoft.Extensions.Logging;
            using DataSteward;

            namespace Broken;

            public sealed class Person
            {
                [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
            }

            public sealed class Typing(ILogger logger)
            {
                public void Log(Person p)
                {
                    logger.LogInformation("Name {Name} {Other}", p.Name, p.
                    var x = $"{p.Name
                    throw new System.Exception(p.Name +
                }
            """),
        ("recursive-and-self-referential", """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using DataSteward;

            namespace Broken;

            [PersonalData]
            public sealed record Node(string Label, Node? Next, List<Node> Children)
            {
                public override string ToString() => Label + Next + string.Join(",", Children);
            }

            public sealed class Walker(ILogger logger)
            {
                public string Walk(Node node) => node.Next is null ? node.Label : Walk(node.Next) + Walk2(node);

                public string Walk2(Node node) => Walk(node);

                public void Print(Node node)
                {
                    var current = node;
                    while (current is not null)
                    {
                        logger.LogInformation("{Node}", current);
                        current = current.Next;
                        current = current;
                    }

                    logger.LogInformation(Walk(node));
                }
            }
            """),
        ("identity-ambiguity", """
            using Microsoft.AspNetCore.Identity;
            using DataSteward;

            namespace Broken;

            public sealed class Ambiguous
            {
                [PersonalData] public string? Email { get; set; }
                [DataSteward.PersonalData(DataSteward.PersonalDataKind.ContactDetails, Extra = 1)] public string? Other { get; set; }
                [Microsoft.AspNetCore.Identity.PersonalData(1)] public string? Third { get; set; }
            }
            """),
    ];
}
