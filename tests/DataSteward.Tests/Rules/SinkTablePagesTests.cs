using System.Text;
using DataSteward.Analyzers.Sinks;

namespace DataSteward.Tests.Rules;

/// <summary>
/// The sink tables of the rule pages and the sink catalogue say the same: each of DS0001 (logs), DS0002 (exports) and
/// DS0005 (telemetry) ends its "Cause" with the complete table of its sinks by metadata name, between
/// <c>&lt;!-- sinks:begin --&gt;</c> and <c>&lt;!-- sinks:end --&gt;</c>, and that table is exactly what
/// <see cref="SinkCatalog"/> holds. A sink added in code and not on its page (or the other way round) fails here.
/// </summary>
public sealed class SinkTablePagesTests
{
    private const string Begin = "<!-- sinks:begin -->";
    private const string End = "<!-- sinks:end -->";

    [Theory]
    [InlineData("DS0001")]
    [InlineData("DS0002")]
    [InlineData("DS0005")]
    public void The_page_lists_exactly_the_sinks_of_the_catalogue(string page)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", page + ".md")).ReplaceLineEndings("\n");
        int begin = text.IndexOf(Begin, StringComparison.Ordinal);
        int end = text.IndexOf(End, StringComparison.Ordinal);
        string expected = Table(KindOf(page));
        Assert.True(begin >= 0 && end > begin, $"{page}.md has no {Begin} … {End} section; it should hold:\n{expected}");

        string actual = text[(begin + Begin.Length)..end].Trim('\n') + "\n";
        if (actual != expected && Environment.GetEnvironmentVariable("DATASTEWARD_UPDATE_SINK_TABLES") == "1")
        {
            // Regenerates the section from the catalogue: DATASTEWARD_UPDATE_SINK_TABLES=1 dotnet test --filter SinkTablePages
            File.WriteAllText(Path.Combine(RepositoryRoot(), "docs", "rules", page + ".md"), text[..(begin + Begin.Length)] + "\n" + expected + text[end..]);
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_row_of_the_catalogue_belongs_to_a_page()
    {
        Assert.All(SinkCatalog.Specs, spec => Assert.NotEqual(SinkKind.ExceptionMessage, spec.Kind));
        Assert.All(new[] { SinkKind.Log, SinkKind.Export, SinkKind.Telemetry }, kind => Assert.Contains(SinkCatalog.Specs, s => s.Kind == kind));
    }

    private static SinkKind KindOf(string page) => page switch
    {
        "DS0001" => SinkKind.Log,
        "DS0002" => SinkKind.Export,
        _ => SinkKind.Telemetry,
    };

    private static string Table(SinkKind kind)
    {
        var table = new StringBuilder();
        table.Append("| Type (metadata name) | Methods | Data arguments | Rendering |\n");
        table.Append("|---|---|---|---|\n");
        foreach (SinkSpec spec in SinkCatalog.Specs.Where(s => s.Kind == kind))
        {
            string methods = spec.AllMethods ? "every method" : string.Join(", ", spec.Methods.Select(m => m == ".ctor" ? "constructors" : "`" + m + "`"));
            string parameters = spec.AllParameters ? "every data argument" : string.Join(", ", spec.DataParameters.Select(p => "`" + p + "`"));
            string rendering = spec.Rendering switch
            {
                SinkRendering.Template => "message template (`{@x}` destructures)",
                SinkRendering.Serialised => "serialised (" + spec.Family + ")",
                _ => "text",
            };
            string type = spec.TypeName.Contains('`', StringComparison.Ordinal) ? "`` " + spec.TypeName + " ``" : "`" + spec.TypeName + "`";
            table.Append("| ").Append(type).Append(" | ").Append(methods).Append(" | ").Append(parameters).Append(" | ").Append(rendering).Append(" |\n");
        }

        return table.ToString();
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test assembly holds Analyzers.sln");
    }
}
