using System.Collections.Generic;
using System.Text;

namespace DataSteward.Tool.Output;

/// <summary>RFC 4180 rows: quoted cells may hold the delimiter, quotes (doubled) and line ends; rows end with <c>\n</c>.</summary>
internal static class CsvRows
{
    public static List<List<string>> Parse(string text, char delimiter)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        bool any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            any = true;
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                any = false;
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        if (any)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }

    public static void Write(StringBuilder csv, char delimiter, IReadOnlyList<string> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(delimiter);
            }

            string cell = cells[i];
            if (cell.IndexOf(delimiter) >= 0 || cell.IndexOfAny(['"', '\n', '\r']) >= 0)
            {
                csv.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                csv.Append(cell);
            }
        }

        csv.Append('\n');
    }
}
