using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Verification;

/// <summary>Short forms of <see cref="AnalyzerTest"/> for the common case of one source and one analyser.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Checks the diagnostics marked in <paramref name="markup"/>, and their messages when given (in source order).</summary>
    public static Task VerifyAsync(string markup, params string[] expectedMessages) =>
        VerifyWithOptionsAsync(markup, editorConfig: null, expectedMessages);

    /// <summary>As <see cref="VerifyAsync(string, string[])"/>, with <c>.editorconfig</c> lines (<c>key = value</c>).</summary>
    public static async Task VerifyWithOptionsAsync(string markup, string? editorConfig, params string[] expectedMessages)
    {
        var test = new AnalyzerTest(new TAnalyzer()) { EditorConfig = editorConfig };
        test.Sources.Add(markup);
        test.ExpectedMessages.AddRange(expectedMessages);
        await test.RunAsync().ConfigureAwait(false);
    }
}
