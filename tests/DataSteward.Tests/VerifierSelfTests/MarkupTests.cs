using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.VerifierSelfTests;

public sealed class MarkupTests
{
    [Fact]
    public void Plain_source_is_unchanged()
    {
        Markup markup = Markup.Parse("int[] a = new int[1]; var b = a[0];");

        Assert.Equal("int[] a = new int[1]; var b = a[0];", markup.Source);
        Assert.Empty(markup.Spans);
    }

    [Fact]
    public void Default_span_is_removed_and_recorded()
    {
        Markup markup = Markup.Parse("x = [|y|];");

        Assert.Equal("x = y;", markup.Source);
        Assert.Equal([new ExpectedSpan(null, new TextSpan(4, 1))], markup.Spans);
    }

    [Fact]
    public void Spans_with_ids_nest_and_come_out_in_source_order()
    {
        Markup markup = Markup.Parse("f({|DS0001:$\"{|DS0101:a|}\"|}, {|DS0002:b|});");

        Assert.Equal("f($\"a\", b);", markup.Source);
        Assert.Equal(
            [new ExpectedSpan("DS0001", new TextSpan(2, 4)), new ExpectedSpan("DS0101", new TextSpan(4, 1)), new ExpectedSpan("DS0002", new TextSpan(8, 1))],
            markup.Spans);
    }

    [Fact]
    public void A_brace_that_is_not_markup_stays()
    {
        Markup markup = Markup.Parse("var s = $\"{x}\"; if (a) {|DS0001:b|}");

        Assert.Equal("var s = $\"{x}\"; if (a) b", markup.Source);
        Assert.Single(markup.Spans);
    }

    [Theory]
    [InlineData("[|a")]
    [InlineData("a|]")]
    [InlineData("{|DS0001:a|]")]
    public void Unbalanced_markup_is_rejected(string text)
    {
        Assert.Throws<FormatException>(() => Markup.Parse(text));
    }
}
