using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// The roles of a sink's parameters that are not data: which parameter holds the message template (its holes bind the
/// arguments that follow), and which parameter types only steer the sink (a logger, a level, an event id, an exception,
/// a token, serialiser options). Part of a <see cref="SinkSpec"/> row, so a logging library with other names is one row.
/// </summary>
internal sealed record SinkArgumentRoles(ImmutableArray<string> TemplateParameters, ImmutableArray<string> InfrastructureTypes)
{
    /// <summary>What Microsoft.Extensions.Logging, Serilog, NLog, log4net, the serialisers and the BCL writers use.</summary>
    public static SinkArgumentRoles Default { get; } = new(
        ImmutableArray.Create("message", "messageTemplate", "format"),
        ImmutableArray.Create("ILogger", "LogLevel", "EventId", "Exception", "CancellationToken", "IFormatProvider", "LogEventLevel", "Type", "JsonSerializerOptions", "JsonSerializerSettings", "JsonTypeInfo"));

    public bool IsTemplate(IParameterSymbol parameter) =>
        parameter.Type.SpecialType == SpecialType.System_String && TemplateParameters.Contains(parameter.Name);

    /// <summary>Delegates, flags and the listed types steer the sink; they never carry the data.</summary>
    public bool IsInfrastructure(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Delegate || type.SpecialType == SpecialType.System_Boolean || InfrastructureTypes.Contains(type.Name);
}
