using DataSteward.Analyzers.Rules;
using DataSteward.CodeFixes.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.CodeFixes;

public sealed class ClassifyMemberFixTests
{
    private static Task VerifyAsync(string source, string fixedSource, string equivalenceKey = ClassifyMemberFix.PersonalDataKey) =>
        new CodeFixTest(new UnclassifiedPersonalDataAnalyzer(), new ClassifyMemberFix())
        {
            Source = source,
            FixedSource = fixedSource,
            EquivalenceKey = equivalenceKey,
        }.RunAsync();

    [Fact]
    public async Task Adds_PersonalData_with_the_kind_and_the_using()
    {
        await VerifyAsync(
            """
            using System;

            namespace Register;

            public class Applicant
            {
                /// <summary>Where we write to.</summary>
                public string {|DS0100:Email|} { get; set; } = "";

                public DateOnly {|DS0100:DateOfBirth|} { get; set; }
            }
            """,
            """
            using System;
            using DataSteward;

            namespace Register;

            public class Applicant
            {
                /// <summary>Where we write to.</summary>
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.DateOfBirth)]
                public DateOnly DateOfBirth { get; set; }
            }
            """);
    }

    [Fact]
    public async Task Adds_NotPersonalData()
    {
        await VerifyAsync(
            """
            using System;
            using DataSteward;

            public class Mailer
            {
                [Obsolete]
                public string {|DS0100:Email|} { get; set; } = "";
            }
            """,
            """
            using System;
            using DataSteward;

            public class Mailer
            {
                [Obsolete]
                [NotPersonalData]
                public string Email { get; set; } = "";
            }
            """,
            ClassifyMemberFix.NotPersonalDataKey);
    }

    [Fact]
    public async Task Qualifies_the_attribute_when_Identity_is_imported()
    {
        await VerifyAsync(
            """
            using Microsoft.AspNetCore.Identity;

            public class Account
            {
                public string {|DS0100:Courriel|} { get; set; } = "";
            }
            """,
            """
            using Microsoft.AspNetCore.Identity;

            public class Account
            {
                [DataSteward.PersonalData(DataSteward.PersonalDataKind.ContactDetails)]
                public string Courriel { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task Classifies_a_positional_record_parameter_inline()
    {
        await VerifyAsync(
            """
            using DataSteward;

            public record Contact(string {|DS0100:Email|}, int Age);
            """,
            """
            using DataSteward;

            public record Contact([PersonalData(PersonalDataKind.ContactDetails)] string Email, int Age);
            """);
    }

    [Fact]
    public async Task Classifies_a_field()
    {
        await VerifyAsync(
            """
            using DataSteward;

            public class Applicant
            {
                private string {|DS0100:telephone|} = "";
            }
            """,
            """
            using DataSteward;

            public class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                private string telephone = "";
            }
            """);
    }

    [Fact]
    public async Task Adds_SensitiveData_with_the_category_of_a_special_category_name()
    {
        await VerifyAsync(
            """
            public class CreateClaimantRequest
            {
                public string {|DS0100:DisabilityStatus|} { get; set; } = "";

                public string {|DS0100:Religion|} { get; set; } = "";
            }
            """,
            """
            using DataSteward;

            public class CreateClaimantRequest
            {
                [SensitiveData(SensitiveCategory.Health)]
                public string DisabilityStatus { get; set; } = "";

                [SensitiveData(SensitiveCategory.ReligiousOrPhilosophicalBeliefs)]
                public string Religion { get; set; } = "";
            }
            """);
    }
}
