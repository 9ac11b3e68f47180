using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Rules;

public sealed class DS0100UnclassifiedPersonalDataTests
{
    [Fact]
    public async Task English_and_french_member_names()
    {
        await AnalyzerVerifier<UnclassifiedPersonalDataAnalyzer>.VerifyAsync("""
            using System;

            public class Applicant
            {
                public string {|DS0100:Email|} { get; set; } = "";
                public string {|DS0100:Courriel|} { get; set; } = "";
                public string {|DS0100:PhoneNumber|} { get; set; } = "";
                public string {|DS0100:Prenom|} { get; set; } = "";
                public string {|DS0100:NomDeNaissance|} { get; set; } = "";
                public DateTime {|DS0100:DateDeNaissance|} { get; set; }
                public DateOnly {|DS0100:BirthDate|} { get; set; }
                public string {|DS0100:Iban|} { get; set; } = "";
                public string {|DS0100:NumeroDeSecuriteSociale|} { get; set; } = "";
                public string {|DS0100:PostalCode|} { get; set; } = "";
                public string {|DS0100:home_address|} = "";
                private string {|DS0100:lastName|} = "";
                public string {|DS0100:IpAddress|} { get; set; } = "";
                public string {|DS0100:Immatriculation|} { get; set; } = "";
            }
            """,
            "'Applicant.Email' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.Courriel' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.PhoneNumber' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.Prenom' looks like personal data (name) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.NomDeNaissance' looks like personal data (name) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.DateDeNaissance' looks like personal data (date of birth) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.BirthDate' looks like personal data (date of birth) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.Iban' looks like personal data (financial) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.NumeroDeSecuriteSociale' looks like personal data (national identifier) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.PostalCode' looks like personal data (postal address) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.home_address' looks like personal data (postal address) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.lastName' looks like personal data (name) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.IpAddress' looks like personal data (online identifier) but is not classified: mark it [PersonalData] or [NotPersonalData]",
            "'Applicant.Immatriculation' looks like personal data (national identifier) but is not classified: mark it [PersonalData] or [NotPersonalData]");
    }

    [Fact]
    public async Task False_friends_are_not_reported()
    {
        await AnalyzerVerifier<UnclassifiedPersonalDataAnalyzer>.VerifyAsync("""
            using System;
            using System.Net;

            public class Settings
            {
                public string FileName { get; set; } = "";
                public string HostName { get; set; } = "";
                public string TypeName { get; set; } = "";
                public decimal Nominal { get; set; }
                public string ServerAddress { get; set; } = "";
                public IPAddress? Address { get; set; }
                public IntPtr BaseAddress { get; set; }
                public string EmailTemplate { get; set; } = "";
                public string SenderEmail { get; set; } = "";
                public bool IsEmailConfirmed { get; set; }
                public bool PhoneNumberConfirmed { get; set; }
                public int EmailCount { get; set; }
                public const string EmailHeader = "X-Email";
                public string Telegram { get; set; } = "";
                public string Hotel { get; set; } = "";
                public string Nomenclature { get; set; } = "";
            }

            public class Subscriber
            {
                public string {|DS0100:Email|} { get; set; } = "";
            }
            """,
            "'Subscriber.Email' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]");
    }

    [Fact]
    public async Task Classified_members_and_cleared_members_are_not_reported()
    {
        await AnalyzerVerifier<UnclassifiedPersonalDataAnalyzer>.VerifyAsync("""
            using DataSteward;

            public class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
                [SensitiveData(SensitiveCategory.Health)] public string Phone { get; set; } = "";
                [NotPersonalData] public string SupportPhoneNumber { get; set; } = "";
                [Pseudonymised] public string EmailPseudonym { get; set; } = "";
            }

            public record Contact([PersonalData(PersonalDataKind.ContactDetails)] string Email);

            public class Derived : Base
            {
                public override string Email { get; set; } = "";
            }

            public abstract class Base
            {
                [PersonalData] public abstract string Email { get; set; }
            }

            public class Unclassified
            {
                public string {|DS0100:Phone|} { get; set; } = "";
            }
            """,
            "'Unclassified.Phone' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]");
    }

    [Fact]
    public async Task Positional_record_parameter_is_reported_on_the_parameter()
    {
        await AnalyzerVerifier<UnclassifiedPersonalDataAnalyzer>.VerifyAsync("""
            public record Contact(string {|DS0100:Email|}, int Age);
            """,
            "'Contact.Email' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]");
    }

    [Fact]
    public async Task Heuristics_off_silences_the_rule()
    {
        var test = new AnalyzerTest(new UnclassifiedPersonalDataAnalyzer())
        {
            // The mode is read per file: Test1.cs keeps the default and is the control.
            EditorConfig = "[Test0.cs]\ndatasteward.heuristics = off\n",
        };
        test.Sources.Add("""
            public class Applicant
            {
                public string Email { get; set; } = "";
            }
            """);
        test.Sources.Add("""
            public class Subscriber
            {
                public string {|DS0100:Email|} { get; set; } = "";
            }
            """);
        test.ExpectedMessages.Add("'Subscriber.Email' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]");

        await test.RunAsync();
    }


    [Fact]
    public async Task Suggest_mode_keeps_the_rule()
    {
        await AnalyzerVerifier<UnclassifiedPersonalDataAnalyzer>.VerifyWithOptionsAsync("""
            public class Applicant
            {
                public string {|DS0100:Email|} { get; set; } = "";
            }
            """,
            "datasteward.heuristics = suggest",
            "'Applicant.Email' looks like personal data (contact) but is not classified: mark it [PersonalData] or [NotPersonalData]");

    }
}
