using System.Globalization;
using System.Text.RegularExpressions;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// The README's main command: <c>dotnet build samples/CitizenServices</c> builds DataSteward from source with
/// the package's own build logic, succeeds, and reports the sample's one deliberate violation as a warning.
/// </summary>
[Collection(PackageCollection.Name)] // one heavy build at a time: run beside the packing, it could exceed its timeout
public sealed class SampleBuildTests
{
    private const string DeliberateViolation = "logger.LogInformation(\"Confirmation e-mail queued for {Email}\", citizen.Email);";

    private static readonly Regex Diagnostic = new(
        @"(?<file>[^\s\\/]+\.cs)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>DS\w+)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(5));

    [Fact]
    public void Sample_builds_and_warns_about_its_deliberate_violation_only()
    {
        var root = RepositoryRoot();
        var sample = Path.Combine(root, "samples", "CitizenServices");
        var serviceSource = File.ReadAllLines(Path.Combine(sample, "Registration", "CitizenRegistrationService.cs"));
        var violationLine = Array.FindIndex(serviceSource, l => l.Contains(DeliberateViolation, StringComparison.Ordinal)) + 1;
        Assert.True(violationLine > 0, "The deliberate violation is no longer in CitizenRegistrationService.cs.");

        var build = DotNetCli.Run(root, "build", sample, "--no-incremental", "--nologo", "-v:q", "-nr:false", "-p:UseSharedCompilation=false");

        Assert.True(build.Succeeded, $"The sample should build (it sets DataStewardFailOnViolation=false).{Environment.NewLine}{build}");
        var reported = Diagnostic.Matches(build.Output)
            .Select(m => (File: m.Groups["file"].Value, Line: int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), Severity: m.Groups["severity"].Value, Id: m.Groups["id"].Value))
            .Distinct()
            .ToArray();

        Assert.True(
            reported.Contains(("CitizenRegistrationService.cs", violationLine, "warning", "DS0001")),
            $"Expected 'CitizenRegistrationService.cs({violationLine},…): warning DS0001'.{Environment.NewLine}{build}");
        Assert.True(
            reported.Length == 1,
            $"The rest of the sample handles personal data properly: no other DataSteward diagnostic expected.{Environment.NewLine}{build}");
    }

    private static string RepositoryRoot()
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
