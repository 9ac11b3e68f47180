using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataSteward.Build;
using DataSteward.Tests.Baseline;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// The baseline as a user meets it: <c>dotnet build -t:DataStewardBaseline</c> on a project with violations, then
/// ordinary builds that report only new violations, list the fixed ones (DS0903), and ignore a broken (DS0902) or
/// foreign (DS0904) file.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class BaselineEndToEndTests(PackageFixture package)
{
    private const string EmailLine = "        Console.WriteLine($\"Registered {citizen.Email}\");\n";
    private const string DiagnosisLine = "        Console.WriteLine($\"Treated for {citizen.Diagnosis}\");\n";

    private const string EmailMessage = "'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation";

    private const string DiagnosisMessage = "'Citizen.Diagnosis' (special-category data: health) is written to a log by 'Console.WriteLine' without pseudonymisation";

    private readonly PackageFixture package = package;

    [Fact]
    public void Baseline_accepts_todays_violations_reports_new_ones_and_lists_fixed_ones()
    {
        var consumer = package.CreateConsumer("baseline", Program(EmailLine + DiagnosisLine));
        Assert.True(consumer.Restore().Succeeded);

        // Writing: both violations are listed without a line number, DS0003 (error by default) too.
        var write = Run(consumer, "-t:DataStewardBaseline");
        Assert.True(write.Succeeded, write.ToString());
        Assert.Contains("datasteward.baseline.json written with 2 violation(s) of Consumer", write.Output, StringComparison.Ordinal);
        string baselinePath = Path.Combine(consumer.Directory, "datasteward.baseline.json");
        Assert.Equal(
            "{\n  \"version\": 2,\n  \"project\": \"Consumer\",\n  \"violations\": [\n" +
            "    { \"rule\": \"DS0001\", \"symbol\": \"M:Consumer.Program.Main\", \"message\": \"" + EmailMessage + "\", \"count\": 1 },\n" +
            "    { \"rule\": \"DS0003\", \"symbol\": \"M:Consumer.Program.Main\", \"message\": \"" + DiagnosisMessage + "\", \"count\": 1 }\n" +
            "  ]\n}\n",
            File.ReadAllText(baselinePath));

        // Lines added above the accepted violations and new violations below them: only the new ones fail the build.
        // The accepted DS0003 is an error-severity rule, which no suppressor may suppress: its analyser reports it
        // suppressed, and the compiler neither prints it nor counts it as an error.
        File.WriteAllText(consumer.ProgramPath, Program(
            "        Console.WriteLine(\"Starting\");\n" + EmailLine + DiagnosisLine + "        Console.Error.WriteLine(citizen.Email);\n        Console.Error.WriteLine(citizen.Diagnosis);\n"));
        var build = Run(consumer);
        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal(
            [("DS0001", 23, "error"), ("DS0003", 24, "error")],
            Reported(build));
        Assert.Contains("'Citizen.Email' (personal data: contact) is written to a log by 'Console.TextWriter.WriteLine'", build.Output, StringComparison.Ordinal);
        Assert.Contains("2 Error(s)", build.Output, StringComparison.Ordinal);

        // SARIF: the accepted violations are there, suppressed by the baseline; the new ones are not suppressed.
        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "DataSteward.sarif"))))
        {
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString() is "DS0001" or "DS0003")
                .Select(r => (Rule: r.GetProperty("ruleId").GetString(),
                              Line: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                              Level: r.GetProperty("level").GetString(),
                              Suppression: r.TryGetProperty("suppressions", out var s) ? s[0].GetProperty("kind").GetString() + " " + s[0].GetProperty("properties").GetProperty("suppressionType").GetString() : null,
                              Baselined: r.GetProperty("properties").GetProperty("customProperties").TryGetProperty("DataStewardBaselined", out var b) ? b.GetString() : null))
                .OrderBy(r => r.Line)
                .ToArray();
            Assert.Equal(4, results.Length);
            Assert.Equal(("DS0001", 21, "error"), (results[0].Rule, results[0].Line, results[0].Level));
            Assert.Contains("DataStewardBaseline.DS0001", results[0].Suppression, StringComparison.Ordinal);
            Assert.Equal(("DS0003", 22, "error", "true"), (results[1].Rule, results[1].Line, results[1].Level, results[1].Baselined));
            Assert.StartsWith("inSource", results[1].Suppression, StringComparison.Ordinal);
            Assert.Equal([("DS0001", 23, null, null), ("DS0003", 24, null, null)], results.Skip(2).Select(r => (r.Rule, r.Line, r.Suppression, r.Baselined)));
        }

        // Every violation fixed: the build succeeds and DS0903 says the accepted ones no longer occur.
        File.WriteAllText(consumer.ProgramPath, Program("        Console.WriteLine(citizen.Email.Length);\n"));
        var fixedBuild = Run(consumer);
        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        Assert.Empty(Reported(fixedBuild));
        Assert.Contains(
            "message DS0903: 'datasteward.baseline.json' accepts 2 violation(s) that no longer occur (DS0001 in M:Consumer.Program.Main: 1; DS0003 in M:Consumer.Program.Main: 1); run 'dotnet build -t:DataStewardBaseline' to shrink it",
            fixedBuild.Output,
            StringComparison.Ordinal);

        // Writing again shrinks the file to nothing.
        Assert.True(Run(consumer, "-t:DataStewardBaseline").Succeeded);
        Assert.Contains("\"violations\": []", File.ReadAllText(baselinePath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_or_foreign_baseline_gives_one_warning_and_suppresses_nothing()
    {
        var consumer = package.CreateConsumer("baseline-bad", Program(EmailLine));
        Assert.True(consumer.Restore().Succeeded);
        string baselinePath = Path.Combine(consumer.Directory, "datasteward.baseline.json");
        string entry = "{ \"rule\": \"DS0001\", \"file\": \"Program.cs\", \"message\": \"" + EmailMessage + "\", \"count\": 1 }";

        // The control: the same file, correct, suppresses the violation. It is a version 1 file (entries by file), which
        // the package still reads: its entries match their rule and message in any member.
        File.WriteAllText(baselinePath, "{ \"version\": 1, \"project\": \"Consumer\", \"violations\": [ " + entry + " ] }");
        var accepted = Run(consumer);
        Assert.True(accepted.Succeeded, accepted.ToString());
        Assert.Empty(Reported(accepted));

        File.WriteAllText(baselinePath, "{ \"version\": 1, \"project\": \"Consumer\", \"violations\": [ " + entry + " ");
        var malformed = Run(consumer);
        Assert.False(malformed.Succeeded, malformed.ToString());
        Assert.Equal([("DS0001", 20, "error")], Reported(malformed));
        Assert.Single(BaselineWarnings(malformed, "DS0902"));
        Assert.Contains("'datasteward.baseline.json' cannot be read: it is not valid JSON (line 1, column ", malformed.Output, StringComparison.Ordinal);

        File.WriteAllText(baselinePath, "{ \"version\": 1, \"project\": \"Billing.Api\", \"violations\": [ " + entry + " ] }");
        var foreign = Run(consumer);
        Assert.False(foreign.Succeeded, foreign.ToString());
        Assert.Equal([("DS0001", 20, "error")], Reported(foreign));
        Assert.Single(BaselineWarnings(foreign, "DS0904"));
        Assert.Contains("'datasteward.baseline.json' was written for project 'Billing.Api', not 'Consumer'", foreign.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DS0903", foreign.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_follows_the_member_not_the_file_or_line_in_any_language_and_SARIF_version()
    {
        var consumer = package.CreateConsumer("baseline-fingerprint", Program("        Registration.Register(citizen);\n", RegistrationClass(RegisterEmail)));
        Assert.True(consumer.Restore().Succeeded);
        string baselinePath = Path.Combine(consumer.Directory, "datasteward.baseline.json");
        string registrationPath = Path.Combine(consumer.Directory, "Registration.cs");

        // A SARIF 1.0 log of the same code (ErrorLog without a version) gives the writer task the same file as the target,
        // which writes from a SARIF 2.1 log of its own.
        var firstBuild = Run(consumer, "-p:ErrorLog=first.sarif", "-p:DataStewardFailOnViolation=false");
        Assert.True(firstBuild.Succeeded, firstBuild.ToString());
        string firstLog = Path.Combine(consumer.Directory, "first.sarif");
        Assert.Contains("\"version\": \"1.0.0\"", File.ReadAllText(firstLog), StringComparison.Ordinal);
        var engine = new RecordingBuildEngine();
        var fromVersion1 = new WriteDataStewardBaseline
        {
            BuildEngine = engine,
            SarifPath = firstLog,
            ProjectName = "Consumer",
            BaselinePath = Path.Combine(consumer.Directory, "from-sarif-1.0.json"),
        };
        Assert.True(fromVersion1.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);

        var write = Run(consumer, "-t:DataStewardBaseline");
        Assert.True(write.Succeeded, write.ToString());
        Assert.Equal(
            "{\n  \"version\": 2,\n  \"project\": \"Consumer\",\n  \"violations\": [\n" +
            "    { \"rule\": \"DS0001\", \"symbol\": \"" + RegisterId + "\", \"message\": \"" + EmailMessage + "\", \"count\": 1 }\n" +
            "  ]\n}\n",
            File.ReadAllText(baselinePath));
        Assert.Equal(File.ReadAllText(baselinePath), File.ReadAllText(fromVersion1.BaselinePath));

        // The member moved to its own file, below new code, built in French with a SARIF 1.0 log of the project's own:
        // still accepted, and not stale (SARIF 1.0 says the result is suppressed).
        File.WriteAllText(consumer.ProgramPath, Program("        Registration.Register(citizen);\n"));
        File.WriteAllText(registrationPath, "using System;\n\nnamespace Consumer;\n\npublic static class Audit\n{\n    public static void Started() => Console.WriteLine(\"started\");\n}\n\n" + RegistrationClass(RegisterEmail));
        var moved = Run(consumer, "-p:PreferredUILang=fr", "-p:ErrorLog=own.sarif");
        Assert.True(moved.Succeeded, moved.ToString());
        Assert.Empty(Reported(moved, "Registration"));
        Assert.DoesNotContain("DS0903", moved.Output, StringComparison.Ordinal);
        string ownLog = File.ReadAllText(Path.Combine(consumer.Directory, "own.sarif"));
        Assert.Contains("\"version\": \"1.0.0\"", ownLog, StringComparison.Ordinal);
        Assert.Contains("\"suppressionStates\"", ownLog, StringComparison.Ordinal);

        // The same violation twice in the member: one is accepted (count 1), the second is new.
        File.WriteAllText(registrationPath, Registration(RegisterEmail + RegisterEmail));
        var twice = Run(consumer);
        Assert.False(twice.Succeeded, twice.ToString());
        Assert.Equal([("DS0001", 10, "error")], Reported(twice, "Registration"));

        // The member renamed: the violation is reported again, and the entry is stale, read from a SARIF 1.0 log too.
        // (DS0903 comes after a compile that succeeded: here the violation is left a warning so that it does.)
        File.WriteAllText(consumer.ProgramPath, Program("        Registration.Enrol(citizen);\n"));
        File.WriteAllText(registrationPath, Registration(RegisterEmail).Replace("Register(", "Enrol(", StringComparison.Ordinal));
        var renamed = Run(consumer, "-p:ErrorLog=own.sarif%2Cversion=1", "-p:DataStewardFailOnViolation=false");
        Assert.True(renamed.Succeeded, renamed.ToString());
        Assert.Equal([("DS0001", 9, "warning")], Reported(renamed, "Registration"));
        Assert.Contains(
            "message DS0903: 'datasteward.baseline.json' accepts 1 violation(s) that no longer occur (DS0001 in " + RegisterId + ": 1); run 'dotnet build -t:DataStewardBaseline' to shrink it",
            renamed.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_dataset_identifier_is_baselined_in_the_compiler_but_the_catalogue_still_refuses_it()
    {
        const string Datasets = """

            [Dataset("stops", Title = "Stops", Description = "Bus stops.")]
            public sealed class Stop { }

            [Dataset("stops", Title = "Stations", Description = "Train stations.")]
            public sealed class Station { }

            """;
        var consumer = package.CreateConsumer("baseline-dataset", Program("        Console.WriteLine(citizen.Email.Length);\n", Datasets));
        Assert.True(consumer.Restore().Succeeded);

        // Without a baseline: DS0205 (error by default) on both types.
        var before = Run(consumer);
        Assert.False(before.Succeeded, before.ToString());
        Assert.Equal([("DS0205", 24, "error"), ("DS0205", 27, "error")], Reported(before));

        // The writing build completes (no catalogue is written by it) and lists both, by type.
        var write = Run(consumer, "-t:DataStewardBaseline");
        Assert.True(write.Succeeded, write.ToString());
        string baseline = File.ReadAllText(Path.Combine(consumer.Directory, "datasteward.baseline.json"));
        Assert.Contains("{ \"rule\": \"DS0205\", \"symbol\": \"T:Consumer.Station\", \"message\": \"Dataset identifier 'stops' is also used by 'Consumer.Stop'\", \"count\": 1 }", baseline, StringComparison.Ordinal);
        Assert.Contains("{ \"rule\": \"DS0205\", \"symbol\": \"T:Consumer.Stop\", \"message\": \"Dataset identifier 'stops' is also used by 'Consumer.Station'\", \"count\": 1 }", baseline, StringComparison.Ordinal);

        // The compiler accepts them; the catalogue task still refuses to write a catalogue that lost a dataset, and a
        // project that writes no catalogue builds.
        var withCatalogue = Run(consumer);
        Assert.False(withCatalogue.Succeeded, withCatalogue.ToString());
        Assert.Empty(Reported(withCatalogue));
        Assert.Contains("error DS0205: DataSteward: dataset identifier 'stops' is used by ", withCatalogue.Output, StringComparison.Ordinal);
        var withoutCatalogue = Run(consumer, "-p:DataStewardCatalogue=false");
        Assert.True(withoutCatalogue.Succeeded, withoutCatalogue.ToString());
        Assert.Empty(Reported(withoutCatalogue));
        Assert.DoesNotContain("DS0903", withoutCatalogue.Output, StringComparison.Ordinal);
    }

    private const string RegisterEmail = "        Console.WriteLine($\"Registered {citizen.Email}\");\n";

    private const string RegisterId = "M:Consumer.Registration.Register(Consumer.Citizen)";

    private static string Registration(string body) => "using System;\n\nnamespace Consumer;\n\n" + RegistrationClass(body);

    private static string RegistrationClass(string body) => $$"""
        public static class Registration
        {
            public static void Register(Citizen citizen)
            {
        {{body}}    }
        }

        """;

    private static string Program(string body, string more = "") => $$"""
        using System;
        using DataSteward;

        namespace Consumer;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";

            [SensitiveData(SensitiveCategory.Health)]
            public string Diagnosis { get; init; } = "";
        }

        public static class Program
        {
            public static void Main()
            {
                var citizen = new Citizen { Email = "jeanne.martin@example.org", Diagnosis = "asthma" };
        {{body}}    }
        }

        """ + more;

    // Minimal verbosity: DS0903 is a high-importance message, hidden by -v:q.
    private static CliResult Run(ConsumerProject consumer, params string[] arguments) =>
        DotNetCli.Run(consumer.Directory, ["build", "--no-restore", "--nologo", "-v:m", "-nr:false", "-p:UseSharedCompilation=false", .. arguments]);

    private static (string Id, int Line, string Severity)[] Reported(CliResult build, string file = "Program") =>
        Regex.Matches(build.Output, Regex.Escape(file) + @"\.cs\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>DS\w+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)
            .Select(m => (m.Groups["id"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), m.Groups["severity"].Value))
            .Distinct()
            .Order()
            .ToArray();

    private static string[] BaselineWarnings(CliResult build, string id) =>
        build.Output.Split('\n')
            .Where(l => l.Contains("datasteward.baseline.json(1,1): warning " + id + ":", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
