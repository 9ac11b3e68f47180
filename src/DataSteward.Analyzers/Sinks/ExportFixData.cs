using DataSteward.Analyzers.Infrastructure;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// What the <c>[JsonIgnore]</c> fix needs from a DS0002 on a whole-object JSON export, carried in the diagnostic's
/// properties: which JSON library writes the object, and the members to ignore (documentation ids of the source
/// members named in the message; a member under an ignored one is left alone, ignoring its parent hides it).
/// </summary>
internal static class ExportFixData
{
    /// <summary><c>System.Text.Json</c> or <c>Newtonsoft.Json</c>: whose <c>[JsonIgnore]</c> the writer honours.</summary>
    public const string SerialiserProperty = "Serialiser";

    /// <summary>The members to mark, as documentation comment ids separated by <see cref="Separator"/>.</summary>
    public const string MembersProperty = "JsonIgnoreMembers";

    public const char Separator = ';';

    public const string SystemTextJson = "System.Text.Json";

    public const string NewtonsoftJson = "Newtonsoft.Json";

    /// <summary>The fix's properties for this report, or null when it is not a whole-object JSON export of source members.</summary>
    public static IEnumerable<KeyValuePair<string, string?>>? For(CompilationModel flow, IOperation value, SinkMatch match, Taint taint, SummaryRequest request)
    {
        string? serialiser = match.Family switch
        {
            SerialiserFamily.SystemTextJson => SystemTextJson,
            SerialiserFamily.NewtonsoftJson => NewtonsoftJson,
            _ => null,
        };
        if (serialiser is null || match.Kind != SinkKind.Export || match.Rendering != SinkRendering.Serialised || taint.Level != DataLevel.Personal
            || Operations.StripImplicitConversions(value).Type is not { } type)
        {
            return null;
        }

        StringBuilder? ids = null;
        foreach (SerialisedMember member in flow.Rendering.SerialisedMembers(type, match.Family, request))
        {
            if (member.Covered || member.Level != taint.Level || !SourceSymbols.IsFromSource(member.Member) || HasJsonIgnore(member.Member, serialiser)
                || member.Member.GetDocumentationCommentId() is not { } id)
            {
                continue;
            }

            ids = ids is null ? new StringBuilder(id) : ids.Append(Separator).Append(id);
        }

        return ids is null
            ? null
            : [new KeyValuePair<string, string?>(SerialiserProperty, serialiser), new KeyValuePair<string, string?>(MembersProperty, ids.ToString())];
    }

    // A conditional [JsonIgnore(Condition = WhenWritingNull)] of the same library is a choice the fix does not override.
    private static bool HasJsonIgnore(ISymbol member, string serialiser)
    {
        string name = serialiser == SystemTextJson ? "System.Text.Json.Serialization.JsonIgnoreAttribute" : "Newtonsoft.Json.JsonIgnoreAttribute";
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && KnownMethods.FullName(attributeClass) == name)
            {
                return true;
            }
        }

        return false;
    }
}
