using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataSteward.Analyzers.Rules;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// What a team adopting DataSteward meets beyond one project: a solution where only the domain project references
/// the package, CI reading the SARIF log, <c>TreatWarningsAsErrors</c>, and French diagnostics.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class AdoptionEndToEndTests(PackageFixture package)
{
    private const string PersonalValue = "jeanne.martin@example.org";

    // DS0001 (classified, fails the build) on line 18 and DS0101 (a name only, advisory) on line 21.
    private const string Program = """
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
                Notify(citizen.Email.Length.ToString());
                Console.WriteLine($"Registered {citizen.Email}");
            }

            private static void Notify(string email) => Console.WriteLine(email);
        }

        """;

    private readonly PackageFixture package = package;

    [Fact]
    public void Web_project_is_analysed_through_its_reference_to_the_domain_project()
    {
        string solution = Path.Combine(package.WorkDirectory, "solution");
        Directory.CreateDirectory(Path.Combine(solution, "Domain"));
        Directory.CreateDirectory(Path.Combine(solution, "Web"));
        package.WriteNuGetConfig(solution);
        File.WriteAllText(Path.Combine(solution, "Domain", "Domain.csproj"), package.ProjectFile("Library", "<PackageReference Include=\"DataSteward\" Version=\"" + package.Version + "\" />"));
        File.WriteAllText(Path.Combine(solution, "Domain", "Citizen.cs"), """
            using DataSteward;

            namespace Domain;

            public sealed class Citizen
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; init; } = "";
            }

            """);
        File.WriteAllText(Path.Combine(solution, "Web", "Web.csproj"), package.ProjectFile("Exe", "<ProjectReference Include=\"../Domain/Domain.csproj\" />"));
        File.WriteAllText(Path.Combine(solution, "Web", "Program.cs"), """
            using System;
            using Domain;

            var citizen = new Citizen { Email = "jeanne.martin@example.org" };
            Console.WriteLine($"Registered {citizen.Email}");

            """);

        var build = DotNetCli.Run(Path.Combine(solution, "Web"), "build", "--nologo", "-v:q", "-nr:false", "-p:UseSharedCompilation=false");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal([("Program.cs", 5, "error", "DS0001")], Reported(build));
        Assert.Contains("'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_log_links_every_rule_to_its_page_and_never_holds_the_personal_value()
    {
        var consumer = package.CreateConsumer("sarif", Program);
        Assert.True(consumer.Restore().Succeeded);
        string sarifPath = Path.Combine(consumer.Directory, "build.sarif");

        var build = consumer.Build("ErrorLog=" + sarifPath + "%2Cversion=2.1");

        Assert.False(build.Succeeded, build.ToString());
        string sarif = File.ReadAllText(sarifPath);
        Assert.DoesNotContain(PersonalValue, sarif, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalValue, build.Output, StringComparison.Ordinal);

        using var log = JsonDocument.Parse(sarif);
        JsonElement run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("DS", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.TryGetProperty("helpUri", out var uri) ? uri.GetString() : null);
        Assert.NotEmpty(rules);
        foreach ((string id, string? helpUri) in rules)
        {
            Assert.Equal(RuleIdentifiers.HelpLink(id), helpUri);
        }

        var results = run.GetProperty("results").EnumerateArray()
            .Select(r => (Id: r.GetProperty("ruleId").GetString()!, Level: r.GetProperty("level").GetString()!, Message: r.GetProperty("message").GetProperty("text").GetString()!))
            .Where(r => r.Id.StartsWith("DS", StringComparison.Ordinal))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            [
                ("DS0001", "error", "'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation"),
                ("DS0101", "warning", "'email' looks like personal data (contact) and is written to a log by 'Console.WriteLine' without pseudonymisation"),
            ],
            results);
        Assert.All(results, r => Assert.True(rules.ContainsKey(r.Id), $"{r.Id} has no rule entry"));
    }

    [Fact]
    public void Advisory_rules_never_fail_the_build_under_TreatWarningsAsErrors_unless_the_project_opts_in()
    {
        var consumer = package.CreateConsumer("warnings-as-errors", Program.Replace(
            "        Console.WriteLine($\"Registered {citizen.Email}\");\n", string.Empty, StringComparison.Ordinal));
        Assert.True(consumer.Restore().Succeeded);

        var build = consumer.Build("TreatWarningsAsErrors=true");
        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal([("Program.cs", 20, "warning", "DS0101")], Reported(build));

        var optedIn = Rebuild(consumer, "TreatWarningsAsErrors=true", "DataStewardAdvisoryWarningsAsErrors=true");
        Assert.False(optedIn.Succeeded, optedIn.ToString());
        Assert.Equal([("Program.cs", 20, "error", "DS0101")], Reported(optedIn));
    }

    [Fact]
    public void Diagnostics_follow_the_compilers_UI_language()
    {
        var consumer = package.CreateConsumer("french", Program);
        Assert.True(consumer.Restore().Succeeded);

        var french = consumer.Build("PreferredUILang=fr", "DataStewardFailOnViolation=false");
        Assert.True(french.Succeeded, french.ToString());
        Assert.Contains(
            "warning DS0001: « Citizen.Email » (donnée personnelle : coordonnées) est écrit dans un journal par « Console.WriteLine » sans pseudonymisation",
            french.Output,
            StringComparison.Ordinal);
        Assert.Contains("warning DS0101: « email » ressemble à une donnée personnelle (coordonnées) et atteint « Console.WriteLine » sans pseudonymisation", french.Output, StringComparison.Ordinal);

        // An unknown language: the compiler says so once (CS2038) and the diagnostics stay in English.
        var unknown = Rebuild(consumer, "PreferredUILang=xx-unknown", "DataStewardFailOnViolation=false");
        Assert.True(unknown.Succeeded, unknown.ToString());
        Assert.Single(unknown.Output.Split('\n').Where(l => l.Contains("warning CS2038", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct(StringComparer.Ordinal));
        Assert.Contains("warning DS0001: 'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation", unknown.Output, StringComparison.Ordinal);
    }

    // The same sources with other properties: CoreCompile would be skipped as up to date, and report nothing.
    private static CliResult Rebuild(ConsumerProject consumer, params string[] properties) =>
        DotNetCli.Run(consumer.Directory, ["build", "--no-restore", "--no-incremental", "--nologo", "-v:q", "-nr:false", "-p:UseSharedCompilation=false", .. properties.Select(p => "-p:" + p)]);

    private static (string File, int Line, string Severity, string Id)[] Reported(CliResult build) =>
        DiagnosticLine().Matches(build.Output)
            .Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), m.Groups["severity"].Value, m.Groups["id"].Value))
            .Distinct()
            .Order()
            .ToArray();

    [GeneratedRegex(@"(?<file>[^\s\\/]+\.cs)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>DS\w+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DiagnosticLine();
}
