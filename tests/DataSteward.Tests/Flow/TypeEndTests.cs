using System.Collections.Immutable;
using System.Globalization;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Tests.Flow;

/// <summary>
/// A check that needs a helper the driver has not reached yet waits for it: for its block when the whole compilation is
/// analysed (<c>CompilationMemberBodies</c>), for its type's end when one document is (<c>TypeMemberBodies</c>). What is
/// reported must be the same as when the helper comes first: for helpers declared after their callers, in a nested
/// type, in another part of a partial type, as a property getter, in top-level statements, in other types of later
/// files and in generated code, in the whole compilation and in each document analysed alone (the verifier checks both).
/// </summary>
public sealed class TypeEndTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;
        using Register;

        namespace Services;

        """;

    private const string CallersFirst = Usings + """
        public sealed partial class Registry
        {
            private readonly ILogger<Registry> logger;
            private readonly Citizen current = new();

            public Registry(ILogger<Registry> logger) => this.logger = logger;

            public void Welcome(Citizen citizen)
            {
                Audit({|DS0001:citizen.Email|});
                logger.LogInformation("Contact {Contact}", {|DS0001:ContactOf(citizen)|});
                logger.LogInformation("Shown {Shown}", {|DS0001:Shown|});
                Inner.Note(logger, {|DS0001:citizen.FullName|});
                Elsewhere({|DS0001:citizen.Nir|});
                Audit(citizen.Id.ToString());
                logger.LogInformation("Key {Key}", KeyOf(citizen));
            }

            private void Audit(string text) => logger.LogInformation(text);

            private static string ContactOf(Citizen citizen) => citizen.Email;

            private static string KeyOf(Citizen citizen) => citizen.CitizenKey;

            private string Shown => current.Email;

            private static class Inner
            {
                public static void Note(ILogger logger, string text) => logger.LogWarning(text);

                public static void Back(ILogger logger, Citizen citizen) => Later(logger, {|DS0001:citizen.Email|});
            }

            private static void Later(ILogger logger, string text) => logger.LogError(text);
        }
        """;

    private const string OtherPart = Usings + """
        public sealed partial class Registry
        {
            private void Elsewhere(string value) => logger.LogDebug(value);
        }
        """;

    private static readonly string[] CallersFirstMessages =
    [
        "'Citizen.Email' (personal data: contact) is written to a log by 'Registry.Audit → LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.FullName' (personal data: name) is written to a log by 'Inner.Note → LoggerExtensions.LogWarning' without pseudonymisation",
        "'Citizen.Nir' (personal data: national identifier) is written to a log by 'Registry.Elsewhere → LoggerExtensions.LogDebug' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'Registry.Later → LoggerExtensions.LogError' without pseudonymisation",
    ];

    [Fact]
    public async Task Helpers_declared_after_their_callers_are_followed_in_every_kind_of_member()
    {
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer());
        test.Sources.Add(CallersFirst);
        test.Sources.Add(OtherPart);
        test.Sources.Add(Models.Source);
        test.ExpectedMessages.AddRange(CallersFirstMessages);
        await test.RunAsync();
    }

    [Fact]
    public async Task The_same_helpers_declared_first_give_the_same_diagnostics()
    {
        // The members of each type in the opposite order: every helper is reached before its caller.
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer());
        test.Sources.Add(Usings + """
            public sealed partial class Registry
            {
                private static void Later(ILogger logger, string text) => logger.LogError(text);

                private static class Inner
                {
                    public static void Back(ILogger logger, Citizen citizen) => Later(logger, {|DS0001:citizen.Email|});

                    public static void Note(ILogger logger, string text) => logger.LogWarning(text);
                }

                private string Shown => current.Email;

                private static string KeyOf(Citizen citizen) => citizen.CitizenKey;

                private static string ContactOf(Citizen citizen) => citizen.Email;

                private void Audit(string text) => logger.LogInformation(text);

                public void Welcome(Citizen citizen)
                {
                    Audit({|DS0001:citizen.Email|});
                    logger.LogInformation("Contact {Contact}", {|DS0001:ContactOf(citizen)|});
                    logger.LogInformation("Shown {Shown}", {|DS0001:Shown|});
                    Inner.Note(logger, {|DS0001:citizen.FullName|});
                    Elsewhere({|DS0001:citizen.Nir|});
                    Audit(citizen.Id.ToString());
                    logger.LogInformation("Key {Key}", KeyOf(citizen));
                }

                public Registry(ILogger<Registry> logger) => this.logger = logger;

                private readonly Citizen current = new();
                private readonly ILogger<Registry> logger;
            }
            """);
        test.Sources.Add(OtherPart);
        test.Sources.Add(Models.Source);
        string[] messages = [CallersFirstMessages[5], .. CallersFirstMessages[..5]];
        test.ExpectedMessages.AddRange(messages);
        await test.RunAsync();
    }

    [Fact]
    public async Task Helpers_of_other_types_in_later_files_and_in_generated_code_are_followed()
    {
        // The whole compilation's analysis waits for each helper's own block (a chain: Relay.Pass waits for
        // Journal.Write); the generated helper's block never comes, so that check runs at the compilation's end.
        var test = new AnalyzerTest(new PersonalDataFlowAnalyzer());
        test.Sources.Add(Usings + """
            public sealed class Desk
            {
                private readonly ILogger<Desk> logger;

                public Desk(ILogger<Desk> logger) => this.logger = logger;

                public void Serve(Citizen citizen)
                {
                    Journal.Write(logger, {|DS0001:citizen.Email|});
                    Relay.Pass(logger, {|DS0001:citizen.FullName|});
                    Stamped.Note(logger, {|DS0001:citizen.Nir|});
                    Journal.Write(logger, citizen.Id.ToString());
                }
            }
            """);
        test.Sources.Add(Usings + """
            public static class Relay
            {
                public static void Pass(ILogger logger, string text) => Journal.Write(logger, "[" + text + "]");
            }
            """);
        test.Sources.Add(Usings + """
            public static class Journal
            {
                public static void Write(ILogger logger, string text) => logger.LogInformation(text);
            }
            """);
        test.Sources.Add("// <auto-generated/>\n" + Usings + """
            public static class Stamped
            {
                public static void Note(ILogger logger, string text) => logger.LogWarning(text);
            }
            """);
        test.Sources.Add(Models.Source);
        test.ExpectedMessages.AddRange(
        [
            "'Citizen.Email' (personal data: contact) is written to a log by 'Journal.Write → LoggerExtensions.LogInformation' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is written to a log by 'Relay.Pass → LoggerExtensions.LogInformation' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'Stamped.Note → LoggerExtensions.LogWarning' without pseudonymisation",
        ]);
        await test.RunAsync();
    }

    [Fact]
    public async Task Top_level_statements_follow_a_helper_declared_after_them()
    {
        Markup parsed = Markup.Parse("""
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;
            using Register;

            ILogger logger = NullLogger.Instance;
            var citizen = new Citizen();
            Audit(logger, {|DS0001:citizen.Email|});
            Shout({|DS0001:citizen.FullName|});

            void Shout(string text) => logger.LogWarning(text);

            static partial class Program
            {
                static void Audit(ILogger logger, string text) => logger.LogInformation(text);
            }
            """);
        Compilation compilation = TestCompilation.Create([parsed.Source, Models.Source])
            .WithOptions(TestCompilation.CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication));
        TestCompilation.AssertCompiles(compilation);

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new PersonalDataFlowAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: true);

        Diagnostic[] reported = diagnostics.Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(parsed.Spans.Select(s => (s.Id, s.Span)), reported.Select(d => ((string?)d.Id, d.Location.SourceSpan)));
        Assert.Equal(
            [
                "'Citizen.Email' (personal data: contact) is written to a log by 'Program.Audit → LoggerExtensions.LogInformation' without pseudonymisation",
                "'Citizen.FullName' (personal data: name) is written to a log by 'Program.Shout → LoggerExtensions.LogWarning' without pseudonymisation",
            ],
            reported.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
    }
}

/// <summary>What the type's analysis lets a summary read: the reason a helper declared later is not bound first.</summary>
public sealed class TypeMemberBodiesTests
{
    private static readonly CSharpCompilation Compilation = TestCompilation.Create(["""
        public sealed class Registry
        {
            public void Caller() => Helper("x");
            private static void Helper(string text) { }
            private static int Count => 3;
            private abstract class Nested { public abstract void Run(); }
        }

        public static class Other
        {
            public static void Helper(string text) { }
        }
        """]);

    private static T Member<T>(string type, string name)
        where T : class, ISymbol => (T)Compilation.GetTypeByMetadataName(type)!.GetMembers(name).Single();

    [Fact]
    public void A_member_of_the_type_not_reached_yet_is_waited_for_not_bound()
    {
        var bodies = new DataSteward.Analyzers.Flow.TypeMemberBodies(Compilation.GetTypeByMetadataName("Registry")!, Compilation);

        Assert.False(bodies.DriverBindsEveryBody);
        Assert.Throws<DataSteward.Analyzers.Flow.BodyNotYetAnalysed>(() => bodies.ModelFor(Member<IMethodSymbol>("Registry", "Helper")));
        Assert.Throws<DataSteward.Analyzers.Flow.BodyNotYetAnalysed>(() => bodies.ModelFor(Member<IPropertySymbol>("Registry", "Count").GetMethod!));
    }

    [Fact]
    public void A_reached_member_is_read_from_the_drivers_model_and_anything_else_is_bound_when_asked()
    {
        var bodies = new DataSteward.Analyzers.Flow.TypeMemberBodies(Compilation.GetTypeByMetadataName("Registry")!, Compilation);
        SemanticModel model = Compilation.GetSemanticModel(Compilation.SyntaxTrees[0]);
        bodies.Reached(Member<IMethodSymbol>("Registry", "Helper"), model);
        bodies.Reached(Member<IPropertySymbol>("Registry", "Count"), model);

        Assert.Same(model, bodies.ModelFor(Member<IMethodSymbol>("Registry", "Helper")));
        Assert.Same(model, bodies.ModelFor(Member<IPropertySymbol>("Registry", "Count").GetMethod!));
        Assert.Null(bodies.ModelFor(Member<IMethodSymbol>("Other", "Helper")));
        Assert.Null(bodies.ModelFor(Member<IMethodSymbol>("Registry+Nested", "Run")));
    }

    [Fact]
    public void Checks_wait_until_the_type_ends_and_run_at_once_after()
    {
        var bodies = new DataSteward.Analyzers.Flow.TypeMemberBodies(Compilation.GetTypeByMetadataName("Registry")!, Compilation);
        var ran = new List<string>();

        IMethodSymbol helper = Member<IMethodSymbol>("Registry", "Helper");
        Assert.True(bodies.Wait(helper, _ => ran.Add("first")));
        Assert.True(bodies.Wait(helper, _ => ran.Add("second")));
        List<DataSteward.Analyzers.Flow.PendingCheck> waiting = bodies.End()!;
        Assert.False(bodies.Wait(helper, _ => ran.Add("late")));
        Assert.Null(bodies.End());
        Assert.Null(bodies.ModelFor(Member<IMethodSymbol>("Registry", "Helper")));

        foreach (DataSteward.Analyzers.Flow.PendingCheck check in waiting)
        {
            check(_ => { });
        }

        Assert.Equal(["first", "second"], ran);
    }

    [Fact]
    public void In_the_whole_compilation_a_member_of_any_type_not_reached_yet_is_waited_for()
    {
        var bodies = new DataSteward.Analyzers.Flow.CompilationMemberBodies(Compilation);

        Assert.True(bodies.DriverBindsEveryBody);
        Assert.Throws<DataSteward.Analyzers.Flow.BodyNotYetAnalysed>(() => bodies.ModelFor(Member<IMethodSymbol>("Registry", "Helper")));
        Assert.Throws<DataSteward.Analyzers.Flow.BodyNotYetAnalysed>(() => bodies.ModelFor(Member<IMethodSymbol>("Other", "Helper")));
        Assert.Throws<DataSteward.Analyzers.Flow.BodyNotYetAnalysed>(() => bodies.ModelFor(Member<IPropertySymbol>("Registry", "Count").GetMethod!));
        // No block of its own: nothing to wait for.
        Assert.Null(bodies.ModelFor(Member<IMethodSymbol>("Registry+Nested", "Run")));

        // Reached: read from the compilation's models, where the driver bound it.
        bodies.Reached(Member<IMethodSymbol>("Other", "Helper"), null);
        bodies.Reached(Member<IPropertySymbol>("Registry", "Count"), null);
        Assert.Null(bodies.ModelFor(Member<IMethodSymbol>("Other", "Helper")));
        Assert.Null(bodies.ModelFor(Member<IPropertySymbol>("Registry", "Count").GetMethod!));
        Assert.Throws<DataSteward.Analyzers.Flow.BodyNotYetAnalysed>(() => bodies.ModelFor(Member<IMethodSymbol>("Registry", "Helper")));

        // Once its type has ended, a member the driver did not reach is bound when asked for.
        Assert.Null(bodies.TypeEnded(Compilation.GetTypeByMetadataName("Registry")!));
        Assert.Null(bodies.ModelFor(Member<IMethodSymbol>("Registry", "Helper")));
    }

    [Fact]
    public void In_the_whole_compilation_checks_run_when_the_awaited_members_type_ends_and_the_rest_at_the_end()
    {
        var bodies = new DataSteward.Analyzers.Flow.CompilationMemberBodies(Compilation);
        INamedTypeSymbol registry = Compilation.GetTypeByMetadataName("Registry")!;
        IMethodSymbol helper = Member<IMethodSymbol>("Registry", "Helper");
        IMethodSymbol caller = Member<IMethodSymbol>("Registry", "Caller");
        IMethodSymbol other = Member<IMethodSymbol>("Other", "Helper");
        var ran = new List<string>();

        Assert.True(bodies.Wait(helper, _ => ran.Add("helper")));
        Assert.True(bodies.Wait(caller, _ => ran.Add("caller")));
        Assert.True(bodies.Wait(other, _ => ran.Add("other")));

        // Reaching the member is not enough: the check waits for the rest of its type too.
        bodies.Reached(helper, null);
        Assert.True(bodies.Wait(helper, _ => ran.Add("reached, type not ended")));
        List<DataSteward.Analyzers.Flow.PendingCheck> atRegistryEnd = bodies.TypeEnded(registry)!;
        Assert.False(bodies.Wait(caller, _ => ran.Add("late")));
        List<DataSteward.Analyzers.Flow.PendingCheck> atEnd = bodies.End()!;
        Assert.False(bodies.Wait(other, _ => ran.Add("after the end")));
        Assert.Null(bodies.ModelFor(Member<IMethodSymbol>("Other", "Helper")));

        foreach (DataSteward.Analyzers.Flow.PendingCheck check in atRegistryEnd)
        {
            check(_ => { });
        }

        Assert.Equal(["helper", "caller", "reached, type not ended"], ran);
        Assert.Single(atEnd);
        atEnd[0](_ => { });
        Assert.Equal(["helper", "caller", "reached, type not ended", "other"], ran);
    }
}
