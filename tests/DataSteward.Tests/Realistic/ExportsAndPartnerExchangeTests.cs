namespace DataSteward.Tests.Realistic;

/// <summary>CSV/JSON exports, file downloads and "once only" calls to partner administrations.</summary>
public sealed class ExportsAndPartnerExchangeTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using CsvHelper;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.WebUtilities;
        using Microsoft.Extensions.Logging;
        using DataSteward;

        """;

    [Fact]
    public Task Csv_export_of_the_entities() => RealisticSources.Verify(Usings, """
        public sealed class ResidentCsvExporter
        {
            public void Export(List<Resident> residents, TextWriter writer)
            {
                using var csv = CsvWriter.Create(writer, null, leaveOpen: true);
                csv.WriteRecords({|DS0002:residents|});
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email and 2 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth) is exported by 'CsvWriter.WriteRecords' without pseudonymisation");

    // Once a false positive, now clean: DS0002 'Resident.Nir' on rows although the anonymous object holds pseudonymiser.Pseudonymise(r.Nir); minimal case: SafeCodeTests.Anonymous_object_member_holding_a_pseudonym_is_clean.
    [Fact]
    public Task Csv_export_of_a_pseudonymised_projection_is_clean() => RealisticSources.Verify(Usings, """
        public sealed class OpenDataExporter(IResidentRepository repository, ILogger<OpenDataExporter> logger) : IDisposable
        {
            private readonly HmacPseudonymiser pseudonymiser = new(new byte[32], "k1", "open-data-residents");

            public async Task ExportAsync(string district, TextWriter writer, CancellationToken ct)
            {
                var residents = await repository.ListAsync(district, ct);
                var rows = residents.Select(r => new
                {
                    Pseudonym = pseudonymiser.Pseudonymise(r.Nir),
                    r.District,
                    Registered = r.CreatedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                });
                using (var csv = CsvWriter.Create(writer, null, leaveOpen: true))
                {
                    csv.WriteRecords(rows);
                }

                logger.LogInformation("Exported {Count} rows for {District}", residents.Count, district);
            }

            public async Task ExportWithoutPseudonymsAsync(string district, TextWriter writer, CancellationToken ct)
            {
                var residents = await repository.ListAsync(district, ct);
                var rows = residents.Select(r => new { r.Nir, r.District });
                using var csv = CsvWriter.Create(writer, null, leaveOpen: true);
                csv.WriteRecords({|DS0002:rows|});
            }

            public void Dispose() => pseudonymiser.Dispose();
        }
        """,
        "'Resident.Nir' (personal data: national identifier) is exported by 'CsvWriter.WriteRecords' without pseudonymisation");

    [Fact]
    public Task Newtonsoft_JsonIgnore_hides_the_member() => RealisticSources.Verify(Usings, """
        public sealed class PartnerRow
        {
            public int Id { get; set; }

            public string District { get; set; } = "";

            [Newtonsoft.Json.JsonIgnore]
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; set; } = "";
        }

        public sealed class ContactRow
        {
            public int Id { get; set; }

            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; set; } = "";
        }

        public sealed class PartnerFeed
        {
            public string Build(IEnumerable<PartnerRow> rows) => Newtonsoft.Json.JsonConvert.SerializeObject(rows);

            public string BuildContacts(IEnumerable<ContactRow> rows) => Newtonsoft.Json.JsonConvert.SerializeObject({|DS0002:rows|});
        }
        """,
        "'ContactRow.Email' (personal data: contact) is exported by 'JsonConvert.SerializeObject' without pseudonymisation");


    // Once a false negative, now reported: ControllerBase.File(bytes, ...) and ControllerBase.Content(text, ...) are not export sinks; a CSV download of e-mails is not reported.
    [Fact]
    public Task Controller_csv_download_through_File_and_Content() => RealisticSources.Verify(Usings, """
        [ApiController]
        [Route("api/exports")]
        public sealed class ExportsController(IResidentRepository repository) : ControllerBase
        {
            [HttpGet("{district}/residents.csv")]
            public async Task<IActionResult> Download(string district, CancellationToken ct)
            {
                var residents = await repository.ListAsync(district, ct);
                var builder = new StringBuilder();
                builder.AppendLine("id;name;email");
                foreach (var resident in residents)
                {
                    builder.AppendLine($"{resident.Id};{resident.FullName};{resident.Email}");
                }

                return File({|DS0002:Encoding.UTF8.GetBytes(builder.ToString())|}, "text/csv", $"residents-{district}.csv");
            }

            [HttpGet("{district}/residents.txt")]
            public async Task<IActionResult> Text(string district, CancellationToken ct)
            {
                var residents = await repository.ListAsync(district, ct);
                var lines = residents.Select(r => $"{r.Id};{r.Email}");
                return Content({|DS0002:string.Join("\n", lines)|}, "text/plain");
            }
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email' (personal data: name; personal data: contact) is exported by 'ControllerBase.File' without pseudonymisation",
        "'Resident.Email' (personal data: contact) is exported by 'ControllerBase.Content' without pseudonymisation");

    [Fact]
    public Task File_export_of_an_interpolated_projection() => RealisticSources.Verify(Usings, """
        public sealed class MailingListExporter
        {
            public Task ExportAsync(IReadOnlyList<Resident> residents, string path, CancellationToken ct) =>
                File.WriteAllLinesAsync(path, {|DS0002:residents.Select(r => $"{r.FullName} <{r.Email}>")|}, ct);
        }
        """,
        "'Resident.FirstName, Resident.LastName, Resident.Email' (personal data: name; personal data: contact) is exported by 'File.WriteAllLinesAsync' without pseudonymisation");

    // Once a false negative, now reported: System.Text.Json's [JsonIgnore] is honoured for Newtonsoft.Json, which does not know it; the e-mail is serialised and nothing is reported.
    [Fact]
    public Task Json_ignore_of_System_Text_Json_does_not_hide_from_Newtonsoft() => RealisticSources.Verify(Usings, """
        public sealed class ResidentExport
        {
            public int Id { get; set; }

            public string District { get; set; } = "";

            [System.Text.Json.Serialization.JsonIgnore]
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; set; } = "";
        }

        public sealed class JsonExports
        {
            public string ForPortal(List<ResidentExport> rows) => JsonSerializer.Serialize(rows);

            public string ForLegacyPartner(List<ResidentExport> rows) => Newtonsoft.Json.JsonConvert.SerializeObject({|DS0002:rows|});
        }
        """,
        "'ResidentExport.Email' (personal data: contact) is exported by 'JsonConvert.SerializeObject' without pseudonymisation");

    [Fact]
    public Task Partner_call_with_the_nir_in_the_query_string() => RealisticSources.Verify(Usings, """
        public sealed record TaxSituation(string Status, int Year);

        public sealed class TaxAdministrationClient(HttpClient http, ILogger<TaxAdministrationClient> logger)
        {
            public async Task<TaxSituation?> GetSituationAsync(Resident resident, CancellationToken ct)
            {
                using var response = await http.GetAsync({|DS0002:$"/api/v2/situations?nir={Uri.EscapeDataString(resident.Nir)}"|}, ct);
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning("Tax administration returned {Status} for resident {ResidentId}", (int)response.StatusCode, resident.Id);
                    return null;
                }

                return await response.Content.ReadFromJsonAsync<TaxSituation>(ct);
            }
        }
        """,
        "'Resident.Nir' (personal data: national identifier) is exported by 'HttpClient.GetAsync' without pseudonymisation");

    // Once a false negative, now reported: QueryHelpers.AddQueryString does not propagate; the NIR sent in the URL is not reported.
    [Fact]
    public Task Partner_call_with_a_url_built_by_QueryHelpers() => RealisticSources.Verify(Usings, """
        public sealed record FamilyAllowance(decimal Amount);

        public sealed class FamilyAllowanceClient(HttpClient http)
        {
            public Task<FamilyAllowance?> GetAsync(Resident resident, CancellationToken ct)
            {
                var url = QueryHelpers.AddQueryString("/api/allocations", "nir", resident.Nir);
                return http.GetFromJsonAsync<FamilyAllowance>({|DS0002:url|}, ct);
            }
        }
        """,
        "'Resident.Nir' (personal data: national identifier) is exported by 'HttpClientJsonExtensions.GetFromJsonAsync' without pseudonymisation");

    [Fact]
    public Task Partner_post_with_an_anonymous_payload() => RealisticSources.Verify(Usings, """
        public sealed class AttestationClient(HttpClient http, ILogger<AttestationClient> logger)
        {
            public async Task RequestAsync(Resident resident, CancellationToken ct)
            {
                var response = await http.PostAsJsonAsync(
                    "/api/v1/attestations",
                    {|DS0002:new { nir = resident.Nir, dateNaissance = resident.DateOfBirth, commune = resident.District }|},
                    ct);
                response.EnsureSuccessStatusCode();
                logger.LogInformation("Attestation requested for resident {ResidentId}", resident.Id);
            }
        }
        """,
        "'Resident.Nir, Resident.DateOfBirth' (personal data: national identifier; personal data: date of birth) is exported by 'HttpClientJsonExtensions.PostAsJsonAsync' without pseudonymisation");
}
