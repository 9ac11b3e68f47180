using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Rules;

/// <summary>
/// Every rule has a page, every page has a rule: each descriptor exposed by an analyser or declared in
/// <see cref="Descriptors"/> points at <c>docs/rules/&lt;id&gt;.md</c>, the page has the fixed sections and the
/// descriptor's title, the index links it, and the release-tracking file lists it.
/// </summary>
public sealed partial class RuleDocumentationTests
{
    private const string FailsBuildTag = "DataStewardFailsBuild";

    private static readonly string[] RequiredSections =
    [
        "## Cause",
        "## Rule description",
        "## Non-compliant code",
        "## Compliant code",
        "## How to fix",
        "## How to configure",
        "## How to suppress",
        "## Related rules",
    ];

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyDescriptors = new(LoadDescriptors);

    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);

    private static ImmutableArray<DiagnosticDescriptor> AllDescriptors => LazyDescriptors.Value;

    private static string RulesFolder => Path.Combine(LazyRepositoryRoot.Value, "docs", "rules");

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in AllDescriptors.Select(d => d.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Descriptors_are_found()
    {
        // The Descriptors class exists from the start; an empty set means the reflection below is broken.
        Assert.NotEmpty(DescriptorFields());
        Assert.NotEmpty(AllDescriptors);
    }

    [Fact]
    public void Descriptor_ids_are_unique()
    {
        string[] duplicates = DescriptorFields()
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToArray();

        Assert.True(duplicates.Length == 0, "Ids declared by more than one field of Descriptors: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void Analysers_that_share_an_id_share_its_descriptor()
    {
        var disagreements = new List<string>();
        foreach (IGrouping<string, DiagnosticDescriptor> group in AllDescriptors.GroupBy(d => d.Id, StringComparer.Ordinal))
        {
            DiagnosticDescriptor first = group.First();
            foreach (DiagnosticDescriptor other in group.Skip(1))
            {
                if (!string.Equals(first.Title.ToString(), other.Title.ToString(), StringComparison.Ordinal) ||
                    !string.Equals(first.Category, other.Category, StringComparison.Ordinal) ||
                    first.DefaultSeverity != other.DefaultSeverity ||
                    !string.Equals(first.HelpLinkUri, other.HelpLinkUri, StringComparison.Ordinal))
                {
                    disagreements.Add(group.Key);
                }
            }
        }

        Assert.True(disagreements.Count == 0, "Ids with two different descriptors: " + string.Join(", ", disagreements.Distinct(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_rule_page(string id)
    {
        foreach (DiagnosticDescriptor descriptor in DescriptorsFor(id))
        {
            Assert.Equal(RuleIdentifiers.HelpLink(id), descriptor.HelpLinkUri);
        }

        Assert.EndsWith("/docs/rules/" + id + ".md", RuleIdentifiers.HelpLink(id), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_exists_with_the_title_and_every_section_in_order(string id)
    {
        string path = Path.Combine(RulesFolder, id + ".md");
        Assert.True(File.Exists(path), $"Missing rule page {path}");

        string[] lines = ReadLines(path);
        DiagnosticDescriptor descriptor = DescriptorsFor(id).First();
        string title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal($"# {id}: {title}", lines.FirstOrDefault(l => l.Length > 0));

        int previous = -1;
        foreach (string section in RequiredSections)
        {
            int index = Array.FindIndex(lines, l => string.Equals(l.TrimEnd(), section, StringComparison.Ordinal));
            Assert.True(index >= 0, $"{id}.md has no '{section}' heading");
            Assert.True(index > previous, $"{id}.md: '{section}' is out of order");
            previous = index;
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_table_agrees_with_the_descriptor(string id)
    {
        string[] lines = ReadLines(Path.Combine(RulesFolder, id + ".md"));
        DiagnosticDescriptor descriptor = DescriptorsFor(id).First();
        bool failsBuild = descriptor.CustomTags.Contains(FailsBuildTag, StringComparer.Ordinal);

        Assert.Equal(id, TableValue(lines, "Id", id));
        Assert.Equal(descriptor.Category, TableValue(lines, "Category", id));
        Assert.StartsWith(descriptor.DefaultSeverity.ToString(), TableValue(lines, "Default severity", id), StringComparison.Ordinal);
        Assert.StartsWith(failsBuild ? "yes" : "no", TableValue(lines, "Fails the command-line build", id), StringComparison.Ordinal);
        Assert.NotEmpty(TableValue(lines, "Code fix", id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Index_links_the_page(string id)
    {
        string index = File.ReadAllText(Path.Combine(RulesFolder, "README.md"));

        Assert.Contains($"]({id}.md)", index, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Release_tracking_lists_the_rule_with_its_category_and_severity(string id)
    {
        string unshipped = Path.Combine(LazyRepositoryRoot.Value, "src", "DataSteward.Analyzers", "AnalyzerReleases.Unshipped.md");
        DiagnosticDescriptor descriptor = DescriptorsFor(id).First();

        string[]? row = File.ReadAllLines(unshipped)
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .FirstOrDefault(cells => cells.Length >= 3 && string.Equals(cells[0], id, StringComparison.Ordinal));

        Assert.True(row is not null, $"AnalyzerReleases.Unshipped.md does not list {id}");
        Assert.Equal(descriptor.Category, row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }

    [Fact]
    public void Every_page_belongs_to_a_known_rule()
    {
        var known = new HashSet<string>(AllDescriptors.Select(d => d.Id), StringComparer.Ordinal);
        string[] strays = Directory.GetFiles(RulesFolder, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !string.Equals(name, "README", StringComparison.Ordinal) && !known.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(strays.Length == 0, "Pages without a rule: " + string.Join(", ", strays));
    }

    [Fact]
    public void Every_identifier_constant_has_a_descriptor()
    {
        var known = new HashSet<string>(AllDescriptors.Select(d => d.Id), StringComparer.Ordinal);
        string[] missing = typeof(RuleIdentifiers)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && RuleIdPattern().IsMatch((string)f.GetRawConstantValue()!))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(id => !known.Contains(id))
            .ToArray();

        Assert.True(missing.Length == 0, "Ids without a descriptor: " + string.Join(", ", missing));
    }

    [Fact]
    public void Index_links_only_existing_pages()
    {
        string index = File.ReadAllText(Path.Combine(RulesFolder, "README.md"));
        string[] broken = PageLinkPattern().Matches(index)
            .Select(m => m.Groups[1].Value)
            .Where(page => !File.Exists(Path.Combine(RulesFolder, page)))
            .ToArray();

        Assert.True(broken.Length == 0, "The index links missing pages: " + string.Join(", ", broken));
    }

    private static IEnumerable<DiagnosticDescriptor> DescriptorsFor(string id) =>
        AllDescriptors.Where(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    private static string[] ReadLines(string path) => File.ReadAllLines(path);

    /// <summary>The value of the two-column table row whose first cell is <paramref name="key"/>.</summary>
    private static string TableValue(string[] lines, string key, string id)
    {
        foreach (string line in lines)
        {
            string[] cells = line.Split('|');
            if (cells.Length >= 4 && string.Equals(cells[1].Trim(), key, StringComparison.Ordinal))
            {
                return cells[2].Trim().Trim('`');
            }
        }

        throw new Xunit.Sdk.XunitException($"{id}.md has no '| {key} | … |' table row");
    }

    private static ImmutableArray<DiagnosticDescriptor> DescriptorFields() =>
        typeof(Descriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToImmutableArray();

    private static ImmutableArray<DiagnosticDescriptor> LoadDescriptors()
    {
        ImmutableArray<DiagnosticDescriptor>.Builder all = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        all.AddRange(DescriptorFields());
        foreach (Type type in LoadableTypes(typeof(Descriptors).Assembly))
        {
            if (type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            all.AddRange(analyzer.SupportedDiagnostics);
        }

        return all.ToImmutable();
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Analyzers.sln");
    }

    [GeneratedRegex(@"^DS\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"\]\(((?:DS\d{4})\.md)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PageLinkPattern();
}
