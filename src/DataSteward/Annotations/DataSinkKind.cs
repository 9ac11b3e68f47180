namespace DataSteward;

/// <summary>Where a user-written sink sends the values it receives.</summary>
public enum DataSinkKind
{
    /// <summary>A log: an audit writer, a logging wrapper.</summary>
    Log = 0,

    /// <summary>An export: a file, a report, another service.</summary>
    Export,

    /// <summary>Telemetry: traces, metrics, events.</summary>
    Telemetry,
}
