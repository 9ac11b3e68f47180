using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// Packs DataSteward, restores it from a local folder into console projects outside the repository,
/// and builds them with the real <c>dotnet build</c>: what a user gets from one PackageReference.
/// </summary>
public sealed class PackageEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private const string LoggingLine = "Console.WriteLine($\"Registered {citizen.Email}\");";

    private const string ViolatingProgram = """
        using System;
        using DataSteward;

        namespace Consumer;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";
        }

        public static class Program
        {
            public static void Main()
            {
                var citizen = new Citizen { Email = "jeanne.martin@example.org" };
                Console.WriteLine($"Registered {citizen.Email}");
            }
        }

        """;

    private const string PseudonymisedProgram = """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using DataSteward;

        namespace Consumer;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";
        }

        public static class Pseudonyms
        {
            private static readonly byte[] Key = Encoding.UTF8.GetBytes("an end-to-end test key, 32 bytes or more");

            [Pseudonymiser]
            public static string Pseudonymise(string value) =>
                Convert.ToHexString(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(value)));
        }

        public static class Program
        {
            public static void Main()
            {
                var citizen = new Citizen { Email = "jeanne.martin@example.org" };
                Console.WriteLine($"Registered {Pseudonyms.Pseudonymise(citizen.Email)}");
            }
        }

        """;

    private static readonly string[] ViolationIds = ["DS0001", "DS0002", "DS0003", "DS0004", "DS0005", "DS0006"];

    private static readonly Regex Diagnostic = new(
        @"Program\.cs\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>DS\w+)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(5));

    private readonly PackageFixture package = package;

    [Fact]
    public void Package_has_the_documented_layout()
    {
        var entries = package.PackageEntries();
        var listing = string.Join(Environment.NewLine, entries);

        foreach (var expected in new[]
        {
            "lib/netstandard2.0/DataSteward.dll",
            "lib/netstandard2.0/DataSteward.xml",
            "analyzers/dotnet/cs/DataSteward.Analyzers.dll",
            "analyzers/dotnet/cs/DataSteward.CodeFixes.dll",
            "tasks/netstandard2.0/DataSteward.Build.dll",
            "build/DataSteward.props",
            "build/DataSteward.targets",
            "buildTransitive/DataSteward.props",
            "buildTransitive/DataSteward.targets",
            "PACKAGE.md",
        })
        {
            Assert.True(entries.Contains(expected), $"{expected} is missing from the package:{Environment.NewLine}{listing}");
        }

        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));

        // The compiler loads everything in analyzers/: only our two assemblies may be there.
        var analyzerAssemblies = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["analyzers/dotnet/cs/DataSteward.Analyzers.dll", "analyzers/dotnet/cs/DataSteward.CodeFixes.dll"], analyzerAssemblies);

        // The package adds no global using: DataSteward.PersonalData must not clash with Identity's PersonalData.
        foreach (var buildFile in entries.Where(e => e.StartsWith("build", StringComparison.Ordinal) && (e.EndsWith(".props", StringComparison.Ordinal) || e.EndsWith(".targets", StringComparison.Ordinal))))
        {
            var root = XDocument.Parse(package.ReadPackageEntry(buildFile)).Root!;
            Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName == "Using");
        }
    }

    [Fact]
    public void Package_metadata_is_complete_and_declares_no_self_dependency()
    {
        var nuspecName = package.PackageEntries().Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal));
        var metadata = XDocument.Parse(package.ReadPackageEntry(nuspecName)).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("DataSteward", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.NotEqual("true", Value("developmentDependency"));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/datasteward/datasteward", repository.Attribute("url")?.Value);

        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value).ToArray();
        Assert.DoesNotContain("DataSteward", dependencies);
        Assert.DoesNotContain(dependencies, id => id!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Consumer_gets_the_analysers_and_the_promotion_rules_from_one_package_reference()
    {
        var consumer = package.CreateConsumer("evaluation", ViolatingProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        var commandLine = Evaluate(consumer);
        Assert.Contains(commandLine.Analyzers, a => a.EndsWith("DataSteward.Analyzers.dll", StringComparison.Ordinal));
        Assert.Contains(commandLine.Analyzers, a => a.EndsWith("DataSteward.CodeFixes.dll", StringComparison.Ordinal));
        foreach (var property in new[] { "DataStewardCatalogueBaseUri", "DataStewardController", "DataStewardDpoContact", "DataStewardFailOnViolation" })
        {
            Assert.Contains(property, commandLine.CompilerVisibleProperties);
        }

        foreach (var id in ViolationIds)
        {
            Assert.Contains(id, commandLine.WarningsAsErrors);
        }

        // Turned off by the project, or in an IDE / design-time build: warnings stay warnings.
        foreach (var setting in new[] { "DataStewardFailOnViolation=false", "DesignTimeBuild=true", "BuildingInsideVisualStudio=true" })
        {
            var evaluation = Evaluate(consumer, setting);
            Assert.True(
                !ViolationIds.Any(evaluation.WarningsAsErrors.Contains),
                $"With {setting}, WarningsAsErrors is '{string.Join(';', evaluation.WarningsAsErrors)}'");
        }

        // A host older than the analysers' Roslyn: they are taken out of the compilation (and DSB001 says why).
        var oldHost = Evaluate(consumer, "DataStewardMinimumMSBuildVersion=999.0");
        Assert.NotEmpty(oldHost.Analyzers);
        Assert.DoesNotContain(oldHost.Analyzers, a => Path.GetFileName(a).StartsWith("DataSteward.", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_build_fails_with_DS0001_at_the_logging_call()
    {
        var consumer = package.CreateConsumer("violation", ViolatingProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        var build = consumer.Build();

        Assert.False(build.Succeeded, $"The build should fail on DS0001.{Environment.NewLine}{build}");
        AssertReportedAtLoggingCall(consumer, build, "error");
    }

    [Fact]
    public void Build_with_DataStewardFailOnViolation_false_succeeds_with_a_DS0001_warning()
    {
        var consumer = package.CreateConsumer("no-fail", ViolatingProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        var build = consumer.Build("DataStewardFailOnViolation=false");

        Assert.True(build.Succeeded, $"The build should succeed.{Environment.NewLine}{build}");
        AssertReportedAtLoggingCall(consumer, build, "warning");
        Assert.DoesNotContain("error DS0001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_succeeds_once_the_value_is_pseudonymised()
    {
        var consumer = package.CreateConsumer("pseudonymised", PseudonymisedProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        var build = consumer.Build();

        Assert.True(build.Succeeded, $"The build should succeed.{Environment.NewLine}{build}");
        Assert.DoesNotContain("DS0001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_old_a_host_gets_DSB001_and_no_analyser_instead_of_a_failure()
    {
        var consumer = package.CreateConsumer("old-host", ViolatingProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        // MSBuildVersion cannot be faked; raising the minimum takes the same path as an old host.
        var build = consumer.Build("DataStewardMinimumMSBuildVersion=999.0");

        Assert.True(build.Succeeded, $"The build should succeed.{Environment.NewLine}{build}");
        Assert.Contains("warning DSB001", build.Output, StringComparison.Ordinal);
        Assert.Contains("MSBuild 999.0 or later", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DS0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
    }

    private static void AssertReportedAtLoggingCall(ConsumerProject consumer, CliResult build, string severity)
    {
        var (line, firstColumn, lastColumn) = consumer.Locate(LoggingLine);
        var reported = Diagnostic.Matches(build.Output)
            .Where(m => m.Groups["id"].Value == "DS0001")
            .Select(m => (Line: int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), Column: int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture), Severity: m.Groups["severity"].Value))
            .ToArray();

        Assert.True(
            reported.Any(d => d.Severity == severity && d.Line == line && d.Column >= firstColumn && d.Column <= lastColumn),
            $"Expected 'Program.cs({line},{firstColumn}..{lastColumn}): {severity} DS0001' (the argument of {LoggingLine}).{Environment.NewLine}{build}");
    }

    private static Evaluation Evaluate(ConsumerProject consumer, params string[] properties)
    {
        var result = DotNetCli.Run(
            consumer.Directory,
            [
                "msbuild", "-nologo", "-nr:false", "-t:ResolveLockFileAnalyzers;_DataStewardCheckHost",
                "-getProperty:WarningsAsErrors", "-getItem:Analyzer", "-getItem:CompilerVisibleProperty",
                .. properties.Select(p => "-p:" + p),
            ]);
        Assert.True(result.Succeeded, result.ToString());

        var json = result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..];
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string[] Items(string type) => root.GetProperty("Items").TryGetProperty(type, out var items)
            ? items.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToArray()
            : [];

        var warningsAsErrors = root.GetProperty("Properties").GetProperty("WarningsAsErrors").GetString() ?? "";
        return new Evaluation(
            warningsAsErrors.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Items("Analyzer"),
            Items("CompilerVisibleProperty"));
    }

    private sealed record Evaluation(string[] WarningsAsErrors, string[] Analyzers, string[] CompilerVisibleProperties);
}
