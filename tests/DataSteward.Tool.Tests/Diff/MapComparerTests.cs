using DataSteward.Catalogue;
using DataSteward.Tool.Diff;
using DataSteward.Tool.Map;
using static DataSteward.Tool.Tests.Support.Maps;

namespace DataSteward.Tool.Tests.Diff;

public sealed class MapComparerTests
{
    private static readonly MapDataset Tenants = Dataset(
        "Housing", "tenants", DatasetAccess.Restricted, "P5Y", LawfulBasis.Contract, null,
        Field("Id"), Personal("Email", "contact"), Field("Notes"), Personal("Phone", "contact"), Personal("Name", "name"));

    [Fact]
    public void Identical_maps_have_no_change()
    {
        Assert.True(MapComparer.Compare(Of(Tenants), Of(Tenants)).IsEmpty);
        Assert.False(MapComparer.Compare(Of(Tenants), Of(Tenants with { Retention = "P6Y" })).IsEmpty);
    }

    [Fact]
    public void Datasets_added_and_removed_are_listed_by_project_and_identifier()
    {
        MapDataset stops = Dataset("Transport", "stops", DatasetAccess.Public, fields: Field("StopName"));
        MapDataset movedTenants = Tenants with { Project = "Social" };

        MapChanges changes = MapComparer.Compare(Of(Tenants, stops), Of(movedTenants, stops));

        Assert.Equal(["Social/tenants"], changes.Added.Select(dataset => dataset.Key));
        Assert.Equal(["Housing/tenants"], changes.Removed.Select(dataset => dataset.Key));
        Assert.Empty(changes.Changed);
    }

    [Fact]
    public void Field_classification_access_retention_and_legal_basis_changes_are_each_reported()
    {
        MapDataset after = Tenants with
        {
            Access = DatasetAccess.Public,
            Retention = "P2Y",
            LegalBasis = LawfulBasis.Consent,
            Fields =
            [
                Field("Id"),
                Field("Email", FieldClassification.Pseudonymised),
                Sensitive("Notes", "health"),
                Sensitive("Phone", "criminal offences"),
                Personal("BirthDate", "date of birth"),
            ],
        };

        MapChanges changes = MapComparer.Compare(Of(Tenants), Of(after));

        Assert.Equal(
            [
                (ChangeKind.FieldNoLongerPersonal, "Email", "contact", "pseudonymised"),
                (ChangeKind.FieldBecamePersonal, "Notes", null, "health"),
                (ChangeKind.FieldCategoryChanged, "Phone", "contact", "criminal offences"),
                (ChangeKind.PersonalFieldAdded, "BirthDate", null, "date of birth"),
                (ChangeKind.PersonalFieldRemoved, "Name", "name", null),
                (ChangeKind.AccessChanged, null, "restricted", "public"),
                (ChangeKind.RetentionChanged, null, "P5Y", "P2Y"),
                (ChangeKind.LegalBasisChanged, null, "contract", "consent"),
            ],
            changes.Changed.Select(change => (change.Kind, change.Field, change.Before, change.After)));
    }

    [Fact]
    public void Markdown_report_lists_added_datasets_and_each_change()
    {
        MapDataset stops = Dataset("Transport", "stops", DatasetAccess.Public, fields: Field("StopName"));
        MapDataset after = Tenants with { Retention = "P2Y", Fields = [Field("Id"), Field("Email"), Field("Notes"), Personal("Phone", "contact"), Personal("Name", "name")] };

        string markdown = MarkdownChangesWriter.Write(MapComparer.Compare(Of(Tenants), Of(after, stops)));

        Assert.Equal(
            """
            # Data map changes

            1 dataset added, 0 datasets removed, 2 changes to existing datasets.

            ## Datasets added

            | project | dataset | title | access | personal data |
            |---|---|---|---|---|
            | Transport | `stops` | Stops | public | none |

            ## Changes

            ### Tenants (`Housing/tenants`)

            - field `Email` is no longer personal data (was contact)
            - retention: P5Y → P2Y

            """.Replace("\r\n", "\n"),
            markdown);
    }

    [Fact]
    public void Json_report_uses_stable_codes()
    {
        MapDataset after = Tenants with { LegalBasis = null, Fields = [Field("Id"), Personal("Email", "contact"), Personal("Notes", "other"), Personal("Phone", "contact"), Personal("Name", "name")] };

        string json = JsonChangesWriter.Write(MapComparer.Compare(Of(Tenants), Of(after)));

        Assert.Equal(
            """
            {
              "added": [],
              "removed": [],
              "changes": [
                {
                  "project": "Housing",
                  "dataset": "tenants",
                  "kind": "fieldBecamePersonal",
                  "field": "Notes",
                  "before": null,
                  "after": "other"
                },
                {
                  "project": "Housing",
                  "dataset": "tenants",
                  "kind": "legalBasisChanged",
                  "field": null,
                  "before": "contract",
                  "after": null
                }
              ]
            }

            """.Replace("\r\n", "\n"),
            json);
    }
}
