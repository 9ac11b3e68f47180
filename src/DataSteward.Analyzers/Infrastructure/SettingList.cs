using System.Collections.Generic;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>
/// Splits a list setting (<c>datasteward.sources = P:A.B.Mail, P:A.B.Tel</c>) into its entries: entries are separated
/// by commas and/or white space, except that a comma inside the parameter list of a documentation id
/// (<c>M:Ns.Type.Method(System.String,System.Int32)</c>, generic arguments in braces) belongs to the entry.
/// </summary>
/// <remarks>
/// A semicolon cannot be a separator: .editorconfig reads <c>;</c> and <c>#</c> as the start of a comment, so the
/// compiler never hands over what follows it.
/// </remarks>
internal static class SettingList
{
    public static List<string> Split(string value)
    {
        var entries = new List<string>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool separator = depth == 0 && (c == ',' || char.IsWhiteSpace(c));
            if (separator)
            {
                if (start >= 0)
                {
                    entries.Add(value.Substring(start, i - start));
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            if (c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (c is ')' or '}' or ']' && depth > 0)
            {
                depth--;
            }
        }

        if (start >= 0)
        {
            entries.Add(value.Substring(start));
        }

        return entries;
    }
}
