using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// Suppresses the violations listed in <c>datasteward.baseline.json</c>: a suppressed diagnostic is neither a
/// warning nor an error, and SARIF logs it with a suppression. A violation matches an entry when the rule, the member
/// that contains it (<see cref="ContainingSymbol"/>) and the invariant message are the same, wherever the member is;
/// of several identical violations in one member, the first <c>count</c> in source order are suppressed and the
/// others reported.
/// <para>
/// The compiler lets a suppressor suppress warnings, including warnings promoted to errors (<c>WarningsAsErrors</c>,
/// <c>TreatWarningsAsErrors</c>, the package's <c>DataStewardFailOnViolation</c>), but never a diagnostic whose
/// descriptor's default severity is Error, whatever .editorconfig says. Those rules (DS0003, DS0205, DS0208) are
/// baselined by their own analysers, which report a listed violation already suppressed (<see cref="ErrorSeverityBaseline"/>).
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineSuppressor : DiagnosticSuppressor
{
    /// <summary>The justification SARIF shows for a baselined violation.</summary>
    public const string Justification = "Listed in datasteward.baseline.json (accepted when the baseline was written; fix it and write the baseline again).";

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> SuppressionsById = CreateSuppressions();

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        ImmutableArray.CreateRange(SuppressionsById.Values.OrderBy(s => s.Id, StringComparer.Ordinal));

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        ProjectBaseline? found = ProjectBaseline.Find(context.Options, context.CancellationToken);
        BaselineDocument? baseline = found?.Usable;
        if (found is null || baseline is null || baseline.Entries.Count == 0)
        {
            return;
        }

        var counts = baseline.Entries.ToDictionary(e => e.Key, e => e.Count);
        var candidates = new List<Diagnostic>();
        foreach (Diagnostic diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Location.IsInSource && SuppressionsById.ContainsKey(diagnostic.Id))
            {
                candidates.Add(diagnostic);
            }
        }

        // Source order, so that which of several identical violations stays suppressed does not depend on the order
        // in which the analysers reported them.
        foreach (Diagnostic diagnostic in candidates.OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            context.CancellationToken.ThrowIfCancellationRequested();

            // The invariant message: a French build matches the English baseline. An entry of a version 1 file (no
            // member) is the fallback.
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (Take(counts, (diagnostic.Id, ContainingSymbol.Of(diagnostic), message)) || Take(counts, (diagnostic.Id, null, message)))
            {
                context.ReportSuppression(Suppression.Create(SuppressionsById[diagnostic.Id], diagnostic));
            }
        }
    }

    private static bool Take(Dictionary<(string, string?, string), int> counts, (string, string?, string) key)
    {
        if (counts.TryGetValue(key, out int remaining) && remaining > 0)
        {
            counts[key] = remaining - 1;
            return true;
        }

        return false;
    }

    // Every rule DataSteward reports can be baselined, except the package's own configuration diagnostics (DS09xx):
    // a baseline that hides its own problems would hide that it is broken; and error-severity rules, which the
    // compiler would not let us suppress (ErrorSeverityBaseline does, in their analysers).
    private static ImmutableDictionary<string, SuppressionDescriptor> CreateSuppressions()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, SuppressionDescriptor>(StringComparer.Ordinal);
        foreach (FieldInfo field in typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is DiagnosticDescriptor descriptor &&
                !descriptor.Id.StartsWith("DS09", StringComparison.Ordinal) &&
                descriptor.DefaultSeverity != DiagnosticSeverity.Error &&
                !builder.ContainsKey(descriptor.Id))
            {
                builder.Add(descriptor.Id, new SuppressionDescriptor("DataStewardBaseline." + descriptor.Id, descriptor.Id, Justification));
            }
        }

        return builder.ToImmutable();
    }
}
