namespace DataSteward.Analyzers.Sinks;

/// <summary>A call found to be a sink: what kind, how it renders objects, and the name shown in messages.</summary>
internal readonly record struct SinkMatch(SinkKind Kind, SinkRendering Rendering, SerialiserFamily Family, string Display, SinkSpec? Spec);
