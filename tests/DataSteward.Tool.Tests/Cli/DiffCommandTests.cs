using DataSteward.Catalogue;
using DataSteward.Tool.Cli;
using DataSteward.Tool.Tests.Support;

namespace DataSteward.Tool.Tests.Cli;

/// <summary><c>datasteward diff</c> over two map folders and over two catalogue files, in Markdown and JSON.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Two_map_folders_give_the_changes_of_the_release_as_markdown()
    {
        string school = FixtureProject.SchoolEnrolment.WriteAssembly(temp.Combine("v1", "school"));
        string social = FixtureProject.SocialServices.WriteAssembly(temp.Combine("v1", "social"));
        Assert.Equal(ExitCodes.Success, ToolRun.Of("map", school, social, "-o", temp.Combine("map-v1")).ExitCode);
        string released = NextRelease(temp.Combine("v2", "social", "catalogue.model.json"));
        Assert.Equal(ExitCodes.Success, ToolRun.Of("map", school, released, "-o", temp.Combine("map-v2")).ExitCode);

        ToolRun run = ToolRun.Of("diff", temp.Combine("map-v1"), temp.Combine("map-v2"));

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.Equal(
            """
            # Data map changes

            0 datasets added, 1 dataset removed, 4 changes to existing datasets.

            ## Datasets removed

            | project | dataset | title | access | personal data |
            |---|---|---|---|---|
            | SocialServices | `citizens` | Residents followed by the CCAS | non-public | contact, postal address |

            ## Changes

            ### Social assistance beneficiaries (`SocialServices/beneficiaries`)

            - field `MonthlyIncome` is no longer personal data (was financial; now pseudonymised)
            - field `Disability` is no longer personal data (was health)
            - access: restricted → non-public
            - retention: P10Y → P5Y

            """.Replace("\r\n", "\n"),
            run.Output);
    }

    [Fact]
    public void Two_catalogue_files_give_json_and_an_unreadable_side_is_exit_code_1()
    {
        string before = temp.Write("before.json", CatalogueModelSerializer.Serialize(FixtureProject.SocialServices.Model()));
        string after = NextRelease(temp.Combine("after.json"));

        ToolRun run = ToolRun.Of("diff", before, after, "--format", "json", "--output", temp.Combine("changes.json"));
        ToolRun missing = ToolRun.Of("diff", before, temp.Combine("nowhere"));

        Assert.Equal((ExitCodes.Success, "", ""), (run.ExitCode, run.Output, run.Error));
        string json = File.ReadAllText(temp.Combine("changes.json"));
        Assert.Contains("\"kind\": \"fieldNoLongerPersonal\",\n      \"field\": \"MonthlyIncome\",\n      \"before\": \"financial\",\n      \"after\": \"pseudonymised\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"accessChanged\",\n      \"field\": null,\n      \"before\": \"restricted\",\n      \"after\": \"non-public\"", json, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputProblem, missing.ExitCode);
        Assert.Equal([$"datasteward: {temp.Combine("nowhere")}: does not exist."], missing.Problems);
    }

    // The next release of SocialServices: one dataset dropped, income pseudonymised, disability declassified,
    // beneficiaries no longer shared and kept for five years.
    private static string NextRelease(string path)
    {
        DataCatalogueModel model = FixtureProject.SocialServices.Model();
        model.Datasets.Remove(model.Datasets.Single(d => d.Identifier == "citizens"));
        CatalogueDataset beneficiaries = model.Datasets.Single(d => d.Identifier == "beneficiaries");
        beneficiaries.Fields.Single(f => f.Name == "MonthlyIncome").Classification = FieldClassification.Pseudonymised;
        beneficiaries.Fields.Single(f => f.Name == "Disability").Classification = FieldClassification.None;
        beneficiaries.Access = DatasetAccess.NonPublic;
        beneficiaries.Retention = "P5Y";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, CatalogueModelSerializer.Serialize(model));
        return path;
    }
}
