using DataSteward.Catalogue;
using DataSteward.Tool.Checks;
using DataSteward.Tool.Map;
using static DataSteward.Tool.Tests.Support.Maps;

namespace DataSteward.Tool.Tests.Checks;

public sealed class CrossProjectChecksTests
{
    [Fact]
    public void Same_identifier_in_two_projects_is_one_finding_naming_both()
    {
        DataMap map = Of(
            Dataset("Housing", "residents", fields: Field("Id")),
            Dataset("Schools", "residents", fields: Field("Id")),
            Dataset("Schools", "pupils", fields: Field("Id")));

        Finding finding = Assert.Single(CrossProjectChecks.Run(map), f => f.Kind == CheckKind.DuplicateIdentifier);

        Assert.Equal("residents", finding.Subject);
        Assert.Equal(["Housing/residents", "Schools/residents"], finding.Holders.Select(holder => holder.Dataset.Key));
    }

    [Fact]
    public void Same_uri_in_two_projects_is_reported_and_different_uris_are_not()
    {
        MapDataset housing = Dataset("Housing", "residents", fields: Field("Id"));
        MapDataset copy = Dataset("Archive", "old-residents", fields: Field("Id")) with { Iri = housing.Iri };
        DataMap map = Of(housing, copy, Dataset("Schools", "pupils", fields: Field("Id")));

        Finding finding = Assert.Single(CrossProjectChecks.Run(map), f => f.Kind == CheckKind.DuplicateUri);

        Assert.Equal(housing.Iri, finding.Subject);
        Assert.Equal(["Archive/old-residents", "Housing/residents"], finding.Holders.Select(holder => holder.Dataset.Key));
    }

    [Fact]
    public void Open_field_that_another_project_classifies_as_personal_is_reported_unless_declared_not_personal()
    {
        DataMap map = Of(
            Dataset("OpenData", "permits", DatasetAccess.Public, fields: [Field("permit_id"), Field("applicant_email"), Field("Address", FieldClassification.NotPersonal)]),
            Dataset("Permits", "applications", fields: [Personal("ApplicantEmail", "contact"), Personal("Address", "postal address")]),
            // Personal in the same project is the build's DS0200, not a cross-project finding.
            Dataset("OpenData", "applicants", fields: Personal("PermitId", "national identifier")));

        Finding finding = Assert.Single(CrossProjectChecks.Run(map), f => f.Kind == CheckKind.OpenFieldPersonalElsewhere);

        Assert.Equal("applicant_email", finding.Subject);
        Assert.Collection(
            finding.Holders,
            open => Assert.Equal(("OpenData/permits", "applicant_email", (string?)null), (open.Dataset.Key, open.Field, open.Value)),
            personal => Assert.Equal(("Permits/applications", "ApplicantEmail", (string?)"contact"), (personal.Dataset.Key, personal.Field, personal.Value)));
    }

    [Fact]
    public void Same_kind_kept_for_different_periods_across_projects_is_reported_once_per_kind()
    {
        DataMap map = Of(
            Dataset("Housing", "tenants", retention: "P5Y", fields: [Personal("Email", "contact"), Personal("Name", "name")]),
            Dataset("Schools", "parents", retention: "P2Y", fields: Personal("ParentEmail", "contact")),
            Dataset("Schools", "staff", retention: "P5Y", fields: Personal("FullName", "name")),
            // Not stated is DS0206's business, not a difference.
            Dataset("Library", "members", fields: Personal("Email", "contact")));

        Finding finding = Assert.Single(CrossProjectChecks.Run(map), f => f.Kind == CheckKind.RetentionDiffers);

        Assert.Equal("contact", finding.Subject);
        Assert.Equal(
            [("Housing/tenants", "Email", "P5Y"), ("Schools/parents", "ParentEmail", "P2Y")],
            finding.Holders.Select(holder => (holder.Dataset.Key, holder.Field!, holder.Value!)));
    }

    [Fact]
    public void Same_kind_under_different_legal_bases_is_reported_and_same_basis_is_not()
    {
        DataMap map = Of(
            Dataset("Housing", "tenants", basis: LawfulBasis.Contract, fields: [Personal("Email", "contact"), Sensitive("Disability", "health")]),
            Dataset("Social", "beneficiaries", basis: LawfulBasis.PublicTask, fields: [Personal("Email", "contact"), Sensitive("Condition", "health")]),
            Dataset("Social", "visits", basis: LawfulBasis.PublicTask, fields: Personal("Address", "postal address")),
            Dataset("Housing", "inspections", basis: LawfulBasis.PublicTask, fields: Personal("Address", "postal address")));

        IReadOnlyList<Finding> findings = CrossProjectChecks.Run(map);

        Assert.Equal(
            [(CheckKind.LegalBasisDiffers, "contact"), (CheckKind.LegalBasisDiffers, "health")],
            findings.Select(f => (f.Kind, f.Subject)));
    }

    [Theory]
    [InlineData("DateOfBirth", "date_of_birth")]
    [InlineData("e-mail", "EMail")]
    public void Field_names_match_across_naming_conventions(string left, string right) =>
        Assert.Equal(CrossProjectChecks.FieldKey(left), CrossProjectChecks.FieldKey(right));

    [Fact]
    public void A_map_without_cross_project_problems_has_no_finding_until_one_value_differs()
    {
        MapDataset tenants = Dataset("Housing", "tenants", retention: "P5Y", basis: LawfulBasis.Contract, fields: Personal("Email", "contact"));
        MapDataset parents = Dataset("Schools", "parents", retention: "P5Y", basis: LawfulBasis.Contract, fields: Personal("Email", "contact"));
        MapDataset stops = Dataset("OpenData", "stops", DatasetAccess.Public, fields: Field("StopName"));

        Assert.Empty(CrossProjectChecks.Run(Of(tenants, parents, stops)));
        Assert.Equal(
            [(CheckKind.RetentionDiffers, "contact")],
            CrossProjectChecks.Run(Of(tenants, parents with { Retention = "P1Y" }, stops)).Select(f => (f.Kind, f.Subject)));
    }
}
