using DataSteward.Tests.Verification;

namespace DataSteward.Tests.VerifierSelfTests;

public sealed class AnalyzerVerifierTests
{
    private const string Answer = """
        class C
        {
            int M() => [|42|] + 1;
        }
        """;

    [Fact]
    public async Task Expected_diagnostic_passes()
    {
        await AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync(Answer);
    }

    [Fact]
    public async Task Expected_message_passes()
    {
        await AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync(Answer, "The answer is 42");
    }

    [Fact]
    public async Task Wrong_message_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync(Answer, "The answer is 41"));

        Assert.Contains("Messages differ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_diagnostic_fails_and_shows_what_was_reported()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync("""
            class C
            {
                int M() => 42 + [|1|];
            }
            """));

        Assert.Contains("int M() => {|TEST01:42|} + 1;", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unexpected_diagnostic_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync("class C { int A() => [|42|]; int B() => 42; }"));

        Assert.StartsWith("Diagnostics differ.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("int B() => {|TEST01:42|};", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expecting_nothing_without_a_control_line_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync("class C { int M() => 41; }"));

        Assert.StartsWith(AnalyzerTest.ControlLineRequired, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expecting_nothing_in_every_file_fails()
    {
        var test = new AnalyzerTest(new AnswerAnalyzer());
        test.Sources.Add("partial class C { int A() => 41; }");
        test.Sources.Add("partial class C { int B() => 40; }");

        var failure = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());

        Assert.StartsWith(AnalyzerTest.ControlLineRequired, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_look_alike_with_a_control_line_passes()
    {
        await AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync("class C { int Clean() => 41; int Control() => [|42|]; }", "The answer is 42");
    }

    [Fact]
    public async Task Control_line_in_another_file_of_the_compilation_passes()
    {
        var test = new AnalyzerTest(new AnswerAnalyzer());
        test.Sources.Add("partial class C { int Clean() => 41; }");
        test.Sources.Add("partial class C { int Control() => [|42|]; }");

        var reported = await test.RunAsync();

        Assert.Equal("/0/Test1.cs", Assert.Single(reported).Location.SourceTree!.FilePath);
    }

    [Fact]
    public async Task Expecting_nothing_with_a_stated_reason_passes()
    {
        var test = new AnalyzerTest(new AnswerAnalyzer()) { NoControlLineBecause = "the rule under test has nothing to report in any C# source" };
        test.Sources.Add("class C { int M() => 41; }");

        Assert.Empty(await test.RunAsync());
    }

    [Fact]
    public async Task A_stated_reason_does_not_hide_an_unexpected_diagnostic()
    {
        var test = new AnalyzerTest(new AnswerAnalyzer()) { NoControlLineBecause = "a reason" };
        test.Sources.Add("class C { int M() => 42; }");

        var failure = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());

        Assert.StartsWith("Diagnostics differ.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_reason_fails()
    {
        var test = new AnalyzerTest(new AnswerAnalyzer()) { NoControlLineBecause = " " };
        test.Sources.Add("class C { int M() => 41; }");

        var failure = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());

        Assert.Contains("needs a reason", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_beside_expected_diagnostics_fails()
    {
        var test = new AnalyzerTest(new AnswerAnalyzer()) { NoControlLineBecause = "a stale reason" };
        test.Sources.Add("class C { int M() => [|42|]; }");

        var failure = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());

        Assert.Contains("the markup expects diagnostics", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_id_in_markup_fails()
    {
        await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync("class C { int M() => {|TEST02:42|}; }"));
    }

    [Fact]
    public async Task Source_that_does_not_compile_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<AnswerAnalyzer>.VerifyAsync("class C { int M() => [|42|] + undefined; }"));

        Assert.Contains("does not compile", failure.Message, StringComparison.Ordinal);
        Assert.Contains("CS0103", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyzer_exception_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<ThrowingAnalyzer>.VerifyAsync("class C { int M() => 1; }"));

        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_document_analysis_must_agree_with_whole_compilation()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<CompilationEndAnalyzer>.VerifyAsync("class C { int M() => [|42|]; }"));

        Assert.Contains("Per-document", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_files_and_editorconfig_are_supported()
    {
        var test = new AnalyzerTest(new AnswerAnalyzer()) { EditorConfig = "datasteward.heuristics = off" };
        test.Sources.Add("partial class C { int A() => [|42|]; }");
        test.Sources.Add("partial class C { int B() => [|42|]; }");

        var reported = await test.RunAsync();

        Assert.Equal(["/0/Test0.cs", "/0/Test1.cs"], reported.Select(d => d.Location.SourceTree!.FilePath));
    }

    [Fact]
    public void References_include_the_framework_aspnetcore_and_the_logging_libraries()
    {
        var names = TestReferences.All.Select(r => Path.GetFileNameWithoutExtension(r.Display)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Contains("System.Runtime", names);
        Assert.Contains("Microsoft.AspNetCore.Mvc.Core", names);
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", names);
        Assert.Contains("Microsoft.Extensions.Identity.Stores", names);
        Assert.Contains("Serilog", names);
        Assert.Contains("NLog", names);
        Assert.Contains("Newtonsoft.Json", names);
        Assert.Contains("CsvHelper", names);
        Assert.Contains("DataSteward", names);
    }
}
