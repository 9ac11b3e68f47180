using System.Collections.Generic;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// The holes of a structured-logging message template (<c>"Registered {Email} for {@Citizen}"</c>) or a composite format
/// string (<c>"{0} for {1:C}"</c>), in order. Doubled braces (<c>{{</c>, <c>}}</c>) are text. One parser for the
/// analysers (which argument a hole binds, whether it is destructured, what its name says) and the code fixes (which
/// text to remove), so both always see the same holes.
/// </summary>
internal static class MessageTemplate
{
    /// <summary>The holes of a whole template; an unterminated hole ends the list.</summary>
    public static List<TemplateHole> Parse(string template) => Parse(template, 0, template.Length, out _);

    /// <summary>
    /// The holes of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> (the content of a
    /// string literal's token, say). <paramref name="complete"/> is false when a hole is not closed.
    /// </summary>
    public static List<TemplateHole> Parse(string text, int start, int end, out bool complete)
    {
        var holes = new List<TemplateHole>();
        complete = true;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '}' && i + 1 < end && text[i + 1] == '}')
            {
                i++;
                continue;
            }

            if (c != '{')
            {
                continue;
            }

            if (i + 1 < end && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            int close = text.IndexOf('}', i + 1);
            if (close < 0 || close >= end)
            {
                complete = false;
                break;
            }

            int nameStart = i + 1;
            bool destructures = nameStart < close && text[nameStart] == '@';
            if (nameStart < close && text[nameStart] is '@' or '$')
            {
                nameStart++;
            }

            int nameEnd = nameStart;
            while (nameEnd < close && text[nameEnd] is not (',' or ':'))
            {
                nameEnd++;
            }

            string name = text.Substring(nameStart, nameEnd - nameStart);
            holes.Add(new TemplateHole(i, close + 1, name, nameStart, destructures, PositionOf(name)));
            i = close;
        }

        return holes;
    }

    private static int PositionOf(string name)
    {
        if (name.Length == 0 || name.Length > 8)
        {
            return -1;
        }

        int number = 0;
        foreach (char c in name)
        {
            if (c < '0' || c > '9')
            {
                return -1;
            }

            number = (number * 10) + (c - '0');
        }

        return number;
    }
}
