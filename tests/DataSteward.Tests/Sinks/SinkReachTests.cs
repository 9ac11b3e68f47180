using System.Collections.Immutable;
using DataSteward.Analyzers.Sinks;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Sinks;

/// <summary>
/// The syntactic test that decides whether a helper's body is worth binding for a forwarded-sink summary. A "no" must be
/// sound (else a leak through the helper is lost); each "no" case here has a twin that differs by the one thing that
/// makes it reach a sink.
/// </summary>
public sealed class SinkReachTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics.Metrics;
        using DataSteward;
        using Microsoft.Extensions.Logging;

        """;

    [Theory]
    [InlineData("void M(ILogger log, string s) => log.LogInformation(\"{S}\", s);")]
    // An extension method's receiver is not in the argument list: one argument reaches LogInformation's message.
    [InlineData("void M(ILogger log, string s) => log.LogInformation(s);")]
    [InlineData("void M(string s) => throw new InvalidOperationException(\"bad \" + s);")]
    [InlineData("void M(string s) { var t = s.Trim(); Console.WriteLine(t); }")]
    [InlineData("void M(List<string> xs, ILogger log) => xs.ForEach(x => log.LogInformation(x));")]
    [InlineData("void M(Exception e, string s) { e.Data[\"k\"] = s; }")]
    [InlineData("void M(Exception e, string s) => e.Data.Add(\"k\", s);")]
    [InlineData("void M(IAuditJournal audit, string s) => audit.Warn(s);")]
    [InlineData("void M(ILogger log, string s) => Logged(log, s, null);")]
    [InlineData("void M(string s) => Send(s);")]
    [InlineData("void M(string s) => A(s);")]
    [InlineData("void M(string s) => Ping(s, 3);")]
    [InlineData("void M(string s) => throw new Gone(s);")]
    [InlineData("void M(string s) { Audit a = new(s); }")]
    [InlineData("void M(string s) { var a = new Audit(s); }")]
    [InlineData("void M(Counter<int> c, string s) => c.Add(1, new KeyValuePair<string, object?>(\"user\", s));")]
    [InlineData("void M(string s) => Format(s, \"!\");")]
    // Variables that hold the parameter: assigned, looped over, tested, appended to, given as out argument.
    [InlineData("void M(string s) { string t = \"\"; t = s; Console.WriteLine(t); }")]
    [InlineData("void M(List<string> xs) { foreach (var x in xs) Console.WriteLine(x); }")]
    [InlineData("void M(object o) { if (o is string t) Console.WriteLine(t); }")]
    [InlineData("void M(string s) { var b = new System.Text.StringBuilder(); b.Append(s); Console.WriteLine(b); }")]
    [InlineData("void M(string s) { var parts = new List<string>(); for (var i = 0; i < 2; i++) { Console.WriteLine(parts); parts.Add(s); } }")]
    [InlineData("void M(string s) { Split(s, out var first); Console.WriteLine(first); }")]
    [InlineData("void M(string s) { var (a, b) = (s, name); Console.WriteLine(a); }")]
    // The receiver is an extension method's first parameter.
    [InlineData("void M(Item item) => item.Announce();")]
    public void A_body_that_may_pass_a_parameter_to_a_sink_is_bound(string member) =>
        Assert.True(MayReachSink(member));

    [Theory]
    // Only constants, nameof and fields reach the sinks: nothing a caller passes.
    [InlineData("void M(string s) { if (s.Length == 0) throw new ArgumentException(\"empty\", nameof(s)); Console.WriteLine(\"done\"); }")]
    [InlineData("void M(string s) { Console.WriteLine(name); }")]
    // No sink at all.
    [InlineData("string M(string s) => s.Trim().ToUpperInvariant();")]
    // list.Add(x) is not Counter<T>.Add(delta, tag): the tag is the second argument.
    [InlineData("void M(List<string> list, string s) => list.Add(s);")]
    // The only Format that logs takes two arguments.
    [InlineData("void M(string s) => Format(s);")]
    // A record's constructor does not log.
    [InlineData("void M(string s) { var p = new Point(s, s); }")]
    // Helpers calling each other with no sink anywhere.
    [InlineData("void M(string s) => Loop(s, 3);")]
    // An instance method does not take its receiver as a parameter: what it logs of itself is its own analysis's.
    [InlineData("void M(Item item) => item.Describe(\"at \");")]
    public void A_body_that_cannot_pass_a_parameter_to_a_sink_is_not_bound(string member) =>
        Assert.False(MayReachSink(member));

    [Fact]
    public void An_abstract_method_reaches_nothing()
    {
        Compilation compilation = Compile("public interface IStore { void Save(string s); }");
        Assert.False(Reach(compilation).MayReachSink(Method(compilation, "Save"), CancellationToken.None));
    }

    [Fact]
    public void A_primary_constructor_reaches_a_sink_through_its_base_call()
    {
        Compilation compilation = Compile("""
            public class Failure(string message) : Exception(message);
            public class Quiet(string message) : Exception("quiet");
            """);
        SinkReach reach = Reach(compilation);
        Assert.True(reach.MayReachSink(Constructor(compilation, "Failure"), CancellationToken.None));
        Assert.False(reach.MayReachSink(Constructor(compilation, "Quiet"), CancellationToken.None));
    }

    private static bool MayReachSink(string member)
    {
        Compilation compilation = Compile($$"""
            public class H
            {
                private readonly string name = "n";
                private static readonly Action<ILogger, string, Exception?> Logged = LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "{S}");

                {{member}}

                static void Send([DataSink(DataSinkKind.Log)] string message) { }
                static void A(string a) => B(a);
                static void B(string b) => Console.WriteLine(b);
                static void Ping(string p, int n) { if (n > 0) Pong(p, n - 1); }
                static void Pong(string p, int n) { if (n > 0) Ping(p, n - 1); else Console.WriteLine(p); }
                static void Loop(string p, int n) { if (n > 0) Loop2(p, n - 1); }
                static void Loop2(string p, int n) { if (n > 0) Loop(p.Trim(), n - 1); }
                static string Format(string a) => a.Trim();
                static void Format(string a, string b) => Console.WriteLine(a + b);
                static void Split(string a, out string b) => b = a;
            }

            public class Item
            {
                public string Name { get; set; } = "";
                public void Describe(string prefix) => Console.WriteLine(prefix + Name);
            }

            public static class ItemLog
            {
                public static void Announce(this Item item) => Console.WriteLine(item.Name);
            }

            public interface IAuditJournal { void Warn(string message); }
            public class Oops : Exception { public Oops(string m) : base(m) { } }
            public class Gone : Oops { public Gone(string m) : base(m) { } }
            public class Audit { public Audit(string m) { Console.WriteLine(m); } }
            public record Point(string X, string Y);
            """);
        return Reach(compilation).MayReachSink(Method(compilation, "M"), CancellationToken.None);
    }

    private static Compilation Compile(string source)
    {
        Compilation compilation = TestCompilation.Create([Usings + source]);
        TestCompilation.AssertCompiles(compilation);
        return compilation;
    }

    private static SinkReach Reach(Compilation compilation) =>
        new(compilation, SinkTable.Create(compilation, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty));

    private static IMethodSymbol Method(Compilation compilation, string name) =>
        compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>().Single();

    private static IMethodSymbol Constructor(Compilation compilation, string type) =>
        compilation.GetSymbolsWithName(type, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single().InstanceConstructors.Single(c => !c.Parameters.IsEmpty);
}
