using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// The baseline of the rules whose default severity is Error (DS0003, DS0205, DS0208), which no
/// <see cref="DiagnosticSuppressor"/> may suppress: the analyser that finds such a violation asks this class first and,
/// when the baseline lists it, reports it already suppressed. The compiler neither prints nor counts a suppressed
/// diagnostic as an error, and its SARIF log lists it with a suppression (<c>"kind": "inSource"</c>) and the
/// <see cref="BaselineDocument.BaselinedProperty"/> property, which the stale check (DS0903) reads.
/// <para>
/// A violation matches as with <see cref="BaselineSuppressor"/>: rule, containing member and invariant message. Its
/// count is spent per <see cref="Scope"/>, one analysis of a member in source order, so that analysing a member again
/// (the IDE does, as the user types) gives the same answer: no count is shared between callbacks. The price: a member
/// analysed as several blocks (a property's get and set accessors) spends its count in each, so an identical DS0003 added
/// to the other accessor would be accepted too.
/// </para>
/// </summary>
internal sealed class ErrorSeverityBaseline
{
    private readonly Dictionary<(string Rule, string Symbol, string Message), int> accepted;

    private ErrorSeverityBaseline(Dictionary<(string Rule, string Symbol, string Message), int> accepted) => this.accepted = accepted;

    /// <summary>The baseline of this compilation, or null when there is none it can use (none, malformed, another project's).</summary>
    public static ErrorSeverityBaseline? For(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        BaselineDocument? document = ProjectBaseline.Find(options, cancellationToken)?.Usable;
        if (document is null)
        {
            return null;
        }

        // Only entries with a member: the writer has listed error-severity rules only since version 2 files.
        var accepted = new Dictionary<(string, string, string), int>();
        foreach (BaselineEntry entry in document.Entries)
        {
            if (entry.Symbol is not null && !entry.Rule.StartsWith("DS09", StringComparison.Ordinal))
            {
                accepted[(entry.Rule, entry.Symbol, entry.Message)] = entry.Count;
            }
        }

        return accepted.Count == 0 ? null : new ErrorSeverityBaseline(accepted);
    }

    /// <summary>A new count of the violations of one member's analysis.</summary>
    public Scope NewScope() => new(this);

    /// <summary>
    /// The violations found by one analysis of a member (an operation block, a type), in the order they are found:
    /// of several identical ones, the first <c>count</c> are baselined and the others reported.
    /// </summary>
    public sealed class Scope
    {
        private readonly ErrorSeverityBaseline baseline;
        private readonly Dictionary<(string, string, string), int> seen = new();

        internal Scope(ErrorSeverityBaseline baseline) => this.baseline = baseline;

        /// <summary><paramref name="diagnostic"/>, suppressed when it is an error-severity violation the baseline accepts.</summary>
        public Diagnostic Apply(Diagnostic diagnostic)
        {
            if (diagnostic.DefaultSeverity != DiagnosticSeverity.Error || !diagnostic.Location.IsInSource)
            {
                return diagnostic;
            }

            var key = (diagnostic.Id, ContainingSymbol.Of(diagnostic), diagnostic.GetMessage(CultureInfo.InvariantCulture));
            if (!baseline.accepted.TryGetValue(key, out int count))
            {
                return diagnostic;
            }

            lock (seen)
            {
                seen.TryGetValue(key, out int earlier);
                seen[key] = earlier + 1;
                if (earlier >= count)
                {
                    return diagnostic;
                }
            }

            return Suppressed(diagnostic);
        }
    }

    // The one public way to make a suppressed diagnostic is the overload that takes every part of it; the message is the
    // original diagnostic's, formatted in whatever culture the host asks for (the build's UI language, SARIF's invariant).
    private static Diagnostic Suppressed(Diagnostic diagnostic)
    {
        DiagnosticDescriptor descriptor = diagnostic.Descriptor;
        return Diagnostic.Create(
            descriptor.Id,
            descriptor.Category,
            new MessageOf(diagnostic),
            diagnostic.Severity,
            descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault,
            diagnostic.WarningLevel,
            isSuppressed: true,
            descriptor.Title,
            descriptor.Description,
            descriptor.HelpLinkUri,
            diagnostic.Location,
            diagnostic.AdditionalLocations,
            descriptor.CustomTags,
            diagnostic.Properties.SetItem(BaselineDocument.BaselinedProperty, "true"));
    }

    private sealed class MessageOf : LocalizableString
    {
        private readonly Diagnostic diagnostic;

        public MessageOf(Diagnostic diagnostic) => this.diagnostic = diagnostic;

        protected override string GetText(IFormatProvider? formatProvider) => diagnostic.GetMessage(formatProvider);

        protected override int GetHash() => diagnostic.GetHashCode();

        protected override bool AreEqual(object? other) => other is MessageOf message && message.diagnostic.Equals(diagnostic);
    }
}
