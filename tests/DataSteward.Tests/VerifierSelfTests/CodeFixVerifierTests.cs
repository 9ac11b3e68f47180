using DataSteward.Tests.Verification;

namespace DataSteward.Tests.VerifierSelfTests;

public sealed class CodeFixVerifierTests
{
    [Fact]
    public async Task Fix_is_applied_one_by_one_and_with_fix_all()
    {
        await new CodeFixTest(new AnswerAnalyzer(), new AnswerFix())
        {
            Source = "class C { int A() => [|42|]; int B() => [|42|]; }",
            FixedSource = "class C { int A() => 41; int B() => 41; }",
        }.RunAsync();
    }

    [Fact]
    public async Task Wrong_expected_result_fails()
    {
        await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest(new AnswerAnalyzer(), new AnswerFix())
        {
            Source = "class C { int A() => 42; }",
            FixedSource = "class C { int A() => 40; }",
        }.RunAsync());
    }

    [Fact]
    public async Task No_fix_offered_is_asserted()
    {
        await new CodeFixTest(new AnswerAnalyzer(), new AnswerFix())
        {
            Source = "class C { int Keep() => [|42|]; }",
            FixedSource = null,
        }.RunAsync();
    }

    [Fact]
    public async Task A_fix_offered_where_none_is_expected_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest(new AnswerAnalyzer(), new AnswerFix())
        {
            Source = "class C { int A() => [|42|]; }",
            FixedSource = null,
        }.RunAsync());

        Assert.Contains("'Use 41' was offered", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_fix_expected_without_a_diagnostic_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest(new AnswerAnalyzer(), new AnswerFix())
        {
            Source = "class C { int Keep() => 41; }",
            FixedSource = null,
        }.RunAsync());

        Assert.Equal(CodeFixTest.FixableDiagnosticRequired, failure.Message);
    }

    [Fact]
    public async Task No_fix_expected_with_only_an_unfixable_id_marked_fails()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest(new AnswerAnalyzer(), new AnswerFix())
        {
            Source = "class C { int Keep() => {|TEST02:41|}; }",
            FixedSource = null,
        }.RunAsync());

        Assert.Equal(CodeFixTest.FixableDiagnosticRequired, failure.Message);
    }

    [Fact]
    public async Task Unknown_equivalence_key_offers_nothing()
    {
        await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest(new AnswerAnalyzer(), new AnswerFix())
        {
            Source = "class C { int A() => 42; }",
            FixedSource = "class C { int A() => 41; }",
            EquivalenceKey = "Other",
        }.RunAsync());
    }
}
