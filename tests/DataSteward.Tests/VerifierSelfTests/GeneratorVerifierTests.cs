using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Tests.VerifierSelfTests;

public sealed class GeneratorVerifierTests
{
    private const string Sources = """
        using System;
        [AttributeUsage(AttributeTargets.Class)] sealed class MarkedAttribute : Attribute { }
        [Marked] sealed class Zeta { }
        [Marked] sealed class Alpha { }
        sealed class Other { int M() => 1; }
        """;

    [Fact]
    public void Generated_sources_are_returned_by_hint_name()
    {
        GeneratorRun run = GeneratorTest.Run(new MarkedGenerator(), Sources);

        string generated = Assert.Single(run.GeneratedSources).Value;
        Assert.Contains("public const string Alpha = \"Alpha\";", generated, StringComparison.Ordinal);
        Assert.True(generated.IndexOf("Alpha", StringComparison.Ordinal) < generated.IndexOf("Zeta", StringComparison.Ordinal));
    }

    [Fact]
    public void Unrelated_edit_leaves_steps_cached()
    {
        GeneratorRun first = GeneratorTest.Run(new MarkedGenerator(), Sources);
        GeneratorRun second = GeneratorTest.RunAgain(first.Driver, EditOther(first.InputCompilation, "int M() => 2;"));

        GeneratorTest.AssertIncremental(first, second, [MarkedGenerator.NamesStep]);
    }

    [Fact]
    public void Related_edit_is_reported_as_not_cached()
    {
        GeneratorRun first = GeneratorTest.Run(new MarkedGenerator(), Sources);
        GeneratorRun second = GeneratorTest.RunAgain(first.Driver, EditOther(first.InputCompilation, "int M() => 2; } [Marked] sealed class Beta {"));

        Assert.Throws<VerificationException>(() => GeneratorTest.AssertIncremental(first, second, [MarkedGenerator.NamesStep]));
    }

    [Fact]
    public void A_step_holding_the_compilation_is_caught()
    {
        GeneratorRun first = GeneratorTest.Run(new LeakyGenerator(), Sources);
        GeneratorRun second = GeneratorTest.RunAgain(first.Driver, first.InputCompilation);

        var failure = Assert.Throws<VerificationException>(() => GeneratorTest.AssertIncremental(first, second, ["Leaky"]));
        Assert.Contains("Compilation", failure.Message, StringComparison.Ordinal);
    }

    private static Compilation EditOther(Compilation compilation, string newBody)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        string text = tree.GetText().ToString().Replace("int M() => 1;", newBody, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
    }
}
