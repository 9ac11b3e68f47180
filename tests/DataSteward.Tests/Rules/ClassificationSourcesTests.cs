namespace DataSteward.Tests.Rules;

/// <summary>What counts as personal data: every source of classification, and what clears it.</summary>
public sealed class ClassificationSourcesTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task Identity_user_members_are_sources_but_not_its_key_and_flags()
    {
        await FlowVerifier.VerifyAsync("""
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            class AccountService(ILogger<AccountService> logger)
            {
                void SignIn(IdentityUser user)
                {
                    logger.LogInformation("Signed in {Email}", {|DS0001:user.Email|});
                    logger.LogInformation("Phone {Phone}", {|DS0001:user.PhoneNumber|});
                    logger.LogInformation("User {Name}", {|DS0001:user.UserName|});
                    logger.LogInformation("User {Id}", user.Id);
                    logger.LogInformation("Confirmed {Confirmed}", user.EmailConfirmed);
                    logger.LogInformation("2FA {TwoFactor}", user.TwoFactorEnabled);
                    logger.LogInformation("User {User}", {|DS0001:user|});
                }
            }
            """,
            "'IdentityUser.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'IdentityUser.PhoneNumber' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'IdentityUser.UserName' (personal data: online identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'IdentityUser.UserName' (personal data: online identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Microsoft_data_classification_attributes_by_metadata_name()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            namespace Microsoft.Extensions.Compliance.Classification
            {
                public readonly struct DataClassification
                {
                    public DataClassification(string taxonomyName, string value) { TaxonomyName = taxonomyName; Value = value; }
                    public string TaxonomyName { get; }
                    public string Value { get; }
                }

                [AttributeUsage(AttributeTargets.All)]
                public class DataClassificationAttribute : Attribute
                {
                    protected DataClassificationAttribute(DataClassification classification) { Classification = classification; }
                    public DataClassification Classification { get; }
                }

                public sealed class NoDataClassificationAttribute : DataClassificationAttribute
                {
                    public NoDataClassificationAttribute() : base(new DataClassification("", "none")) { }
                }
            }

            public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new Microsoft.Extensions.Compliance.Classification.DataClassification("Contoso", "Private")) { }
            }

            public sealed class Customer
            {
                [PrivateData] public string ContactEmail { get; set; } = "";
                [Microsoft.Extensions.Compliance.Classification.NoDataClassification] public string Email { get; set; } = "";
            }

            class CustomerService(ILogger logger)
            {
                void Run(Customer customer)
                {
                    logger.LogInformation("{Email}", {|DS0001:customer.ContactEmail|});
                    logger.LogInformation("{Email}", customer.Email);
                }
            }
            """,
            "'Customer.ContactEmail' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Positional_record_parameter_classifies_its_property()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service(ILogger logger)
            {
                void Run(PositionalCitizen citizen, CitizenRecord record)
                {
                    logger.LogInformation("{Email}", {|DS0001:citizen.Email|});
                    logger.LogInformation("{Age}", citizen.Age);
                    logger.LogInformation("{Email}", {|DS0001:record.Email|});
                }
            }
            """,
            "'PositionalCitizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'CitizenRecord.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Primary_constructor_parameter_classifies_the_property_of_its_name_in_any_part_of_the_type()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed partial record Applicant
            {
                public string Display => Reference;
            }

            public sealed partial record Applicant([PersonalData(PersonalDataKind.ContactDetails)] string Phone, string Reference);

            public sealed class Holder([PersonalData(PersonalDataKind.PostalAddress)] string Address)
            {
                public string Address { get; } = Address;
                public string Note { get; } = "";
            }

            class Service(ILogger logger)
            {
                void Run(Applicant applicant, Holder holder)
                {
                    logger.LogInformation("{Phone}", {|DS0001:applicant.Phone|});
                    logger.LogInformation("{Reference}", applicant.Reference);
                    logger.LogInformation("{Address}", {|DS0001:holder.Address|});
                    logger.LogInformation("{Note}", holder.Note);
                }
            }
            """,
            "'Applicant.Phone' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Holder.Address' (personal data: postal address) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Overrides_and_interface_implementations_inherit_the_classification()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public interface IContact
            {
                [PersonalData(PersonalDataKind.ContactDetails)] string Email { get; }
            }

            public abstract class Person
            {
                [PersonalData(PersonalDataKind.Name)] public abstract string Name { get; }
            }

            public sealed class Resident : Person, IContact
            {
                public override string Name => "x";
                public string Email => "y";
            }

            public sealed class Explicit : IContact
            {
                string IContact.Email => "z";
            }

            class Service(ILogger logger)
            {
                void Run(Resident resident, IContact contact)
                {
                    logger.LogInformation("{Name}", {|DS0001:resident.Name|});
                    logger.LogInformation("{Email}", {|DS0001:resident.Email|});
                    logger.LogInformation("{Email}", {|DS0001:contact.Email|});
                }
            }
            """,
            "'Resident.Name' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Resident.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'IContact.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task A_personal_type_makes_its_members_personal_except_key_and_flags()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            [PersonalData(PersonalDataKind.Name)]
            public sealed class Applicant
            {
                public int Id { get; set; }
                public string Surname { get; set; } = "";
                public string Reference { get; set; } = "";
                public bool Accepted { get; set; }
                [Pseudonymised] public string Token { get; set; } = "";
            }

            class Service(ILogger logger)
            {
                void Run(Applicant applicant)
                {
                    logger.LogInformation("{Surname}", {|DS0001:applicant.Surname|});
                    logger.LogInformation("{Reference}", {|DS0001:applicant.Reference|});
                    logger.LogInformation("{Id} {Accepted} {Token}", applicant.Id, applicant.Accepted, applicant.Token);
                }
            }
            """,
            "'Applicant.Surname' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Applicant.Reference' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Classified_return_value_and_computed_property()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public interface IDirectory
            {
                [return: PersonalData(PersonalDataKind.ContactDetails)]
                string LookupEmail(Guid id);
            }

            public sealed class Person
            {
                [PersonalData(PersonalDataKind.Name)] public string First { get; set; } = "";
                [PersonalData(PersonalDataKind.Name)] public string Last { get; set; } = "";
                public string Display => First + " " + Last;
                public string Kind => "person";
            }

            class Service(ILogger logger, IDirectory directory)
            {
                void Run(Person person, Guid id)
                {
                    logger.LogInformation("{Email}", {|DS0001:directory.LookupEmail(id)|});
                    logger.LogInformation("{Display}", {|DS0001:person.Display|});
                    logger.LogInformation("{Kind}", person.Kind);
                }
            }
            """,
            "'IDirectory.LookupEmail()' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Person.First, Person.Last' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Configured_sources_for_types_you_cannot_annotate()
    {
        await FlowVerifier.VerifyWithOptionsAsync(Usings + """
            namespace Vendor
            {
                public sealed class Contact
                {
                    public string Mail { get; set; } = "";
                    public string Label { get; set; } = "";
                }
            }

            class Service(ILogger logger)
            {
                void Run(Vendor.Contact contact)
                {
                    logger.LogInformation("{Mail}", {|DS0001:contact.Mail|});
                    logger.LogInformation("{Label}", contact.Label);
                }
            }
            """,
            "datasteward.sources = P:Vendor.Contact.Mail",
            "'Contact.Mail' (personal data) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Record_ToString_prints_its_personal_members_and_a_plain_class_does_not()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed class PlainCitizen
            {
                [PersonalData] public string Email { get; set; } = "";
            }

            public sealed class Printed
            {
                [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
                public string Place { get; set; } = "";
                public override string ToString() => $"{Name} from {Place}";
            }

            public sealed class PrintedSafely
            {
                [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
                public string Place { get; set; } = "";
                public override string ToString() => $"Resident of {Place}";
            }

            class Service(ILogger logger)
            {
                void Run(CitizenRecord record, PlainCitizen plain, Printed printed, PrintedSafely safe)
                {
                    logger.LogInformation("{Record}", {|DS0001:record|});
                    logger.LogInformation({|DS0001:$"Record {record}"|});
                    logger.LogInformation("{Plain}", plain);
                    logger.LogInformation("{Printed}", {|DS0001:printed|});
                    logger.LogInformation("{Printed}", {|DS0001:printed.ToString()|});
                    logger.LogInformation("{Safe}", safe);
                    Console.WriteLine({|DS0001:record|});
                }
            }
            """,
            "'CitizenRecord.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'CitizenRecord.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Printed.Name' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Printed.Name' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'CitizenRecord.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation");
    }
}
