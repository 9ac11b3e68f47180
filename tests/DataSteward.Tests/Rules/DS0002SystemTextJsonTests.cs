namespace DataSteward.Tests.Rules;

public sealed class DS0002SystemTextJsonTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;
        using DataSteward;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Fact]
    public async Task Serialize_a_whole_entity_names_its_members()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Citizen citizen) => JsonSerializer.Serialize({|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task SerializeAsync_to_a_stream()
    {
        await VerifyAsync("""
            class Archive
            {
                Task SaveAsync(Stream stream, Citizen citizen) => JsonSerializer.SerializeAsync(stream, {|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("JsonSerializer.SerializeAsync"));
    }

    [Fact]
    public async Task SerializeToUtf8Bytes()
    {
        await VerifyAsync("""
            class Archive
            {
                byte[] Save(Citizen citizen) => JsonSerializer.SerializeToUtf8Bytes({|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("JsonSerializer.SerializeToUtf8Bytes"));
    }

    [Theory]
    [InlineData("SerializeToNode", "System.Text.Json.Nodes.JsonNode?")]
    [InlineData("SerializeToElement", "JsonElement")]
    [InlineData("SerializeToDocument", "JsonDocument")]
    public async Task SerializeTo_node_element_document(string method, string returnType)
    {
        await VerifyAsync($$"""
            class Archive
            {
                {{returnType}} Save(Citizen citizen) => JsonSerializer.{{method}}({|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("JsonSerializer." + method));
    }

    [Fact]
    public async Task Serialize_with_options_and_with_a_runtime_type()
    {
        await VerifyAsync("""
            class Archive
            {
                static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

                void Save(Citizen citizen, object boxed)
                {
                    _ = JsonSerializer.Serialize({|DS0002:citizen|}, Options);
                    _ = JsonSerializer.Serialize({|DS0002:citizen|}, typeof(Citizen), Options);
                }
            }
            """,
            DS0002.WholeCitizen("JsonSerializer.Serialize"),
            DS0002.WholeCitizen("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Serialize_a_single_member()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Citizen citizen) => JsonSerializer.Serialize({|DS0002:citizen.Email|});
            }
            """,
            DS0002.Email("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Serialize_through_a_local()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Citizen citizen)
                {
                    var payload = citizen;
                    return JsonSerializer.Serialize({|DS0002:payload|});
                }
            }
            """,
            DS0002.WholeCitizen("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Utf8JsonWriter_writes_of_personal_values()
    {
        await VerifyAsync("""
            class Writer
            {
                void Write(Utf8JsonWriter writer, Citizen citizen)
                {
                    writer.WriteStartObject();
                    writer.WriteString("email", {|DS0002:citizen.Email|});
                    writer.WritePropertyName("nir");
                    writer.WriteStringValue({|DS0002:citizen.Nir|});
                    writer.WriteString("municipality", citizen.Municipality);
                    writer.WriteBoolean("active", citizen.IsActive);
                    writer.WriteEndObject();
                }
            }
            """,
            DS0002.Email("Utf8JsonWriter.WriteString"),
            DS0002.Nir("Utf8JsonWriter.WriteStringValue"));
    }

    [Fact]
    public async Task JsonContent_Create()
    {
        await VerifyAsync("""
            class Client
            {
                JsonContent Body(Citizen citizen) => JsonContent.Create({|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("JsonContent.Create"));
    }

    [Fact]
    public async Task Dto_without_personal_members_is_clean()
    {
        await VerifyAsync("""
            public sealed class Statistics
            {
                public string Municipality { get; set; } = "";
                public int Residents { get; set; }
            }

            public sealed class Resident
            {
                public string Municipality { get; set; } = "";

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            class Archive
            {
                string Save(Statistics statistics) => JsonSerializer.Serialize(statistics);

                string Control(Resident resident) => JsonSerializer.Serialize({|DS0002:resident|});
            }
            """,
            DS0002.Message("Resident.Name", "personal data: name", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task JsonIgnore_members_are_not_written()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                public Guid Id { get; set; }

                [JsonIgnore]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [JsonIgnore(Condition = JsonIgnoreCondition.Always)]
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            public sealed class Candidate
            {
                public Guid Id { get; set; }

                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);

                string Control(Candidate candidate) => JsonSerializer.Serialize({|DS0002:candidate|});
            }
            """,
            DS0002.Message("Candidate.Name", "personal data: name", "JsonSerializer.Serialize"));
    }

    [Theory]
    [InlineData("WhenWritingNull")]
    [InlineData("WhenWritingDefault")]
    [InlineData("Never")]
    public async Task Conditional_JsonIgnore_still_writes(string condition)
    {
        await VerifyAsync($$"""
            public sealed class Applicant
            {
                [JsonIgnore(Condition = JsonIgnoreCondition.{{condition}})]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string? Email { get; set; }
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email", "personal data: contact", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Public_fields_are_not_written_unless_JsonInclude()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email = "";

                [JsonInclude]
                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string Nir = "";

                public int Age { get; set; }
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Nir", "personal data: national identifier", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Non_public_property_with_JsonInclude_is_written()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [JsonInclude]
                [PersonalData(PersonalDataKind.ContactDetails)]
                internal string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.Name)]
                internal string Name { get; set; } = "";
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email", "personal data: contact", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Attributes_of_other_serialisers_do_not_stop_System_Text_Json()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [System.Xml.Serialization.XmlIgnore]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [Newtonsoft.Json.JsonIgnore]
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";

                [System.Runtime.Serialization.IgnoreDataMember]
                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string Nir { get; set; } = "";
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email, Applicant.Name, Applicant.Nir", "personal data: contact; personal data: name; personal data: national identifier", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Pseudonymised_member_is_clean()
    {
        await VerifyAsync("""
            public sealed class ExtractRow
            {
                [Pseudonymised]
                public string CitizenKey { get; set; } = "";

                public string Municipality { get; set; } = "";
            }

            class Archive
            {
                string Save(Citizen citizen) =>
                    JsonSerializer.Serialize(new ExtractRow { CitizenKey = citizen.CitizenKey, Municipality = citizen.Municipality });

                string Control(Citizen citizen) =>
                    JsonSerializer.Serialize({|DS0002:new ExtractRow { CitizenKey = citizen.Nir, Municipality = citizen.Municipality }|});
            }
            """,
            DS0002.Nir("JsonSerializer.Serialize"));

    }

    [Fact]
    public async Task Anonymous_projection_without_personal_members_is_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Citizen citizen) => JsonSerializer.Serialize(new { citizen.Id, citizen.Municipality, citizen.IsActive });

                string Control(Citizen citizen) => JsonSerializer.Serialize({|DS0002:new { citizen.Id, citizen.Nir, citizen.IsActive }|});
            }
            """,
            DS0002.Nir("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Anonymous_projection_with_a_personal_member()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Citizen citizen) => JsonSerializer.Serialize({|DS0002:new { citizen.Id, citizen.Email }|});
            }
            """,
            DS0002.Email("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Anonymous_projection_of_a_collection_without_personal_members_is_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(List<Citizen> citizens) =>
                    JsonSerializer.Serialize(citizens.Select(c => new { c.Id, c.Municipality }).ToList());

                string Control(List<Citizen> citizens) =>
                    JsonSerializer.Serialize({|DS0002:citizens.Select(c => new { c.Id, c.Email }).ToList()|});
            }
            """,
            DS0002.Email("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Dto_projection_that_drops_the_personal_members_is_clean()
    {
        await VerifyAsync("""
            public sealed record CitizenView(Guid Id, string Municipality, bool HasEmail);

            class Archive
            {
                string Save(Citizen citizen) =>
                    JsonSerializer.Serialize(new CitizenView(citizen.Id, citizen.Municipality, !string.IsNullOrEmpty(citizen.Email)));

                string Control(Citizen citizen) =>
                    JsonSerializer.Serialize({|DS0002:new CitizenView(citizen.Id, citizen.Email, false)|});
            }
            """,
            DS0002.Email("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Dto_projection_that_pseudonymises_is_clean()
    {
        await VerifyAsync("""
            public sealed class CitizenView
            {
                public string Key { get; set; } = "";
                public string Municipality { get; set; } = "";
            }

            class Archive
            {
                [Pseudonymiser]
                static string Pseudonym(string value) => value.Length.ToString();

                string Save(Citizen citizen) =>
                    JsonSerializer.Serialize(new CitizenView { Key = Pseudonym(citizen.Nir), Municipality = citizen.Municipality });

                string Control(Citizen citizen) =>
                    JsonSerializer.Serialize({|DS0002:new CitizenView { Key = citizen.Nir, Municipality = citizen.Municipality }|});
            }
            """,
            DS0002.Nir("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Dto_projection_that_copies_a_personal_value_is_reported()
    {
        await VerifyAsync("""
            public sealed class CitizenView
            {
                public string Contact { get; set; } = "";
                public string Municipality { get; set; } = "";
            }

            class Archive
            {
                string Save(Citizen citizen) =>
                    JsonSerializer.Serialize({|DS0002:new CitizenView { Contact = citizen.Email, Municipality = citizen.Municipality }|});
            }
            """,
            DS0002.Email("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Heuristic_named_member_of_a_dto_is_DS0101()
    {
        await VerifyAsync("""
            public sealed class ContactCard
            {
                public string Email { get; set; } = "";
                public string Municipality { get; set; } = "";
            }

            class Archive
            {
                string Save(ContactCard card) => JsonSerializer.Serialize({|DS0101:card|});
            }
            """,
            DS0002.Likely("ContactCard.Email", "contact", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Special_category_member_is_DS0003()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Patient patient) => JsonSerializer.Serialize({|DS0003:patient|});
            }
            """,
            DS0002.Sensitive("Patient.Diagnosis", "special-category data: health", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Computed_property_that_reads_personal_members_is_written()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [JsonIgnore]
                [PersonalData(PersonalDataKind.Name)]
                public string First { get; set; } = "";

                [JsonIgnore]
                [PersonalData(PersonalDataKind.Name)]
                public string Last { get; set; } = "";

                public string Display => First + " " + Last;
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.First, Applicant.Last", "personal data: name", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Positional_record()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(CitizenRecord record, PositionalCitizen positional) =>
                    JsonSerializer.Serialize({|DS0002:record|}) + JsonSerializer.Serialize({|DS0002:positional|});
            }
            """,
            DS0002.Message("CitizenRecord.Email", "personal data: contact", "JsonSerializer.Serialize"),
            DS0002.Message("PositionalCitizen.Email", "personal data: contact", "JsonSerializer.Serialize"));
    }
}
