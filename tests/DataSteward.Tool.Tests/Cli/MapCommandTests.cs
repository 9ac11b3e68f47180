using System.Text.Json;
using DataSteward.Catalogue;
using DataSteward.Tool.Cli;
using DataSteward.Tool.Tests.Support;

namespace DataSteward.Tool.Tests.Cli;

/// <summary><c>datasteward map</c> end to end, in-process: inputs of every kind, bad inputs, exit codes.</summary>
public sealed class MapCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Merges_an_assembly_a_catalogue_folder_and_a_folder_searched_recursively()
    {
        string school = FixtureProject.SchoolEnrolment.WriteAssembly(temp.Combine("school-bin"));
        string social = FixtureProject.SocialServices.WriteCatalogueFolder(temp.Combine("social", "bin", "Release", "net10.0"));
        string repository = SampleBuildTree();

        ToolRun run = ToolRun.Of("map", school, social, repository, "--output", temp.Combine("map"));

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, string.Join("\n", run.Problems)));
        Assert.Equal(
            $"6 datasets from 3 projects merged into {temp.Combine("map")} ({temp.Combine("map", "index.html")}); 11 cross-project findings.\n",
            run.Output);
        string[] files = Directory.GetFiles(temp.Combine("map"), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(temp.Combine("map"), file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("datasets/", StringComparison.Ordinal) && !file.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                "catalogue.jsonld", "catalogue.ttl", "checks.html", "checks.json", "index.html", "personal-data.html",
                "projects/CitizenServices/catalogue.model.json", "projects/SchoolEnrolment/catalogue.model.json", "projects/SocialServices/catalogue.model.json",
                "register.csv", "register.html", "register.json",
                "schemas/CitizenServices.citizens.schema.json", "schemas/CitizenServices.service-points.schema.json",
                "schemas/SchoolEnrolment.pupils.schema.json", "schemas/SchoolEnrolment.schools.schema.json",
                "schemas/SocialServices.beneficiaries.schema.json", "schemas/SocialServices.citizens.schema.json",
            ],
            files);
        Assert.Equal(6, Directory.GetFiles(temp.Combine("map", "datasets"), "*.html", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Each_bad_input_gets_one_message_naming_it_and_the_others_are_still_merged()
    {
        string good = FixtureProject.SchoolEnrolment.WriteAssembly(temp.Combine("good"));
        string truncated = temp.Write("edited/datacatalogue/catalogue.model.json", CatalogueModelSerializer.Serialize(FixtureProject.SocialServices.Model())[..200]);
        string wrongFormat = temp.Write("other/catalogue.model.json", """{"format":"someone-else/2","datasets":[]}""");
        string notJson = temp.Write("notes/catalogue.model.json", "Hand-written notes, not a catalogue.");
        string noCatalogue = temp.Write("lib/Helpers.dll", "");
        File.WriteAllBytes(noCatalogue, PlainAssembly());
        string notAssembly = temp.Write("lib/Broken.dll", "MZ but not really");
        string empty = temp.Combine("empty");
        Directory.CreateDirectory(empty);
        string missing = temp.Combine("missing");
        string readme = temp.Write("README.txt", "read me");

        ToolRun run = ToolRun.Of("map", good, Path.GetDirectoryName(truncated)!, wrongFormat, notJson, noCatalogue, notAssembly, empty, missing, readme, "--output", temp.Combine("map"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            [
                $"datasteward: {empty}: holds no catalogue: no datacatalogue/catalogue.model.json and no assembly built with DataSteward catalogue generation.",
                $"datasteward: {missing}: does not exist.",
                $"datasteward: {readme}: is neither a catalogue (catalogue.model.json) nor an assembly (.dll, .exe).",
            ],
            run.Problems.Take(3));
        string[] readProblems = run.Problems.Skip(3).ToArray();
        Assert.Equal(5, readProblems.Length);
        Assert.StartsWith($"datasteward: {truncated}: is not a valid DataSteward catalogue (datasteward-catalogue/2): ", readProblems[0], StringComparison.Ordinal);
        Assert.StartsWith($"datasteward: {wrongFormat}: is not a valid DataSteward catalogue (datasteward-catalogue/2): ", readProblems[1], StringComparison.Ordinal);
        Assert.StartsWith($"datasteward: {notJson}: is not a valid DataSteward catalogue (datasteward-catalogue/2): ", readProblems[2], StringComparison.Ordinal);
        Assert.Equal($"datasteward: {noCatalogue}: has no DataSteward catalogue (no [Dataset] type, or built without the DataSteward package).", readProblems[3]);
        Assert.Equal($"datasteward: {notAssembly}: is not a .NET assembly.", readProblems[4]);
        Assert.StartsWith("2 datasets from 1 project merged into ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("; 0 cross-project findings; 8 inputs could not be read.\n", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("map", "catalogue.jsonld")));
    }

    [Fact]
    public void Strict_fails_when_any_input_could_not_be_read_and_still_writes_the_rest()
    {
        string good = FixtureProject.SchoolEnrolment.WriteAssembly(temp.Combine("good"));
        string missing = temp.Combine("missing.dll");

        ToolRun lenient = ToolRun.Of("map", good, missing, "-o", temp.Combine("lenient"));
        ToolRun strict = ToolRun.Of("map", good, missing, "-o", temp.Combine("strict"), "--strict");
        ToolRun strictAllGood = ToolRun.Of("map", good, "-o", temp.Combine("strict-good"), "--strict");

        Assert.Equal((ExitCodes.Success, ExitCodes.InputProblem, ExitCodes.Success), (lenient.ExitCode, strict.ExitCode, strictAllGood.ExitCode));
        Assert.Equal([$"datasteward: {missing}: does not exist."], strict.Problems);
        Assert.True(File.Exists(temp.Combine("strict", "index.html")));
    }

    [Fact]
    public void Nothing_readable_is_exit_code_1_and_nothing_is_written()
    {
        string empty = temp.Combine("empty");
        Directory.CreateDirectory(empty);

        ToolRun run = ToolRun.Of("map", empty, "--output", temp.Combine("map"));

        Assert.Equal(ExitCodes.InputProblem, run.ExitCode);
        Assert.Equal(
            [
                $"datasteward: {empty}: holds no catalogue: no datacatalogue/catalogue.model.json and no assembly built with DataSteward catalogue generation.",
                "datasteward: no catalogue could be read; nothing was written.",
            ],
            run.Problems);
        Assert.False(Directory.Exists(temp.Combine("map")));
    }

    [Fact]
    public void A_map_folder_is_itself_an_input_and_gives_the_same_map()
    {
        string school = FixtureProject.SchoolEnrolment.WriteAssembly(temp.Combine("school"));
        string social = FixtureProject.SocialServices.WriteAssembly(temp.Combine("social"));
        Assert.Equal(ExitCodes.Success, ToolRun.Of("map", school, social, "-o", temp.Combine("first")).ExitCode);

        Assert.Equal(ExitCodes.Success, ToolRun.Of("map", temp.Combine("first"), "-o", temp.Combine("second")).ExitCode);

        foreach (string file in new[] { "catalogue.jsonld", "catalogue.ttl", "register.json", "register.csv", "checks.json", "index.html" })
        {
            Assert.Equal(File.ReadAllText(temp.Combine("first", file)), File.ReadAllText(temp.Combine("second", file)));
        }
    }

    [Fact]
    public void A_catalogue_with_a_duplicate_or_empty_identifier_is_refused_not_half_merged()
    {
        DataCatalogueModel duplicate = FixtureProject.SocialServices.Model();
        duplicate.Datasets.Add(duplicate.Datasets[0]);
        DataCatalogueModel unnamed = FixtureProject.SchoolEnrolment.Model();
        unnamed.Datasets[0].Identifier = " ";
        string duplicateFile = temp.Write("a/catalogue.model.json", CatalogueModelSerializer.Serialize(duplicate));
        string unnamedFile = temp.Write("b/catalogue.model.json", CatalogueModelSerializer.Serialize(unnamed));
        string good = FixtureProject.CitizenServices.WriteAssembly(temp.Combine("good"));

        ToolRun run = ToolRun.Of("map", duplicateFile, unnamedFile, good, "-o", temp.Combine("map"));

        Assert.Equal(
            [
                $"datasteward: {duplicateFile}: has two datasets with the identifier 'beneficiaries'.",
                $"datasteward: {unnamedFile}: has a dataset without an identifier (SchoolEnrolment.Pupil).",
            ],
            run.Problems);
        Assert.StartsWith("2 datasets from 1 project merged", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_again_into_the_same_folder_removes_what_is_gone_and_keeps_other_files()
    {
        string school = FixtureProject.SchoolEnrolment.WriteAssembly(temp.Combine("school"));
        string social = FixtureProject.SocialServices.WriteAssembly(temp.Combine("social"));
        string notes = temp.Write("map/NOTES.md", "kept");
        Assert.Equal(ExitCodes.Success, ToolRun.Of("map", school, social, "-o", temp.Combine("map")).ExitCode);
        Assert.True(File.Exists(temp.Combine("map", "datasets", "SocialServices", "beneficiaries.html")));

        Assert.Equal(ExitCodes.Success, ToolRun.Of("map", school, "-o", temp.Combine("map")).ExitCode);

        Assert.False(Directory.Exists(temp.Combine("map", "datasets", "SocialServices")));
        Assert.Equal(["SchoolEnrolment.pupils.schema.json", "SchoolEnrolment.schools.schema.json"], Directory.GetFiles(temp.Combine("map", "schemas")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(temp.Combine("map", "projects", "SocialServices", "catalogue.model.json")));
        Assert.Equal("kept", File.ReadAllText(notes));
    }

    [Fact]
    public void Help_documents_the_commands_and_exit_codes_and_a_bad_command_line_is_exit_code_2()
    {
        ToolRun help = ToolRun.Of("--help");
        ToolRun mapHelp = ToolRun.Of("map", "--help");
        ToolRun noOutput = ToolRun.Of("map", temp.Path);
        ToolRun badFormat = ToolRun.Of("diff", "a", "b", "--format", "xml");

        Assert.Equal(ExitCodes.Success, help.ExitCode);
        Assert.Contains("map", help.Output, StringComparison.Ordinal);
        Assert.Contains("diff", help.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 done", help.Output, StringComparison.Ordinal);
        Assert.Contains("--strict", mapHelp.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, noOutput.ExitCode);
        Assert.Contains("--output", noOutput.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, badFormat.ExitCode);
        Assert.Contains("xml", badFormat.Error, StringComparison.Ordinal);
    }

    // A repository after `dotnet build`: the sample's bin/ with its datacatalogue/ and the assembly (read once), an
    // obj/ copy (skipped), and a dependency without a catalogue (ignored in a folder search).
    private string SampleBuildTree()
    {
        string root = temp.Combine("repository");
        string bin = Path.Combine(root, "CitizenServices", "bin", "Debug", "net10.0");
        FixtureProject.CitizenServices.WriteAssembly(bin);
        FixtureProject.CitizenServices.WriteCatalogueFolder(bin);
        FixtureProject.CitizenServices.WriteAssembly(Path.Combine(root, "CitizenServices", "obj", "Debug", "net10.0"));
        File.WriteAllBytes(Path.Combine(bin, "Helpers.dll"), PlainAssembly());
        return root;
    }

    private static byte[] PlainAssembly()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Helpers",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public static class Helper { public const int Answer = 42; }")],
            [Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return stream.ToArray();
    }

    internal static JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(file)).RootElement;
}
