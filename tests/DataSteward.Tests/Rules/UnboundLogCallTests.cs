using System.Collections.Immutable;
using System.Globalization;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Rules;

/// <summary>
/// A logging call that does not bind — an argument whose type comes from a package the build lacks, a logger field
/// declared twice — is still read for its template and values. The sources here do not compile on purpose: each test
/// first asserts the compiler error that makes the call unbound, then the exact diagnostics (span and message).
/// </summary>
public sealed class UnboundLogCallTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;
        using Microsoft.Extensions.Logging;

        """;

    private static string Logged(string what, string sink) =>
        $"'{what}' looks like personal data (name) and is written to a log by '{sink}' without pseudonymisation";

    [Fact]
    public async Task An_argument_of_a_missing_type_does_not_hide_the_other_values_of_the_template()
    {
        // FluentValidation is not referenced: 'failures' has no type, and no LogWarning overload binds.
        await VerifyUnboundAsync(Usings + """
            public record CreateOrderCommand(int OrderId, string BuyerName);

            class ValidatorBehavior(ILogger<ValidatorBehavior> logger)
            {
                public void Handle(CreateOrderCommand request, FluentValidation.ValidationResult result, string typeName)
                {
                    var failures = result.Errors.Where(error => error != null).ToList();
                    logger.LogWarning("Validation errors - {CommandType} - Command: {@Command} - Errors: {@ValidationErrors}", typeName, {|DS0101:request|}, failures);
                    logger.LogWarning("Validation errors for order {OrderId}: {@ValidationErrors}", request.OrderId, failures);
                }
            }
            """,
            "CS0246",
            Logged("CreateOrderCommand.BuyerName", "LoggerExtensions.LogWarning"));
    }

    [Fact]
    public async Task A_logger_field_declared_twice_is_still_a_logger()
    {
        // The same controller compiled twice (two hosts in one compilation): '_logger' is ambiguous, so the call's
        // receiver does not bind either; LogDebug is found by name among the logging extensions.
        await VerifyUnboundAsync(Usings + """
            public class ExternalController
            {
                private readonly ILogger<ExternalController> _logger = null!;
                private readonly ILogger<ExternalController> _logger = null!;

                public void Callback(ClaimsPrincipal principal)
                {
                    var externalClaims = principal.Claims.Select(c => $"{c.Type}: {c.Value}");
                    _logger.LogDebug("External claims: {@claims}", {|DS0101:externalClaims|});
                    _logger.LogDebug("External claim types: {@types}", principal.Claims.Select(c => c.Type));
                    _logger.Save("{Claims}", externalClaims);
                }
            }
            """,
            "CS0102",
            "'ClaimsPrincipal.Claims' looks like personal data (online identifier) and is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation");
    }

    [Fact]
    public async Task An_unbound_call_whose_candidates_are_not_logging_stays_silent()
    {
        // The control line is a logging call that does not bind; the helper's own unbound call is not a sink.
        await VerifyUnboundAsync(Usings + """
            class Orders(ILogger<Orders> logger)
            {
                static string Describe(string buyerName, int count) => buyerName + count;

                public void Placed(string buyerName, Missing.Basket basket)
                {
                    var text = Describe(buyerName, basket);
                    logger.LogInformation("Order by {BuyerName} with {@Basket}", {|DS0101:buyerName|}, basket);
                }
            }
            """,
            "CS0246",
            Logged("buyerName", "LoggerExtensions.LogInformation"));
    }

    [Theory]
    // No template, a template that is not a constant, named arguments, only a template, no receiver, a missing argument.
    [InlineData("logger.LogInformation(missing, buyerName);")]
    [InlineData("logger.LogInformation(buyerName + missing, buyerName);")]
    [InlineData("logger.LogInformation(message: \"{BuyerName}\", args: missing);")]
    [InlineData("logger.LogInformation(missing);")]
    [InlineData("LogInformation(\"{BuyerName}\", buyerName, missing);")]
    [InlineData("undeclared.LogInformation(\"{BuyerName}\", );")]
    // A receiver that is not a logger, or not known: an undeclared name, a value of a missing type, a misspelt method.
    [InlineData("undeclared.LogInformation(\"{BuyerName}\", buyerName);")]
    [InlineData("missing.LogInformation(\"{BuyerName}\", buyerName);")]
    [InlineData("logger.LogInformatoin(\"{BuyerName}\", buyerName);")]
    public async Task Malformed_unbound_calls_get_silence_not_an_exception(string statement)
    {
        Compilation compilation = TestCompilation.Create([Usings + $$"""
            class Orders(ILogger<Orders> logger)
            {
                public void Placed(string buyerName, Missing.Basket missing)
                {
                    {{statement}}
                }
            }
            """]);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new PersonalDataFlowAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()));

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("DS", StringComparison.Ordinal));
    }

    // The verifier requires code that compiles; these sources must not. The expected compiler error proves the call
    // under test does not bind; then the DataSteward diagnostics are compared span by span, message by message.
    private static async Task VerifyUnboundAsync(string markup, string compilerError, params string[] expectedMessages)
    {
        Markup parsed = Markup.Parse(markup);
        Compilation compilation = TestCompilation.Create([parsed.Source]);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == compilerError);

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new PersonalDataFlowAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        Diagnostic[] reported = diagnostics.Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(parsed.Spans.Select(s => (s.Id, s.Span)), reported.Select(d => ((string?)d.Id, d.Location.SourceSpan)));
        Assert.Equal(expectedMessages, reported.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
    }
}
