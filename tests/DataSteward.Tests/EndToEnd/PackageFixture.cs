using System.IO.Compression;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// Packs src/DataSteward.Package once for the test class, with a version no NuGet cache can hold,
/// into a temporary local feed outside the repository. Every build of the pack goes to a temporary
/// artifacts folder, so the repository's own bin/ and obj/ are left alone.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Path.Combine(Path.GetTempPath(), "datasteward-e2e-" + Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        PackagesDirectory = Path.Combine(WorkDirectory, "packages");
        Directory.CreateDirectory(FeedDirectory);

        // The consumers live under WorkDirectory: these keep any Directory.*.props above the temp folder out.
        File.WriteAllText(Path.Combine(WorkDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkDirectory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkDirectory, "Directory.Packages.props"), "<Project />\n");

        // An alphanumeric pre-release identifier: a GUID of digits only could start with 0, which SemVer forbids.
        Version = "0.0.0-e2e.run" + Guid.NewGuid().ToString("N");

        PackResult = DotNetCli.Run(
            RepositoryRoot,
            "pack", Path.Combine(RepositoryRoot, "src", "DataSteward.Package"),
            "--nologo", "-v:q", "-nr:false",
            "-o", FeedDirectory,
            "--artifacts-path", Path.Combine(WorkDirectory, "build"),
            "-p:Version=" + Version,
            "-p:UseSharedCompilation=false");

        PackagePath = Path.Combine(FeedDirectory, $"DataSteward.{Version}.nupkg");
        if (!PackResult.Succeeded || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing DataSteward failed or wrote no {PackagePath}.{Environment.NewLine}{PackResult}");
        }
    }

    public string RepositoryRoot { get; }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public string Version { get; }

    public string PackagePath { get; }

    internal CliResult PackResult { get; }

    /// <summary>Paths of every entry of the package, with '/' separators.</summary>
    public IReadOnlyList<string> PackageEntries()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        return archive.Entries.Select(e => e.FullName).ToArray();
    }

    public string ReadPackageEntry(string path)
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        var entry = archive.GetEntry(path) ?? throw new FileNotFoundException($"{path} is not in {PackagePath}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Writes a console project outside the repository that restores DataSteward from the local feed only,
    /// with one PackageReference, into its own folder under <see cref="WorkDirectory"/>.
    /// </summary>
    public ConsumerProject CreateConsumer(string name, string program)
    {
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(directory);
        WriteNuGetConfig(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), ProjectFile("Exe", $"<PackageReference Include=\"DataSteward\" Version=\"{Version}\" />"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return new ConsumerProject(directory, program);
    }

    /// <summary>A NuGet.config that restores from the local feed only, for the projects in and below <paramref name="directory"/>.</summary>
    public void WriteNuGetConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);

    /// <summary>An SDK project (<paramref name="outputType"/> Exe or Library) on net10.0 with one item of <paramref name="reference"/>.</summary>
    public string ProjectFile(string outputType, string reference) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <RestorePackagesPath>{PackagesDirectory}</RestorePackagesPath>
            <NuGetAudit>false</NuGetAudit>
          </PropertyGroup>
          <ItemGroup>
            {reference}
          </ItemGroup>
        </Project>
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Analyzers.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A consumer project written by <see cref="PackageFixture.CreateConsumer"/>.</summary>
public sealed class ConsumerProject(string directory, string program)
{
    public string Directory { get; } = directory;

    public string ProgramPath => Path.Combine(Directory, "Program.cs");

    internal CliResult Restore() =>
        DotNetCli.Run(Directory, "restore", "--nologo", "-v:q", "-nr:false");

    internal CliResult Build(params string[] properties) =>
        DotNetCli.Run(
            Directory,
            ["build", "--no-restore", "--nologo", "-v:q", "-nr:false", "-p:UseSharedCompilation=false", .. properties.Select(p => "-p:" + p)]);

    /// <summary>1-based line of the first line containing <paramref name="text"/>, and the 1-based columns its argument list spans.</summary>
    public (int Line, int FirstColumn, int LastColumn) Locate(string text)
    {
        var lines = program.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (start >= 0)
            {
                var open = lines[i].IndexOf('(', start);
                var close = lines[i].LastIndexOf(')');
                return (i + 1, open + 2, close);
            }
        }

        throw new InvalidOperationException($"'{text}' is not in the consumer's Program.cs.");
    }
}
