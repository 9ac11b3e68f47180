using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.Verification;

/// <summary>A span the test expects a diagnostic on: <c>[|…|]</c> (the rule under test) or <c>{|DS0001:…|}</c>.</summary>
public sealed record ExpectedSpan(string? Id, TextSpan Span);

/// <summary>
/// Test source with markup removed. <c>[|x|]</c> expects a diagnostic of the analyser's single rule on <c>x</c>;
/// <c>{|ID:x|}</c> expects diagnostic <c>ID</c> on <c>x</c>. Markup nests; a literal <c>[|</c> never occurs in C#.
/// </summary>
public sealed class Markup
{
    private Markup(string source, IReadOnlyList<ExpectedSpan> spans)
    {
        Source = source;
        Spans = spans;
    }

    public string Source { get; }

    public IReadOnlyList<ExpectedSpan> Spans { get; }

    public static Markup Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var open = new Stack<(string? Id, int Start)>();
        var spans = new List<ExpectedSpan>();
        int i = 0;
        while (i < markup.Length)
        {
            if (StartsWith(markup, i, "[|"))
            {
                open.Push((null, output.Length));
                i += 2;
            }
            else if (StartsWith(markup, i, "{|") && TryReadId(markup, i + 2, out string? id, out int afterColon))
            {
                open.Push((id, output.Length));
                i = afterColon;
            }
            else if (StartsWith(markup, i, "|]") || StartsWith(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"Markup closes a span at offset {i} that was never opened.");
                }

                (string? spanId, int start) = open.Pop();
                bool squareClose = markup[i + 1] == ']';
                if (squareClose != (spanId is null))
                {
                    throw new FormatException($"Markup at offset {i} closes a span with the wrong bracket.");
                }

                spans.Add(new ExpectedSpan(spanId, TextSpan.FromBounds(start, output.Length)));
                i += 2;
            }
            else
            {
                output.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Markup opens a span that is never closed.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        return new Markup(output.ToString(), spans);
    }

    private static bool StartsWith(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool TryReadId(string text, int start, out string? id, out int afterColon)
    {
        int i = start;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i > start && i < text.Length && text[i] == ':')
        {
            id = text[start..i];
            afterColon = i + 1;
            return true;
        }

        id = null;
        afterColon = start;
        return false;
    }
}
