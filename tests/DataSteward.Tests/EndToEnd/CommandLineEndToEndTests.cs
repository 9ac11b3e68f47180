namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// Issue 15, what a new user sees on the command line, through the packed package: item 7, the real
/// <c>dotnet format analyzers</c> changes the file in one run per rule, with no "didn't return a Fix All action"
/// warning, and the project then builds; item 8, a build of an unannotated project prints one DS0102 line with the
/// number of DS0100 suggestions, which does not fail the build even under TreatWarningsAsErrors.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CommandLineEndToEndTests(PackageFixture package)
{
    private const string Program = """
        using System;
        using System.Text;
        using DataSteward;

        namespace Consumer;

        public sealed class Claimant
        {
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; init; } = "";
            [PersonalData(PersonalDataKind.DateOfBirth)] public DateOnly BirthDate { get; init; }
            [SensitiveData(SensitiveCategory.Health)] public string DisabilityStatus { get; init; } = "";
        }

        public static class Program
        {
            public static void Main()
            {
                var claimant = new Claimant { Email = "jeanne.martin@example.org", BirthDate = new DateOnly(1987, 5, 4), DisabilityStatus = "partial" };
                Console.WriteLine("Claim received (status {0})", claimant.DisabilityStatus);
                Console.WriteLine("Born {0}, mail {1}", claimant.BirthDate, claimant.Email);
                using var pseudonyms = new HmacPseudonymiser(Encoding.UTF8.GetBytes("an end-to-end test key, 32 bytes or more"), "k1", "claims");
                new Review(pseudonyms).Reviewed(claimant);
            }
        }

        public sealed class Review(HmacPseudonymiser pseudonymiser)
        {
            public void Reviewed(Claimant claimant) => Console.WriteLine($"Reviewed {claimant.DisabilityStatus}");
        }

        """;

    [Fact]
    public void Format_analyzers_fixes_DS0003_then_DS0001_and_the_build_succeeds()
    {
        var consumer = package.CreateConsumer("format-analyzers", Program);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());
        var before = consumer.Build();
        Assert.False(before.Succeeded, before.ToString());
        Assert.Contains("error DS0003", before.Output, StringComparison.Ordinal);

        var ds0003 = DotNetCli.Run(consumer.Directory, "format", "analyzers", "--diagnostics", "DS0003", "--no-restore", "-v:n");
        Assert.True(ds0003.Succeeded, ds0003.ToString());
        Assert.DoesNotContain("Unable to fix", ds0003.Output, StringComparison.Ordinal);
        var afterDs0003 = File.ReadAllText(consumer.ProgramPath);
        Assert.Contains("Console.WriteLine(\"Claim received (status)\");", afterDs0003, StringComparison.Ordinal);
        Assert.Contains("Console.WriteLine($\"Reviewed {pseudonymiser.Pseudonymise(claimant.DisabilityStatus)}\");", afterDs0003, StringComparison.Ordinal);
        Assert.Contains("Console.WriteLine(\"Born {0}, mail {1}\", claimant.BirthDate, claimant.Email);", afterDs0003, StringComparison.Ordinal);

        var ds0001 = DotNetCli.Run(consumer.Directory, "format", "analyzers", "--diagnostics", "DS0001", "--no-restore", "-v:n");
        Assert.True(ds0001.Succeeded, ds0001.ToString());
        Assert.DoesNotContain("Unable to fix", ds0001.Output, StringComparison.Ordinal);
        Assert.Contains(
            "Console.WriteLine(\"Born {0}, mail {1}\", Mask.Year(claimant.BirthDate.Year), Mask.Email(claimant.Email));",
            File.ReadAllText(consumer.ProgramPath),
            StringComparison.Ordinal);

        var after = consumer.Build();
        Assert.True(after.Succeeded, after.ToString());
        Assert.DoesNotContain(": error DS", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning DS", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_of_an_unannotated_project_prints_one_DS0102_line_and_still_succeeds_under_TreatWarningsAsErrors()
    {
        var consumer = package.CreateConsumer("suggestions", """
            using System;

            namespace Consumer;

            public sealed class CreateClaimantRequest
            {
                public string Email { get; set; } = "";
                public string DisabilityStatus { get; set; } = "";
                public string HealthCheck { get; set; } = "";
            }

            public static class Program
            {
                public static void Main() => Console.WriteLine(new CreateClaimantRequest().Email);
            }

            """);
        var restore = consumer.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        var build = consumer.Build("TreatWarningsAsErrors=true");

        Assert.True(build.Succeeded, build.ToString());
        string[] summaries = build.Output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains("DS0102", StringComparison.Ordinal)).Distinct().ToArray();
        Assert.StartsWith(
            "CSC : warning DS0102: 2 member(s) of 'Consumer' look like personal data but are not classified (DS0100 suggestions, shown in the IDE and in the SARIF log: -p:ErrorLog=datasteward.sarif); mark each [PersonalData], [SensitiveData] or [NotPersonalData] (",
            Assert.Single(summaries),
            StringComparison.Ordinal);
        Assert.DoesNotContain(": info DS0100", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning DS0101", build.Output, StringComparison.Ordinal);
    }
}
