using System.Collections.Immutable;
using DataSteward.Analyzers;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Sinks;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Flow;

/// <summary>
/// A forwarded-sink summary that needs a body the driver has not reached says so through its request, without an
/// exception: the summaries computed on the way are not kept, and once the body is reached the same question gets the
/// whole answer.
/// </summary>
public sealed class AwaitedBodyTests
{
    private static readonly CSharpCompilation Compilation = TestCompilation.Create(["""
        using Microsoft.Extensions.Logging;

        public static class Audit
        {
            public static void Outer(ILogger logger, string text) => Middle(logger, text);
            public static void Middle(ILogger logger, string text) => Inner(logger, text);
            public static void Inner(ILogger logger, string text) => logger.LogInformation(text);
        }
        """]);

    private static IMethodSymbol Method(string name) => (IMethodSymbol)Compilation.GetTypeByMetadataName("Audit")!.GetMembers(name).Single();

    [Fact]
    public void A_helper_not_reached_deep_in_the_chain_postpones_the_question_and_nothing_is_kept()
    {
        CompilationModel model = CompilationModel.For(Compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        var bodies = new CompilationMemberBodies(Compilation);
        bodies.Reached(Method("Outer"), null);
        bodies.Reached(Method("Middle"), null);

        var request = new SummaryRequest(CancellationToken.None, bodies);
        ForwardedSinkSet first = model.Forwarded.Get(Method("Outer"), request);

        Assert.False(first.IsKnown);
        Assert.Equal(Method("Inner"), request.Awaited, SymbolEqualityComparer.Default);
        Assert.False(model.Forwarded.IsKnownToForwardNothing(Method("Outer")));
        Assert.False(model.Forwarded.IsKnownToForwardNothing(Method("Middle")));

        bodies.Reached(Method("Inner"), null);
        var again = new SummaryRequest(CancellationToken.None, bodies);
        ForwardedSinkSet second = model.Forwarded.Get(Method("Outer"), again);

        Assert.Null(again.Awaited);
        ForwardedSink sink = Assert.Single(second.Sinks);
        Assert.Equal(1, sink.Ordinal);
        Assert.Equal("Audit.Outer → LoggerExtensions.LogInformation", sink.Match.Display);
    }

    [Fact]
    public void The_question_without_an_exception_says_false_where_the_other_throws()
    {
        var bodies = new CompilationMemberBodies(Compilation);

        Assert.False(bodies.TryModelFor(Method("Inner"), out SemanticModel? model));
        Assert.Null(model);
        Assert.Throws<BodyNotYetAnalysed>(() => bodies.ModelFor(Method("Inner")));
    }
}
