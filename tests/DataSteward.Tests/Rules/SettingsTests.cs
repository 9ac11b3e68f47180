using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Rules;

/// <summary>
/// The <c>datasteward.*</c> lists as the compiler reads them from a real .editorconfig (commas and/or white space between
/// entries, commas kept inside a documentation id's parameter list), and DS0900/DS0901 for what cannot be used.
/// </summary>
public sealed class SettingsTests
{
    private const string Vendor = """
        namespace Vendor;

        public sealed class Contact
        {
            public string Mail { get; set; } = "";
            public string Tel { get; set; } = "";
            public string Town { get; set; } = "";
        }

        public static class Journal
        {
            public static void Append(string text, int level) { }
            public static void Append(string text) { }
        }
        """;

    private const string Service = """
        using Microsoft.Extensions.Logging;
        using Vendor;

        public sealed class Service(ILogger logger)
        {
            public void Run(Contact contact)
            {
                logger.LogInformation("{Mail}", {|DS0001:contact.Mail|});
                logger.LogInformation("{Tel}", {|DS0001:contact.Tel|});
                logger.LogInformation("{Town}", contact.Town);
                Journal.Append({|DS0001:contact.Mail|}, 1);
            }
        }
        """;

    private static readonly string[] Messages =
    [
        "'Contact.Mail' (personal data) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Contact.Tel' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Contact.Mail' (personal data) is written to a log by 'Journal.Append' without pseudonymisation",
    ];

    [Theory]
    [InlineData("P:Vendor.Contact.Mail, P:Vendor.Contact.Tel", "M:Vendor.Journal.Append(System.String,System.Int32)")]
    [InlineData("P:Vendor.Contact.Mail,P:Vendor.Contact.Tel", "M:Vendor.Journal.Append(System.String,System.Int32), M:Vendor.Journal.Append(System.String)")]
    [InlineData("P:Vendor.Contact.Mail P:Vendor.Contact.Tel", "M:Vendor.Journal.Append(System.String,System.Int32) M:Vendor.Journal.Append(System.String)")]
    [InlineData("P:Vendor.Contact.Mail \t P:Vendor.Contact.Tel ,", " M:Vendor.Journal.Append(System.String,System.Int32),")]
    public Task Lists_separated_by_commas_and_white_space_keep_every_entry(string sources, string logSinks) => Verify(
        $"""
        [*.cs]
        datasteward.sources = {sources}
        datasteward.sinks.log = {logSinks}
        """);

    [Fact]
    public async Task A_semicolon_starts_an_editorconfig_comment_and_what_follows_never_reaches_the_analysers()
    {
        // The compiler hands over "P:Vendor.Contact.Mail" only: Tel is no source, only a name that looks personal.
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer(), new SettingsAnalyzer())
        {
            EditorConfig = """
                [*.cs]
                datasteward.sources = P:Vendor.Contact.Mail ; P:Vendor.Contact.Tel
                datasteward.sinks.log = M:Vendor.Journal.Append(System.String,System.Int32)
                """,
            CheckPerDocument = false,
        };
        test.Sources.Add(Service.Replace("{|DS0001:contact.Tel|}", "{|DS0101:contact.Tel|}", StringComparison.Ordinal));
        test.Sources.Add(Vendor);
        test.ExpectedMessages.AddRange([Messages[0], "'Contact.Tel' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation", Messages[2]]);
        await test.RunAsync();
    }

    [Fact]
    public async Task Values_not_understood_and_ids_naming_nothing_are_reported_once_each()
    {
        const string EditorConfig = """
            datasteward.heuristics = sometimes
            datasteward.sources = P:Vendor.Contact.Mail, Vendor.Contact.Tel, P:Vendor.Contact.Phone
            datasteward.sinks.log = M:Vendor.Journal.Append(System.String,System.Int64)
            """;
        Microsoft.CodeAnalysis.Compilation compilation = TestCompilation.Create([Vendor]);
        TestCompilation.AssertCompiles(compilation);
        var diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new SettingsAnalyzer()],
            TestCompilation.AnalyzerOptions(EditorConfig, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: false);
        IReadOnlyList<string> reported = diagnostics
            .Select(d => $"{d.Id} {d.Location.Kind}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "DS0900 None: 'Vendor.Contact.Tel' in setting 'datasteward.sources' is ignored: expected a documentation id such as P:Namespace.Type.Member or M:Namespace.Type.Method(System.String)",
                "DS0900 None: 'sometimes' in setting 'datasteward.heuristics' is ignored: expected off, suggest or flow",
                "DS0901 None: 'M:Vendor.Journal.Append(System.String,System.Int64)' in setting 'datasteward.sinks.log' names no symbol of this compilation or its references",
                "DS0901 None: 'P:Vendor.Contact.Phone' in setting 'datasteward.sources' names no symbol of this compilation or its references",
            ],
            reported);
    }

    [Fact]
    public async Task Settings_that_are_all_understood_report_nothing()
    {
        var test = new AnalyzerTest(new SettingsAnalyzer(), new PersonalDataFlowAnalyzer())
        {
            EditorConfig = """
                datasteward.heuristics = flow
                datasteward.sources = P:Vendor.Contact.Mail, P:Vendor.Contact.Tel
                datasteward.sinks.log = M:Vendor.Journal.Append(System.String,System.Int32)
                """,
            CheckPerDocument = false,
        };
        test.Sources.Add(Service);
        test.Sources.Add(Vendor);
        test.ExpectedMessages.AddRange(Messages);
        await test.RunAsync();
    }

    private static async Task Verify(string editorConfig)
    {
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer()) { EditorConfig = editorConfig };
        test.Sources.Add(Service);
        test.Sources.Add(Vendor);
        test.ExpectedMessages.AddRange(Messages);
        await test.RunAsync();
    }
}
