namespace DataSteward.Tests.Rules;

/// <summary>What a serialiser writes of an object graph: nesting, collections, dictionaries, cycles, the cap.</summary>
public sealed class DS0002ObjectGraphTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Linq;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using DataSteward;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Fact]
    public async Task Nested_member_is_named_by_its_path()
    {
        await VerifyAsync("""
            public sealed class Household
            {
                public int Size { get; set; }
                public Address Home { get; set; } = new();
            }

            class Archive
            {
                string Save(Household household) => JsonSerializer.Serialize({|DS0002:household|});
            }
            """,
            DS0002.Message("Household.Home.Street", "personal data: postal address", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Three_levels_deep()
    {
        await VerifyAsync("""
            public sealed class Municipality
            {
                public string Name { get; set; } = "";
                public Registry Registry { get; set; } = new();
            }

            public sealed class Registry
            {
                public Clerk Head { get; set; } = new();
            }

            public sealed class Clerk
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Phone { get; set; } = "";
            }

            class Archive
            {
                string Save(Municipality municipality) => JsonSerializer.Serialize({|DS0002:municipality|});
            }
            """,
            DS0002.Message("Municipality.Registry.Head.Phone", "personal data: contact", "JsonSerializer.Serialize"));
    }

    [Theory]
    [InlineData("List<Citizen>")]
    [InlineData("Citizen[]")]
    [InlineData("IEnumerable<Citizen>")]
    [InlineData("IReadOnlyList<Citizen>")]
    [InlineData("HashSet<Citizen>")]
    [InlineData("ReadOnlyCollection<Citizen>")]
    [InlineData("Dictionary<Guid, Citizen>")]
    [InlineData("IReadOnlyDictionary<string, Citizen>")]
    [InlineData("List<List<Citizen>>")]
    [InlineData("Dictionary<string, Citizen[]>")]
    public async Task Collections_and_dictionaries_are_named_after_the_element(string collection)
    {
        await VerifyAsync($$"""
            class Archive
            {
                string Save({{collection}} citizens) => JsonSerializer.Serialize({|DS0002:citizens|});
            }
            """,
            DS0002.WholeCitizen("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Collection_member_is_named_by_its_path()
    {
        await VerifyAsync("""
            public sealed class Mailing
            {
                public string Subject { get; set; } = "";
                public List<Address> Recipients { get; set; } = [];
                public Dictionary<string, Address> ByOffice { get; set; } = [];
            }

            class Archive
            {
                string Save(Mailing mailing) => JsonSerializer.Serialize({|DS0002:mailing|});
            }
            """,
            DS0002.Message("Mailing.Recipients.Street", "personal data: postal address", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Collection_of_clean_items_is_clean()
    {
        await VerifyAsync("""
            public sealed class Office
            {
                public string City { get; set; } = "";
                public List<string> Tags { get; set; } = [];
                public Dictionary<string, int> Counts { get; set; } = [];
            }

            public sealed class Branch
            {
                public string City { get; set; } = "";
                public List<Address> Visitors { get; set; } = [];
            }

            class Archive
            {
                string Save(List<Office> offices) => JsonSerializer.Serialize(offices);

                string Control(List<Branch> branches) => JsonSerializer.Serialize({|DS0002:branches|});
            }
            """,
            "'Branch.Visitors.Street' (personal data: postal address) is exported by 'JsonSerializer.Serialize' without pseudonymisation");
    }

    [Fact]
    public async Task Cycle_is_followed_once()
    {
        await VerifyAsync("""
            public sealed class Person
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
                public Person? Partner { get; set; }
                public List<Person> Children { get; set; } = [];
            }

            class Archive
            {
                string Save(Person person) => JsonSerializer.Serialize({|DS0002:person|});
            }
            """,
            DS0002.Message("Person.Name", "personal data: name", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Mutual_cycle_reports_each_member_once()
    {
        await VerifyAsync("""
            public sealed class Case
            {
                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string Nir { get; set; } = "";
                public Officer Officer { get; set; } = new();
            }

            public sealed class Officer
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
                public List<Case> Cases { get; set; } = [];
                public Officer? Deputy { get; set; }
            }

            class Archive
            {
                string Save(Case @case) => JsonSerializer.Serialize({|DS0002:@case|});
            }
            """,
            DS0002.Message("Case.Nir, Case.Officer.Name", "personal data: national identifier; personal data: name", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Same_type_under_two_members_is_named_once()
    {
        await VerifyAsync("""
            public sealed class Move
            {
                public Address From { get; set; } = new();
                public Address To { get; set; } = new();
            }

            class Archive
            {
                string Save(Move move) => JsonSerializer.Serialize({|DS0002:move|});
            }
            """,
            DS0002.Message("Move.From.Street", "personal data: postal address", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Ignored_navigation_hides_what_is_below_it()
    {
        await VerifyAsync("""
            public sealed class Household
            {
                public int Size { get; set; }

                [JsonIgnore]
                public Address Home { get; set; } = new();

                [JsonIgnore]
                public List<Citizen> Members { get; set; } = [];
            }

            public sealed class Residence
            {
                public int Size { get; set; }

                public Address Home { get; set; } = new();
            }

            class Archive
            {
                string Save(Household household) => JsonSerializer.Serialize(household);

                string Control(Residence residence) => JsonSerializer.Serialize({|DS0002:residence|});
            }
            """,
            DS0002.Message("Residence.Home.Street", "personal data: postal address", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Pseudonymised_navigation_hides_what_is_below_it()
    {
        await VerifyAsync("""
            public sealed class Household
            {
                [Pseudonymised]
                public Address Home { get; set; } = new();
            }

            public sealed class Residence
            {
                public Address Home { get; set; } = new();
            }

            class Archive
            {
                string Save(Household household) => JsonSerializer.Serialize(household);

                string Control(Residence residence) => JsonSerializer.Serialize({|DS0002:residence|});
            }
            """,
            DS0002.Message("Residence.Home.Street", "personal data: postal address", "JsonSerializer.Serialize"));

    }

    [Fact]
    public async Task Base_class_members_are_written()
    {
        await VerifyAsync("""
            public abstract class Party
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            public sealed class Applicant : Party
            {
                public int Rank { get; set; }
            }

            class Archive
            {
                string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email", "personal data: contact", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Classified_type_as_a_member()
    {
        await VerifyAsync("""
            [PersonalData(PersonalDataKind.ContactDetails)]
            public sealed class ContactPoint
            {
                public string Value { get; set; } = "";
            }

            public sealed class Service
            {
                public string Title { get; set; } = "";
                public ContactPoint Contact { get; set; } = new();
            }

            class Archive
            {
                string Save(Service service) => JsonSerializer.Serialize({|DS0002:service|});
            }
            """,
            DS0002.Message("Service.Contact.Value", "personal data: contact", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Many_members_are_capped_with_the_exact_count()
    {
        await VerifyAsync("""
            public sealed class Wide
            {
                [PersonalData] public string A1 { get; set; } = "";
                [PersonalData] public string A2 { get; set; } = "";
                [PersonalData] public string A3 { get; set; } = "";
                [PersonalData] public string A4 { get; set; } = "";
                [PersonalData] public string A5 { get; set; } = "";
                [PersonalData] public string A6 { get; set; } = "";
                [PersonalData] public string A7 { get; set; } = "";
                [PersonalData] public string A8 { get; set; } = "";
                [PersonalData] public string A9 { get; set; } = "";
                [PersonalData] public string A10 { get; set; } = "";
                [PersonalData] public string A11 { get; set; } = "";
                [PersonalData] public string A12 { get; set; } = "";
                [PersonalData] public string A13 { get; set; } = "";
                [PersonalData] public string A14 { get; set; } = "";
                [PersonalData] public string A15 { get; set; } = "";
                [PersonalData] public string A16 { get; set; } = "";
                [PersonalData] public string A17 { get; set; } = "";
                [PersonalData] public string A18 { get; set; } = "";
                [PersonalData] public string A19 { get; set; } = "";
                [PersonalData] public string A20 { get; set; } = "";
            }

            class Archive
            {
                string Save(Wide wide) => JsonSerializer.Serialize({|DS0002:wide|});
            }
            """,
            DS0002.Message("Wide.A1, Wide.A2, Wide.A3 and 17 more", "personal data", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Shallow_members_are_named_before_deep_ones()
    {
        await VerifyAsync("""
            public sealed class Dossier
            {
                public Address Address { get; set; } = new();

                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string Nir { get; set; } = "";
            }

            class Archive
            {
                string Save(Dossier dossier) => JsonSerializer.Serialize({|DS0002:dossier|});
            }
            """,
            DS0002.Message("Dossier.Nir, Dossier.Address.Street", "personal data: national identifier; personal data: postal address", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Framework_typed_members_are_not_walked()
    {
        await VerifyAsync("""
            public sealed class Upload
            {
                public Uri Source { get; set; } = new("https://example.org");
                public DateTimeOffset At { get; set; }
                public TimeSpan Duration { get; set; }
                public System.IO.Stream? Content { get; set; }
            }

            public sealed class SignedUpload
            {
                public Uri Source { get; set; } = new("https://example.org");
                public Address Sender { get; set; } = new();
            }

            class Archive
            {
                string Save(Upload upload) => JsonSerializer.Serialize(upload);

                string Control(SignedUpload upload) => JsonSerializer.Serialize({|DS0002:upload|});
            }
            """,
            DS0002.Message("SignedUpload.Sender.Street", "personal data: postal address", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Generic_wrapper_renders_its_argument()
    {
        await VerifyAsync("""
            public sealed class Page<T>
            {
                public int Number { get; set; }
                public List<T> Items { get; set; } = [];
            }

            class Archive
            {
                string Save(Page<Citizen> page) => JsonSerializer.Serialize({|DS0002:page|});
                string Clean(Page<Address> page, Page<int> numbers) => JsonSerializer.Serialize(numbers);
            }
            """,
            "'Page.Items.FullName, Page.Items.Email, Page.Items.Nir and 3 more' (" + DS0002.CitizenPhrases + ") is exported by 'JsonSerializer.Serialize' without pseudonymisation");
    }
}
