namespace DataSteward.Tests.Rules;

/// <summary>Look-alikes that must stay clean, and mixes where only part of an object is reported.</summary>
public sealed class DS0002PrecisionTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;
        using DataSteward;
        using Microsoft.AspNetCore.Mvc;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Fact]
    public async Task Classified_members_are_named_and_heuristic_ones_left_to_DS0101()
    {
        await VerifyAsync("""
            public sealed class Contact
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";

                public string Email { get; set; } = "";
            }

            class Archive
            {
                string Save(Contact contact) => JsonSerializer.Serialize({|DS0002:contact|});
            }
            """,
            DS0002.Message("Contact.Name", "personal data: name", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task NotPersonalData_member_with_a_personal_name_is_clean()
    {
        await VerifyAsync("""
            public sealed class Department
            {
                [NotPersonalData]
                public string Email { get; set; } = "";

                public string Title { get; set; } = "";
            }

            public sealed class Mailbox
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                public string Title { get; set; } = "";
            }

            class Archive
            {
                string Save(Department department) => JsonSerializer.Serialize(department);

                string Control(Mailbox mailbox) => JsonSerializer.Serialize({|DS0002:mailbox|});
            }
            """,
            DS0002.Message("Mailbox.Email", "personal data: contact", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Positional_record_with_a_property_targeted_JsonIgnore_is_clean()
    {
        await VerifyAsync("""
            public sealed record Applicant(
                Guid Id,
                [property: JsonIgnore] [property: PersonalData(PersonalDataKind.ContactDetails)] string Email);

            public sealed record Registration(
                Guid Id,
                [property: PersonalData(PersonalDataKind.ContactDetails)] string Email);

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);

                string Control(Registration registration) => JsonSerializer.Serialize({|DS0002:registration|});
            }
            """,
            DS0002.Message("Registration.Email", "personal data: contact", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Static_members_indexers_and_private_getters_are_not_written()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public static string DefaultEmail { get; set; } = "";

                [PersonalData(PersonalDataKind.Name)]
                public string Name { private get; set; } = "";

                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string this[int index] => "";

                public int Rank { get; set; }
            }

            public sealed class Candidate
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";

                public int Rank { get; set; }
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);

                string Control(Candidate candidate) => JsonSerializer.Serialize({|DS0002:candidate|});
            }
            """,
            DS0002.Message("Candidate.Name", "personal data: name", "JsonSerializer.Serialize"));

    }

    [Fact]
    public async Task Special_category_nested_in_a_collection_is_DS0003_and_outranks_personal_data()
    {
        await VerifyAsync("""
            public sealed class Ward
            {
                public string Name { get; set; } = "";
                public List<Patient> Patients { get; set; } = [];
            }

            class Archive
            {
                string Save(Ward ward) => JsonSerializer.Serialize({|DS0003:ward|});
            }
            """,
            DS0002.Sensitive("Ward.Patients.Diagnosis", "special-category data: health", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task ValueTask_action_result()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController : ControllerBase
            {
                public ValueTask<Citizen> Get(Citizen citizen) => {|DS0002:new ValueTask<Citizen>(citizen)|};
            }
            """,
            DS0002.WholeCitizen("CitizensController.Get"));
    }

    [Fact]
    public async Task Clean_result_objects_are_not_checked_twice()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController : ControllerBase
            {
                public IActionResult Get(Citizen citizen) => citizen.IsActive ? Ok({|DS0002:citizen|}) : NotFound();
                public async Task<IActionResult> GetAsync(Citizen citizen)
                {
                    await Task.Yield();
                    return Ok(new { citizen.Id });
                }
            }
            """,
            DS0002.WholeCitizen("ControllerBase.Ok"));
    }

    [Fact]
    public async Task Pseudonymised_type_is_clean()
    {
        await VerifyAsync("""
            [Pseudonymised]
            public sealed class Token
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Value { get; set; } = "";
            }

            public sealed class Envelope
            {
                public Token Subject { get; set; } = new();
                public string Municipality { get; set; } = "";
            }

            public sealed class Badge
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Value { get; set; } = "";
            }

            public sealed class Parcel
            {
                public Badge Subject { get; set; } = new();
                public string Municipality { get; set; } = "";
            }

            class Archive
            {
                string Save(Envelope envelope) => JsonSerializer.Serialize(envelope);

                string Control(Parcel parcel) => JsonSerializer.Serialize({|DS0002:parcel|});
            }
            """,
            DS0002.Message("Parcel.Subject.Value", "personal data: name", "JsonSerializer.Serialize"));


    }
}
