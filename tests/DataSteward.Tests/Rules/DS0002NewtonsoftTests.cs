namespace DataSteward.Tests.Rules;

public sealed class DS0002NewtonsoftTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Runtime.Serialization;
        using DataSteward;
        using Newtonsoft.Json;
        using Newtonsoft.Json.Linq;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Fact]
    public async Task SerializeObject_a_whole_entity()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Citizen citizen) => JsonConvert.SerializeObject({|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("JsonConvert.SerializeObject"));
    }

    [Fact]
    public async Task SerializeObject_overloads_with_formatting_and_settings()
    {
        await VerifyAsync("""
            class Archive
            {
                static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

                void Save(Citizen citizen)
                {
                    _ = JsonConvert.SerializeObject({|DS0002:citizen|}, Formatting.Indented);
                    _ = JsonConvert.SerializeObject({|DS0002:citizen|}, Settings);
                    _ = JsonConvert.SerializeObject({|DS0002:citizen.Nir|}, Formatting.None, Settings);
                }
            }
            """,
            DS0002.WholeCitizen("JsonConvert.SerializeObject"),
            DS0002.WholeCitizen("JsonConvert.SerializeObject"),
            DS0002.Nir("JsonConvert.SerializeObject"));
    }

    [Fact]
    public async Task JsonSerializer_Serialize_to_a_writer()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(TextWriter writer, Citizen citizen) => JsonSerializer.CreateDefault().Serialize(writer, {|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task JObject_and_JToken_FromObject()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(Citizen citizen, List<Citizen> citizens)
                {
                    JObject one = JObject.FromObject({|DS0002:citizen|});
                    JToken many = JToken.FromObject({|DS0002:citizens|});
                    JArray array = JArray.FromObject({|DS0002:citizens|});
                }
            }
            """,
            DS0002.WholeCitizen("JObject.FromObject"),
            DS0002.WholeCitizen("JToken.FromObject"),
            DS0002.WholeCitizen("JArray.FromObject"));
    }

    [Fact]
    public async Task JsonTextWriter_WriteValue()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(JsonTextWriter writer, JsonWriter baseWriter, Citizen citizen)
                {
                    writer.WritePropertyName("email");
                    writer.WriteValue({|DS0002:citizen.Email|});
                    baseWriter.WriteValue({|DS0002:citizen.Nir|});
                    writer.WriteValue(citizen.Municipality);
                }
            }
            """,
            DS0002.Email("JsonTextWriter.WriteValue"),
            DS0002.Nir("JsonWriter.WriteValue"));
    }

    [Fact]
    public async Task Public_fields_are_written()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email = "";

                public int Age;
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonConvert.SerializeObject({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email", "personal data: contact", "JsonConvert.SerializeObject"));
    }

    [Fact]
    public async Task Newtonsoft_JsonIgnore_and_IgnoreDataMember_and_NonSerialized_are_honoured()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [JsonIgnore]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [IgnoreDataMember]
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";

                [NonSerialized]
                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string Nir = "";

                public int Age { get; set; }
            }

            public sealed class ControlApplicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                public int Age { get; set; }
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonConvert.SerializeObject(applicant);

                string Control(ControlApplicant applicant) => JsonConvert.SerializeObject({|DS0002:applicant|});
            }
            """,
            DS0002.Message("ControlApplicant.Email", "personal data: contact", "JsonConvert.SerializeObject"));

    }

    [Fact]
    public async Task System_Text_Json_JsonIgnore_does_not_stop_Newtonsoft()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [System.Text.Json.Serialization.JsonIgnore]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonConvert.SerializeObject({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email", "personal data: contact", "JsonConvert.SerializeObject"));
    }

    [Fact]
    public async Task DataContract_opt_in_is_honoured()
    {
        await VerifyAsync("""
            [DataContract]
            public sealed class Applicant
            {
                [DataMember]
                public int Rank { get; set; }

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [DataMember]
                [PersonalData(PersonalDataKind.Name)]
                private string Name { get; set; } = "";
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonConvert.SerializeObject({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Name", "personal data: name", "JsonConvert.SerializeObject"));
    }

    [Fact]
    public async Task JsonObject_OptIn_writes_only_JsonProperty_members()
    {
        await VerifyAsync("""
            [JsonObject(MemberSerialization.OptIn)]
            public sealed class Applicant
            {
                [JsonProperty]
                public int Rank { get; set; }

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            [JsonObject(MemberSerialization.OptIn)]
            public sealed class ControlApplicant
            {
                [JsonProperty]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonConvert.SerializeObject(applicant);

                string Control(ControlApplicant applicant) => JsonConvert.SerializeObject({|DS0002:applicant|});
            }
            """,
            DS0002.Message("ControlApplicant.Email", "personal data: contact", "JsonConvert.SerializeObject"));
    }

    [Fact]
    public async Task JsonProperty_on_a_private_member_writes_it()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [JsonProperty("mail")]
                [PersonalData(PersonalDataKind.ContactDetails)]
                private string email = "";

                public int Rank { get; set; }
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonConvert.SerializeObject({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.email", "personal data: contact", "JsonConvert.SerializeObject"));
    }

    [Fact]
    public async Task Anonymous_projection_without_personal_members_is_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                string Save(Citizen citizen) => JsonConvert.SerializeObject(new { citizen.Id, citizen.Municipality });

                string Control(Citizen citizen) => JsonConvert.SerializeObject({|DS0002:new { citizen.Id, citizen.Email }|});
            }
            """,
            "'Citizen.Email' (personal data: contact) is exported by 'JsonConvert.SerializeObject' without pseudonymisation");
    }

    [Fact]
    public async Task Special_category_is_DS0003()
    {
        await VerifyAsync("""
            class Archive
            {
                JObject Save(Patient patient) => JObject.FromObject({|DS0003:patient|});
            }
            """,
            DS0002.Sensitive("Patient.Diagnosis", "special-category data: health", "JObject.FromObject"));
    }
}
