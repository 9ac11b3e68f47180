using System.Collections.Immutable;
using DataSteward.Tests.VerifierSelfTests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Robustness;

/// <summary>Analysers that misbehave on purpose, to prove the harness notices.</summary>
internal static class HarnessProbes
{
    public static Task<string?> ThrowingAsync() =>
        RobustnessHarness.RunAsync("class C { int X = 42; }", null, TimeSpan.FromSeconds(15), [new ThrowingAnalyzer()]);

    public static Task<string?> SpinningAsync() =>
        RobustnessHarness.RunAsync("class C { void M() { } }", null, TimeSpan.FromMilliseconds(500), [new SpinningAnalyzer()]);

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class SpinningAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("SPIN01", "Spins", "Spins", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockAction(block =>
            {
                // Runs until cancelled, as an analyser stuck in a loop would (this one at least listens).
                while (!block.CancellationToken.IsCancellationRequested)
                {
                    Thread.Sleep(5);
                }

                block.CancellationToken.ThrowIfCancellationRequested();
            });
        }
    }
}
