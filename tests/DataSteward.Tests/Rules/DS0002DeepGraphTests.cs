using System.Diagnostics;
using System.Text;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Rules;

/// <summary>
/// A generated model of 50 types, each with one personal member and ten references (single, list, dictionary,
/// nullable, back to the root) to other types of the model: cycles everywhere and a million paths six levels deep.
/// Serialising its root must name each member once, count all 50, and finish fast.
/// </summary>
public sealed class DS0002DeepGraphTests
{
    private const int TypeCount = 50;

    private const string Expected =
        "'Node0.Contact0, Node0.Next.Contact1, Node0.Skip2.Contact2 and 47 more' (personal data: contact) is exported by 'JsonSerializer.Serialize' without pseudonymisation";

    private static string Model()
    {
        var source = new StringBuilder("""
            using System.Collections.Generic;
            using DataSteward;

            namespace Deep;

            """);
        for (int i = 0; i < TypeCount; i++)
        {
            source.AppendLine($"public sealed class Node{i}")
                .AppendLine("{")
                .AppendLine("    public string Label { get; set; } = \"\";")
                .AppendLine($"    [PersonalData(PersonalDataKind.ContactDetails)] public string Contact{i} {{ get; set; }} = \"\";")
                .AppendLine($"    public Node{(i + 1) % TypeCount}? Next {{ get; set; }}")
                .AppendLine($"    public Node{(i + 2) % TypeCount}? Skip2 {{ get; set; }}")
                .AppendLine($"    public Node{(i + 3) % TypeCount}? Skip3 {{ get; set; }}")
                .AppendLine($"    public List<Node{(i + 7) % TypeCount}> Related {{ get; set; }} = new();")
                .AppendLine($"    public Dictionary<string, Node{(i + 11) % TypeCount}> Index {{ get; set; }} = new();")
                .AppendLine($"    public Node{(i * 7 + 3) % TypeCount}[] Scattered {{ get; set; }} = [];")
                .AppendLine($"    public List<List<Node{(i + 13) % TypeCount}>> Nested {{ get; set; }} = new();")
                .AppendLine($"    public Node{(i + TypeCount - 1) % TypeCount}? Previous {{ get; set; }}")
                .AppendLine($"    public Node{(i * 3 + 1) % TypeCount}? Jump {{ get; set; }}")
                .AppendLine("    public Node0? Root { get; set; }")
                .AppendLine("}");
        }

        return source.ToString();
    }

    private const string Use = """
        using System.Text.Json;
        using Deep;

        class Archive
        {
            string Save(Node0 root) => JsonSerializer.Serialize({|DS0002:root|});
            string SaveAll(Node17[] nodes) => JsonSerializer.Serialize({|DS0002:nodes|});
        }
        """;

    [Fact]
    public async Task Fifty_types_with_cycles_are_named_once_and_counted()
    {
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer());
        test.Sources.Add(Use);
        test.Sources.Add(Model());
        test.ExpectedMessages.Add(Expected);
        test.ExpectedMessages.Add(
            "'Node17.Contact17, Node17.Next.Contact18, Node17.Skip2.Contact19 and 47 more' (personal data: contact) is exported by 'JsonSerializer.Serialize' without pseudonymisation");
        await test.RunAsync();
    }

    [Fact]
    public async Task Fifty_types_with_cycles_are_analysed_fast()
    {
        Compilation compilation = TestCompilation.Create([Markup.Parse(Use).Source, Model()]);
        TestCompilation.AssertCompiles(compilation);

        var watch = Stopwatch.StartNew();
        var diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new PersonalDataFlowAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: false,
            CancellationToken.None);
        watch.Stop();

        Assert.Equal(2, diagnostics.Count(d => d.Id == "DS0002"));
        Assert.Equal(Expected, diagnostics.First(d => d.Id == "DS0002").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The analysis took {watch.Elapsed}.");
    }
}
