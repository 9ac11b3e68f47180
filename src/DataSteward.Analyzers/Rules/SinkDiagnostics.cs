using System.Collections.Generic;
using System.Collections.Immutable;
using DataSteward.Analyzers.Baseline;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Rules;

/// <summary>Turns "this data reaches this sink" into the right diagnostic: DS0003 for special categories, the sink's rule for personal data, DS0101 for names only.</summary>
internal static class SinkDiagnostics
{
    /// <summary>The key of the property that says which sink kind the diagnostic is about (the fixes read it).</summary>
    public const string SinkKindProperty = "SinkKind";

    /// <summary>
    /// The key of the property holding the data kind of the reported origins (a <c>DataKind</c> member name), present
    /// when they all have one kind: the mask fix picks its mask from it instead of reading the message.
    /// </summary>
    public const string DataKindProperty = "DataKind";

    public static DiagnosticDescriptor DescriptorFor(DataLevel level, SinkKind kind) => level switch
    {
        DataLevel.Sensitive => Descriptors.SensitiveDataReachesSink,
        DataLevel.Likely => Descriptors.LikelyPersonalDataReachesSink,
        _ => kind switch
        {
            SinkKind.Export => Descriptors.PersonalDataExported,
            SinkKind.ExceptionMessage => Descriptors.PersonalDataInExceptionMessage,
            SinkKind.Telemetry => Descriptors.PersonalDataInTelemetry,
            _ => Descriptors.PersonalDataLogged,
        },
    };

    /// <summary>The diagnostic for <paramref name="taint"/> reaching a sink at <paramref name="location"/>, inside <paramref name="containingSymbol"/> (the baseline's fingerprint).</summary>
    public static Diagnostic Create(ISymbol containingSymbol, Location location, IEnumerable<Location> leaves, Taint taint, SinkKind kind, string sinkDisplay, IEnumerable<KeyValuePair<string, string?>>? extraProperties = null)
    {
        DiagnosticDescriptor descriptor = DescriptorFor(taint.Level, kind);
        string origins = taint.DescribeOrigins();
        ClassificationPhrase classification = taint.DescribeClassification();
        object[] arguments = taint.Level switch
        {
            DataLevel.Sensitive => [origins, classification, Phrase(kind), sinkDisplay],
            DataLevel.Likely => [origins, classification, Phrase(kind), sinkDisplay],
            _ => [origins, classification, sinkDisplay],
        };

        ImmutableDictionary<string, string?> properties = ContainingSymbol.AddTo(ImmutableDictionary<string, string?>.Empty.Add(SinkKindProperty, kind.ToString()), containingSymbol);
        if (taint.SingleKind() is { } dataKind)
        {
            properties = properties.Add(DataKindProperty, dataKind.ToString());
        }

        if (extraProperties is not null)
        {
            properties = properties.AddRange(extraProperties);
        }

        return Diagnostic.Create(descriptor, location, leaves, properties, arguments);
    }

    public static string Phrase(SinkKind kind) => kind switch
    {
        SinkKind.Export => "is exported",
        SinkKind.ExceptionMessage => "is put in an exception message",
        SinkKind.Telemetry => "is sent to telemetry",
        _ => "is written to a log",
    };
}
