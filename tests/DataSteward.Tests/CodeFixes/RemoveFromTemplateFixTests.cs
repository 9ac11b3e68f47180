using DataSteward.Analyzers.Rules;
using DataSteward.CodeFixes.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DataSteward.Tests.CodeFixes;

public sealed class RemoveFromTemplateFixTests
{
    private const string Model = """
        using System;
        using Microsoft.Extensions.Logging;
        using DataSteward;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = "";
            [PersonalData(PersonalDataKind.Financial)] public decimal Income { get; set; }
            public string Municipality { get; set; } = "";
            public decimal Amount { get; set; }
        }

        """;

    private static Task VerifyAsync(string source, string? fixedSource, FixAllScope scope = FixAllScope.Document) =>
        new CodeFixTest(new PersonalDataFlowAnalyzer(), new RemoveFromTemplateFix())
        {
            Source = Model + source,
            FixedSource = fixedSource is null ? null : Model + fixedSource,
            FixAllScope = scope,
        }.RunAsync();

    private static Task VerifyLineAsync(string call, string fixedCall) =>
        VerifyAsync(
            $$"""
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, string city) => {{call}};
            }
            """,
            $$"""
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, string city) => {{fixedCall}};
            }
            """);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Removes_the_hole_and_the_argument(FixAllScope scope)
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, string city)
                {
                    logger.LogInformation("Registered {Email} in {City}", {|DS0001:citizen.Email|}, city);
                    logger.LogWarning("Duplicate {Name} <{Email}> in {City}", {|DS0001:citizen.FullName|}, {|DS0001:citizen.Email|}, city);
                }
            }
            """,
            """
            class Registration(ILogger logger)
            {
                void Register(Citizen citizen, string city)
                {
                    logger.LogInformation("Registered in {City}", city);
                    logger.LogWarning("Duplicate in {City}", city);
                }
            }
            """,
            scope);
    }

    [Theory]
    [InlineData("""logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|})""", """logger.LogInformation("Registered")""")]
    [InlineData("""logger.LogInformation("{Email} registered in {City}", {|DS0001:citizen.Email|}, city)""", """logger.LogInformation("registered in {City}", city)""")]
    [InlineData("""logger.LogInformation("Registered {Email}, in {City}", {|DS0001:citizen.Email|}, city)""", """logger.LogInformation("Registered, in {City}", city)""")]
    [InlineData("""logger.LogInformation("Registered ({Email}) in {City}", {|DS0001:citizen.Email|}, city)""", """logger.LogInformation("Registered in {City}", city)""")]
    [InlineData("""logger.LogInformation("Registered '{Email}' in {City}", {|DS0001:citizen.Email|}, city)""", """logger.LogInformation("Registered in {City}", city)""")]
    [InlineData("""logger.LogInformation("Citizen {@Email} in {City}", {|DS0001:citizen.Email|}, city)""", """logger.LogInformation("Citizen in {City}", city)""")]
    [InlineData("""logger.LogInformation("Income {Income:C} in {City}", {|DS0001:citizen.Income|}, city)""", """logger.LogInformation("Income in {City}", city)""")]
    [InlineData("""logger.LogInformation("Paid {Amount:C} {{id}} by {Name,-20} in {City}", citizen.Amount, {|DS0001:citizen.FullName|}, city)""", """logger.LogInformation("Paid {Amount:C} {{id}} by in {City}", citizen.Amount, city)""")]
    [InlineData(""""" logger.LogInformation(@"Registered ""{Email}"" in {City}", {|DS0001:citizen.Email|}, city) """"", """"" logger.LogInformation(@"Registered """" in {City}", city) """"")]
    [InlineData("""logger.LogInformation("Registered\t{Email}\nin {City}", {|DS0001:citizen.Email|}, city)""", """logger.LogInformation("Registered\t\nin {City}", city)""")]
    [InlineData("""logger.BeginScope("Citizen {Email}", {|DS0001:citizen.Email|})""", """logger.BeginScope("Citizen")""")]
    [InlineData("""logger.LogError(new Exception(), "Failed for {Email} in {City}", {|DS0001:citizen.Email|}, city)""", """logger.LogError(new Exception(), "Failed for in {City}", city)""")]
    public async Task Rewrites_the_surrounding_text_minimally(string call, string fixedCall)
    {
        await VerifyLineAsync(call, fixedCall);
    }

    [Fact]
    public async Task Positional_holes_are_removed_by_number_and_renumbered()
    {
        await VerifyAsync(
            """
            class Registration
            {
                void Register(Citizen citizen, string city) => Console.WriteLine("{1}: {0} ({0,10}) lives in {2:U}", {|DS0001:citizen.Email|}, citizen.Municipality, city);
            }
            """,
            """
            class Registration
            {
                void Register(Citizen citizen, string city) => Console.WriteLine("{0}: lives in {1:U}", citizen.Municipality, city);
            }
            """);
    }

    [Fact]
    public async Task Serilog_generic_overload_and_raw_string_template()
    {
        await VerifyAsync(
            """"
            class Registration(Serilog.ILogger log)
            {
                void Register(Citizen citizen, string city)
                {
                    log.Information("Registered {Email} in {City}", {|DS0001:citizen.Email|}, city);
                    log.Warning("""Duplicate {Name} in {City}""", {|DS0001:citizen.FullName|}, city);
                }
            }
            """",
            """"
            class Registration(Serilog.ILogger log)
            {
                void Register(Citizen citizen, string city)
                {
                    log.Information("Registered in {City}", city);
                    log.Warning("""Duplicate in {City}""", city);
                }
            }
            """");
    }

    [Fact]
    public async Task No_fix_when_the_template_is_not_a_literal_or_the_value_is_the_message()
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger)
            {
                const string Template = "Registered {Email}";

                void Register(Citizen citizen)
                {
                    logger.LogInformation(Template, {|DS0001:citizen.Email|});
                    logger.LogInformation("Registered " + "{Email}", {|DS0001:citizen.Email|});
                    logger.LogInformation({|DS0001:$"Registered {citizen.Email}"|});
                    logger.LogInformation(message: "Registered {Email}", args: {|DS0001:citizen.Email|});
                }
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task No_fix_with_explicit_type_arguments_or_an_unclosed_hole()
    {
        await VerifyAsync(
            """
            class Registration(Serilog.ILogger log, ILogger logger)
            {
                void Register(Citizen citizen, string city)
                {
                    log.Information<string, string>("Registered {Email} in {City}", {|DS0001:citizen.Email|}, city);
                    logger.LogInformation("Registered {Email", {|DS0001:citizen.Email|});
                }
            }
            """,
            fixedSource: null);
    }

    [Fact]
    public async Task No_fix_when_a_pseudonymiser_is_in_scope()
    {
        await VerifyAsync(
            """
            class Registration(ILogger logger, HmacPseudonymiser pseudonymiser)
            {
                void Register(Citizen citizen) => logger.LogInformation("Registered {Email}", {|DS0001:citizen.Email|});
            }
            """,
            fixedSource: null);
    }
}
