namespace DataSteward.Analyzers.Sinks;

/// <summary>Where data goes when it reaches a sink; each kind has its rule (DS0001, DS0002, DS0004, DS0005).</summary>
internal enum SinkKind
{
    Log,
    Export,
    ExceptionMessage,
    Telemetry,
}
