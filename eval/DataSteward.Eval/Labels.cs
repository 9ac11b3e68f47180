using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Eval;

/// <summary>A hand-labelled sink line of labels.tsv.</summary>
internal sealed record Label(string CodeBase, string Path, int Line, bool IsLeak, string Reason)
{
    public static IReadOnlyList<Label> ReadAll(string evalFolder) =>
        File.ReadAllLines(System.IO.Path.Combine(evalFolder, "labels.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new Label(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3] == "leak", f[4]))
            .ToList();

    /// <summary>
    /// The span the label covers: the statement that begins with the first token of the labelled line (a multi-line sink call is
    /// one statement), or the line itself when no statement starts there.
    /// </summary>
    public TextSpan Span(SyntaxTree tree)
    {
        SourceText text = tree.GetText();
        TextLine line = text.Lines[Line - 1];
        int firstNonBlank = line.Start;
        while (firstNonBlank < line.End && char.IsWhiteSpace(text[firstNonBlank]))
        {
            firstNonBlank++;
        }

        SyntaxToken token = tree.GetRoot().FindToken(firstNonBlank);
        StatementSyntax? statement = token.Parent?.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault();
        return statement is not null && statement is not BlockSyntax && text.Lines.GetLineFromPosition(statement.SpanStart).LineNumber == Line - 1
            ? statement.Span
            : line.Span;
    }
}
