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
    public async Task DS0206_has_no_fix()
    {
        await new CodeFixTest(new CatalogueAnalyzer(), new OpenDatasetHoldsPersonalDataFixer())
        {
            Source = """
                using DataSteward;

                [{|DS0206:Dataset|}("a", Title = "A", Description = "A.", Access = DatasetAccess.Restricted)]
                public sealed class A { [PersonalData] public string Name { get; set; } = ""; }
                """,
            FixedSource = null,
        }.RunAsync();
    }
}
