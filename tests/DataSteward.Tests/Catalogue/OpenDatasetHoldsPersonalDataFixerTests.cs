using DataSteward.Analyzers.Catalogue;
using DataSteward.CodeFixes.Catalogue;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Catalogue;

public sealed class OpenDatasetHoldsPersonalDataFixerTests
{
    [Fact]
    public async Task DS0200_fix_restricts_the_dataset()
    {
        await new CodeFixTest(new CatalogueAnalyzer(), new OpenDatasetHoldsPersonalDataFixer())
        {
            Source = """
                using DataSteward;

                /// <summary>Subscribers.</summary>
                [Dataset("subscribers", Title = "Subscribers", {|DS0200:Access = DatasetAccess.Public|}, Purpose = "Newsletter", LegalBasis = LawfulBasis.Consent, Retention = "P2Y", Recipients = new[] { "staff" }, DataSubjects = new[] { "members" })]
                public sealed class Subscriber
                {
                    [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
                }

                /// <summary>Members.</summary>
                [Dataset("members", Title = "Members", {|DS0200:Access = (DatasetAccess)0|}, Purpose = "Membership", LegalBasis = LawfulBasis.Contract, Retention = "P2Y", Recipients = new[] { "staff" }, DataSubjects = new[] { "members" })]
                public sealed class Member
                {
                    [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
                }
                """,
            FixedSource = """
                using DataSteward;

                /// <summary>Subscribers.</summary>
                [Dataset("subscribers", Title = "Subscribers", Access = DatasetAccess.Restricted, Purpose = "Newsletter", LegalBasis = LawfulBasis.Consent, Retention = "P2Y", Recipients = new[] { "staff" }, DataSubjects = new[] { "members" })]
                public sealed class Subscriber
                {
                    [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
                }

                /// <summary>Members.</summary>
                [Dataset("members", Title = "Members", Access = DatasetAccess.Restricted, Purpose = "Membership", LegalBasis = LawfulBasis.Contract, Retention = "P2Y", Recipients = new[] { "staff" }, DataSubjects = new[] { "members" })]
                public sealed class Member
                {
                    [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task DS0206_is_left_as_it_is_beside_a_fixed_DS0200()
    {
        // The fixer declares DS0200 only; the DS0200 beside it proves the fixer ran on this document.
        await new CodeFixTest(new CatalogueAnalyzer(), new OpenDatasetHoldsPersonalDataFixer())
        {
            Source = """
                using DataSteward;

                [{|DS0206:Dataset|}("a", Title = "A", Description = "A.", Access = DatasetAccess.Restricted)]
                public sealed class A { [PersonalData] public string Name { get; set; } = ""; }

                /// <summary>B.</summary>
                [Dataset("b", Title = "B", {|DS0200:Access = DatasetAccess.Public|}, Purpose = "Reply", LegalBasis = LawfulBasis.PublicTask, Retention = "P1Y", Recipients = ["case workers"], DataSubjects = ["residents"])]
                public sealed class B { [PersonalData] public string Name { get; set; } = ""; }
                """,
            FixedSource = """
                using DataSteward;

                [Dataset("a", Title = "A", Description = "A.", Access = DatasetAccess.Restricted)]
                public sealed class A { [PersonalData] public string Name { get; set; } = ""; }

                /// <summary>B.</summary>
                [Dataset("b", Title = "B", Access = DatasetAccess.Restricted, Purpose = "Reply", LegalBasis = LawfulBasis.PublicTask, Retention = "P1Y", Recipients = ["case workers"], DataSubjects = ["residents"])]
                public sealed class B { [PersonalData] public string Name { get; set; } = ""; }
                """,
        }.RunAsync();
    }

}
