using System.Collections.Immutable;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// One row of the sink table: the methods of a type (by metadata name) that take data to a sink, and which of
/// their parameters carry it. An empty <see cref="Methods"/> means every method; an empty
/// <see cref="DataParameters"/> means every parameter that can carry data (not a logger, a level, an event id,
/// an exception, a token, a delegate or a format provider).
/// </summary>
internal sealed record SinkSpec(
    string TypeName,
    ImmutableArray<string> Methods,
    SinkKind Kind,
    SinkRendering Rendering,
    SerialiserFamily Family = SerialiserFamily.Properties,
    ImmutableArray<string> DataParameters = default)
{
    public bool AllMethods => Methods.IsDefaultOrEmpty;

    public bool AllParameters => DataParameters.IsDefaultOrEmpty;
}
