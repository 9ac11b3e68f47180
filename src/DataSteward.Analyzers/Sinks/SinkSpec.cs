using System.Collections.Immutable;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// One row of the sink table: the methods of a type (by metadata name) that take data to a sink, and which of
/// their parameters carry it. An empty <see cref="Methods"/> means every method; an empty
/// <see cref="DataParameters"/> means every parameter that can carry data (not a logger, a level, an event id,
/// an exception, a token, a delegate or a format provider: the row's <see cref="ArgumentRoles"/>).
/// </summary>
internal sealed record SinkSpec(
    string TypeName,
    ImmutableArray<string> Methods,
    SinkKind Kind,
    SinkRendering Rendering,
    SerialiserFamily Family = SerialiserFamily.Properties,
    ImmutableArray<string> DataParameters = default,
    SinkArgumentRoles? Roles = null)
{
    /// <summary>The parameters that are not data (template, infrastructure); <see cref="SinkArgumentRoles.Default"/> unless the row says.</summary>
    public SinkArgumentRoles ArgumentRoles => Roles ?? SinkArgumentRoles.Default;

    public bool AllMethods => Methods.IsDefaultOrEmpty;

    public bool AllParameters => DataParameters.IsDefaultOrEmpty;
}
