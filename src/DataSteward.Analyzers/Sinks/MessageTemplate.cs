using System.Collections.Generic;

namespace DataSteward.Analyzers.Sinks;

/// <summary>One hole of a message template: its property name (<c>Email</c> of <c>{@Email,10:u}</c>) and whether it destructures.</summary>
internal readonly record struct TemplateHole(string Name, bool Destructures);

/// <summary>
/// The holes of a structured-logging message template (<c>"Registered {Email} for {@Citizen}"</c>) in order:
/// each one's name and whether it destructures its argument (<c>@</c>). Escaped braces (<c>{{</c>) are text; an
/// unclosed hole ends the template.
/// </summary>
internal static class MessageTemplate
{
    public static List<bool> DestructuringHoles(string template)
    {
        List<TemplateHole> holes = Holes(template);
        var destructures = new List<bool>(holes.Count);
        foreach (TemplateHole hole in holes)
        {
            destructures.Add(hole.Destructures);
        }

        return destructures;
    }

    public static List<TemplateHole> Holes(string template)
    {
        var holes = new List<TemplateHole>();
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

            bool destructures = end > i + 1 && template[i + 1] == '@';
            int nameStart = end > i + 1 && (template[i + 1] == '@' || template[i + 1] == '$') ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < end && template[nameEnd] != ',' && template[nameEnd] != ':')
            {
                nameEnd++;
            }

            holes.Add(new TemplateHole(template.Substring(nameStart, nameEnd - nameStart).Trim(), destructures));
            i = end;
        }

        return holes;
    }
}
