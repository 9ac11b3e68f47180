using DataSteward.Tool.Cli;
using DataSteward.Tool.Inputs;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Tests.Support;

/// <summary>
/// The map of the sample and the two fixture projects, written once per test class by <c>datasteward map</c> (the
/// sample and SchoolEnrolment as assemblies, SocialServices as the datacatalogue/ folder its build writes), and the map
/// read back from the folder's <c>projects/</c> (the expectations of the site tests).
/// </summary>
public sealed class MergedMapFixture : IDisposable
{
    private readonly TempFolder temp = new();

    public MergedMapFixture()
    {
        ToolRun run = ToolRun.Of(
            "map",
            FixtureProject.CitizenServices.WriteAssembly(temp.Combine("citizen", "bin")),
            FixtureProject.SchoolEnrolment.WriteAssembly(temp.Combine("school", "bin")),
            FixtureProject.SocialServices.WriteCatalogueFolder(temp.Combine("social", "bin")),
            "--output",
            temp.Combine("map"),
            "--title",
            "Data map of Saint-Exemple",
            "--publisher",
            "Ville de Saint-Exemple",
            "--base-uri",
            "https://data.saint-exemple.example/map/");
        if (run.ExitCode != ExitCodes.Success)
        {
            throw new InvalidOperationException("datasteward map failed:\n" + run.Error);
        }

        Folder = temp.Combine("map");
        (List<CatalogueInput> inputs, List<InputProblem> problems) = InputDiscovery.Discover([Path.Combine(Folder, "projects")]);
        Map = CatalogueReader.ReadAll(inputs, problems, null).ToMap();
    }

    public string Folder { get; }

    internal DataMap Map { get; }

    public string File(string relativePath) => Path.Combine(Folder, relativePath);

    public void Dispose() => temp.Dispose();
}
