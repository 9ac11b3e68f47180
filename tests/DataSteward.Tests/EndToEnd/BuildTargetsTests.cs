using System.Reflection;
using System.Xml.Linq;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// The ids the package's targets promote to errors, and those it keeps from ever failing a build, agree with the
/// descriptors: the <c>DataStewardFailsBuild</c> tag is the single statement of which rules fail the build, and a
/// new descriptor fails this test until the targets list it on the right side.
/// </summary>
public sealed class BuildTargetsTests
{
    private const string FailsBuildTag = "DataStewardFailsBuild";

    [Fact]
    public void Promoted_ids_are_the_descriptors_that_fail_the_build()
    {
        string[] tagged = Descriptors()
            .Where(d => d.CustomTags.Contains(FailsBuildTag, StringComparer.Ordinal))
            .Select(d => d.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(tagged, TargetsIds("DataStewardViolationIds"));
    }

    [Fact]
    public void Every_other_warning_or_info_id_never_fails_the_build()
    {
        // Error-severity descriptors are errors on their own; WarningsNotAsErrors does not concern them.
        string[] advisory = Descriptors()
            .Where(d => !d.CustomTags.Contains(FailsBuildTag, StringComparer.Ordinal) && d.DefaultSeverity != DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(advisory, TargetsIds("_DataStewardAdvisoryIds"));
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(RuleIdentifiers).Assembly.GetType("DataSteward.Analyzers.Rules.Descriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .DistinctBy(d => d.Id);

    private static string[] TargetsIds(string property)
    {
        string targets = Path.Combine(RepositoryRoot(), "src", "DataSteward.Package", "build", "DataSteward.targets");
        XElement element = XDocument.Load(targets).Descendants().Single(e => e.Name.LocalName == property);
        return element.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToArray();
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
