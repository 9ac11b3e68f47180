using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// Packs DataSteward, restores it from a local folder into console projects outside the repository,
/// and builds them with the real <c>dotnet build</c>: what a user gets from one PackageReference.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class PackageEndToEndTests(PackageFixture package)
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

    // The package's own runtime clears the value: the lib/ half of the package is exercised too.
    private const string PseudonymisedProgram = """
        using System;
        using System.Text;
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
                var key = Encoding.UTF8.GetBytes("an end-to-end test key, 32 bytes or more");
                using var pseudonyms = new HmacPseudonymiser(key, "k1", "registrations");
                var citizen = new Citizen { Email = "jeanne.martin@example.org" };
                Console.WriteLine($"Registered {pseudonyms.Pseudonymise(citizen.Email)}");
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
            "analyzers/dotnet/roslyn4.14/cs/DataSteward.Analyzers.dll",
            "analyzers/dotnet/roslyn4.14/cs/DataSteward.CodeFixes.dll",
            "analyzers/dotnet/roslyn4.8/cs/DataSteward.Analyzers.dll",
            "analyzers/dotnet/roslyn4.8/cs/DataSteward.CodeFixes.dll",
            "tasks/netstandard2.0/DataSteward.Build.dll",
            // The catalogue renderers the task uses (DataSteward.Catalogue), resolved from the task's folder.
            "tasks/netstandard2.0/DataSteward.dll",
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

        // The compiler loads every assembly of the roslynX.Y folder it picks: only our two, with the French satellite,
        // once per supported Roslyn.
        var analyzerAssemblies = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "analyzers/dotnet/roslyn4.14/cs/DataSteward.Analyzers.dll",
                "analyzers/dotnet/roslyn4.14/cs/DataSteward.CodeFixes.dll",
                "analyzers/dotnet/roslyn4.14/cs/fr/DataSteward.Analyzers.resources.dll",
                "analyzers/dotnet/roslyn4.8/cs/DataSteward.Analyzers.dll",
                "analyzers/dotnet/roslyn4.8/cs/DataSteward.CodeFixes.dll",
                "analyzers/dotnet/roslyn4.8/cs/fr/DataSteward.Analyzers.resources.dll",
            ],
            analyzerAssemblies);

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

        // This SDK's compiler is newer than 4.14: it takes the 4.14 build, and only that one.
        var commandLine = Evaluate(consumer);
        string[] ours = commandLine.Analyzers.Where(a => Path.GetFileName(a).StartsWith("DataSteward.", StringComparison.Ordinal)).Select(a => a.Replace('\\', '/')).ToArray();
        Assert.Equal(2, ours.Length);
        Assert.Contains(ours, a => a.EndsWith("analyzers/dotnet/roslyn4.14/cs/DataSteward.Analyzers.dll", StringComparison.Ordinal));
        Assert.Contains(ours, a => a.EndsWith("analyzers/dotnet/roslyn4.14/cs/DataSteward.CodeFixes.dll", StringComparison.Ordinal));
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
    public void Analysers_come_last_on_the_compiler_command_line_after_the_SDK_generators()
    {
        var consumer = package.CreateConsumer("analyser-order", PseudonymisedProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        // What the IDE asks for: the compiler's command line, computed by the build's own targets, without compiling.
        var result = DotNetCli.Run(
            consumer.Directory,
            ["msbuild", "-nologo", "-nr:false", "-t:Compile", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs"]);
        Assert.True(result.Succeeded, result.ToString());
        using var document = JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
        string[] analyzers = document.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()!)
            .Where(a => a.StartsWith("/analyzer:", StringComparison.Ordinal))
            .Select(a => Path.GetFileName(a["/analyzer:".Length..].Trim('"')))
            .ToArray();

        // Generators run in this order, and the first to ask the compilation for symbols is charged for building them.
        Assert.Equal(["DataSteward.Analyzers.dll", "DataSteward.CodeFixes.dll"], analyzers[^2..]);
        Assert.Contains("System.Text.Json.SourceGeneration.dll", analyzers[..^2]);
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

    private const string ExportLine = "File.WriteAllText(\"citizen.json\", JsonSerializer.Serialize(citizen));";

    private const string ExportingProgram = """
        using System.IO;
        using System.Text.Json;
        using DataSteward;

        namespace Consumer;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";

            public string Municipality { get; init; } = "";
        }

        public static class Program
        {
            public static void Main()
            {
                var citizen = new Citizen { Email = "jeanne.martin@example.org", Municipality = "Lyon" };
                File.WriteAllText("citizen.json", JsonSerializer.Serialize(citizen));
            }
        }

        """;

    private const string CatalogueProgram = """
        using System;
        using DataSteward;

        [assembly: DataCatalogue(Title = "Consumer catalogue", Description = "Datasets of the end-to-end consumer.",
            Publisher = "Ville de Test", ContactPoint = "mailto:data@test.example", License = "etalab-2.0")]

        namespace Consumer;

        /// <summary>Residents registered with the population office.</summary>
        [Dataset("residents", Title = "Residents", Description = "Registered residents.", Access = DatasetAccess.Restricted,
            Purpose = "Population register", LegalBasis = LawfulBasis.PublicTask, Retention = "P5Y", Themes = new[] { "GOVE" })]
        public sealed class Resident
        {
            [NotPersonalData] public Guid Id { get; init; }
            [PersonalData(PersonalDataKind.Name)] public string FullName { get; init; } = "";
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; init; } = "";
        }

        /// <summary>Offices open to the public.</summary>
        [Dataset("offices", Title = "Offices", Description = "Public offices.", Access = DatasetAccess.Public, UpdateFrequency = "MONTHLY")]
        public sealed class Office
        {
            public string Code { get; init; } = "";
            public string Name { get; init; } = "";
        }

        public static class Program
        {
            public static void Main() => Console.WriteLine(DataSteward.Generated.DataCatalogue.DatasetCount);
        }

        """;

    [Fact]
    public void Export_of_a_personal_object_fails_the_build_with_DS0002()
    {
        var consumer = package.CreateConsumer("export", ExportingProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        var build = consumer.Build();

        Assert.False(build.Succeeded, $"The build should fail on DS0002.{Environment.NewLine}{build}");
        var (line, _, _) = consumer.Locate(ExportLine);
        Assert.Contains(
            Diagnostic.Matches(build.Output).Select(m => (m.Groups["id"].Value, m.Groups["severity"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture))),
            d => d == ("DS0002", "error", line));
        Assert.Contains("'Citizen.Email' (personal data: contact) is exported by 'JsonSerializer.Serialize' without pseudonymisation", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_is_written_after_compile_and_is_byte_identical_across_builds()
    {
        var consumer = package.CreateConsumer("catalogue", CatalogueProgram);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        var first = consumer.Build();
        Assert.True(first.Succeeded, first.ToString());
        string folder = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", "datacatalogue");
        Dictionary<string, byte[]> before = ReadTree(folder);
        Assert.Equal(
            ["catalogue.jsonld", "catalogue.model.json", "catalogue.ttl", "register.csv", "register.json", "schemas/offices.schema.json", "schemas/residents.schema.json"],
            before.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("\"dcat:Dataset\"", System.Text.Encoding.UTF8.GetString(before["catalogue.jsonld"]), StringComparison.Ordinal);
        Assert.Contains("residents", System.Text.Encoding.UTF8.GetString(before["register.csv"]), StringComparison.Ordinal);
        Assert.DoesNotContain("offices", System.Text.Encoding.UTF8.GetString(before["register.csv"]), StringComparison.Ordinal);

        // A full rebuild compiles and writes everything again.
        var rebuilt = DotNetCli.Run(consumer.Directory, "build", "--no-restore", "--no-incremental", "--nologo", "-v:q", "-nr:false", "-p:UseSharedCompilation=false");
        Assert.True(rebuilt.Succeeded, rebuilt.ToString());
        Dictionary<string, byte[]> after = ReadTree(folder);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, byte[] bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} differs between two builds.");
        }
    }

    private static Dictionary<string, byte[]> ReadTree(string folder)
    {
        Assert.True(System.IO.Directory.Exists(folder), $"{folder} was not written.");
        return System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
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
