using System.IO.Compression;
using System.Reflection;
using DataSteward.Tests.EndToEnd;
using Microsoft.CodeAnalysis;

namespace DataSteward.Roslyn48.Tests;

/// <summary>
/// The package's Roslyn 4.8 analysers, as an older compiler host loads them: taken from the packed .nupkg
/// (analyzers/dotnet/roslyn4.8/cs), loaded next to Roslyn 4.8, run on the end-to-end sources.
/// </summary>
public sealed class Roslyn48HostTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private readonly PackageFixture package = package;

    [Fact]
    public void Host_runs_Roslyn_4_8()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
    }

    [Fact]
    public void Roslyn_4_8_build_from_the_package_reports_the_same_diagnostics_as_the_4_14_build()
    {
        string folder = Extract("analyzers/dotnet/roslyn4.8/cs/", "lib/netstandard2.0/");
        Assembly analyzers = Assembly.LoadFrom(Path.Combine(folder, "analyzers/dotnet/roslyn4.8/cs/DataSteward.Analyzers.dll"));

        // Built against what this host has, not newer.
        AssemblyName roslyn = analyzers.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis");
        Assert.Equal(new Version(4, 8, 0, 0), roslyn.Version);

        string[] reported = HostParity.Run(analyzers, Path.Combine(folder, "lib/netstandard2.0/DataSteward.dll"));

        Assert.True(EndToEndSources.Expected.SequenceEqual(reported), "Reported:" + Environment.NewLine + string.Join(Environment.NewLine, reported));
    }

    [Fact]
    public void Roslyn_4_8_build_baselines_an_error_severity_violation_by_reporting_it_suppressed()
    {
        string folder = Extract("analyzers/dotnet/roslyn4.8/cs/", "lib/netstandard2.0/");
        Assembly analyzers = Assembly.LoadFrom(Path.Combine(folder, "analyzers/dotnet/roslyn4.8/cs/DataSteward.Analyzers.dll"));

        // DS0001 by the suppressor; DS0003, which no suppressor may suppress, reported suppressed by its own analyser.
        string[] reported = HostParity.Run(analyzers, Path.Combine(folder, "lib/netstandard2.0/DataSteward.dll"), EndToEndSources.Baseline);

        Assert.True(EndToEndSources.ExpectedWithBaseline.SequenceEqual(reported), "Reported:" + Environment.NewLine + string.Join(Environment.NewLine, reported));
    }

    [Fact]
    public void Roslyn_4_14_build_is_beside_it_and_needs_a_newer_host()
    {
        string folder = Extract("analyzers/dotnet/roslyn4.14/cs/");
        using var metadata = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(folder, "analyzers/dotnet/roslyn4.14/cs/DataSteward.Analyzers.dll")));
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(metadata);
        Version roslyn = reader.AssemblyReferences
            .Select(reader.GetAssemblyReference)
            .Single(r => reader.GetString(r.Name) == "Microsoft.CodeAnalysis")
            .Version;

        Assert.Equal(new Version(4, 14, 0, 0), roslyn);
    }

    private string Extract(params string[] prefixes)
    {
        string folder = Path.Combine(package.WorkDirectory, "extracted-" + Guid.NewGuid().ToString("N"));
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        foreach (ZipArchiveEntry entry in archive.Entries.Where(e => prefixes.Any(p => e.FullName.StartsWith(p, StringComparison.Ordinal)) && e.Name.Length > 0))
        {
            string target = Path.Combine(folder, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target);
        }

        return folder;
    }
}
