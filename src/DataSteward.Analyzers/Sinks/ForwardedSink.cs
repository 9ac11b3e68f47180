namespace DataSteward.Analyzers.Sinks;

/// <summary>A parameter of a method of this compilation whose value the method sends to a sink.</summary>
internal sealed record ForwardedSink(int Ordinal, SinkMatch Match);
