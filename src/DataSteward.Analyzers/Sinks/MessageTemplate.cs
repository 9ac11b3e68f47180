using System.Collections.Generic;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// The holes of a structured-logging message template (<c>"Registered {Email} for {@Citizen}"</c>) in order:
/// whether each destructures its argument (<c>@</c>). Escaped braces (<c>{{</c>) are text.
/// </summary>
internal static class MessageTemplate
{
    public static List<bool> DestructuringHoles(string template)
    {
        var holes = new List<bool>();
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            int end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            holes.Add(end > i + 1 && template[i + 1] == '@');
            i = end;
        }

        return holes;
    }
}
