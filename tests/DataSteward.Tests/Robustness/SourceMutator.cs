using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Tests.Robustness;

/// <summary>One mutated source and how to make it again.</summary>
internal sealed record MutatedCase(string Origin, string Mutation, string Source)
{
    public override string ToString() => $"{Origin} / {Mutation}";
}

/// <summary>
/// Code as it looks while someone types: the source cut at many points, a span cut out of the middle, and random tokens
/// deleted or duplicated. Deterministic: every mutation is named by its seed and positions so a failure can be replayed.
/// </summary>
internal static class SourceMutator
{
    public static IEnumerable<MutatedCase> Mutate(string origin, string source, int cuts, int holes, int tokenEdits, int seed)
    {
        yield return new MutatedCase(origin, "unchanged", source);

        // Cuts: evenly spaced, each nudged by the seed so that the same source is not always cut at a token boundary.
        var random = new Random(seed);
        for (int i = 1; i <= cuts; i++)
        {
            int at = Math.Clamp((source.Length * i / (cuts + 1)) + random.Next(-7, 8), 0, source.Length);
            yield return new MutatedCase(origin, $"cut at {at}", source[..at]);
        }

        for (int i = 0; i < holes; i++)
        {
            int start = random.Next(source.Length);
            int length = Math.Min(random.Next(1, 80), source.Length - start);
            yield return new MutatedCase(origin, $"hole {start}+{length}", source.Remove(start, length));
        }

        SyntaxToken[] tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
            .Where(t => t.Span.Length > 0)
            .ToArray();
        if (tokens.Length == 0)
        {
            yield break;
        }

        for (int i = 0; i < tokenEdits; i++)
        {
            int editSeed = seed + (i * 7919);
            var editRandom = new Random(editSeed);
            int count = 1 + editRandom.Next(3);
            var picked = Enumerable.Range(0, count).Select(_ => tokens[editRandom.Next(tokens.Length)]).Distinct().OrderByDescending(t => t.SpanStart).ToArray();
            bool delete = i % 2 == 0;
            string text = source;
            foreach (SyntaxToken token in picked)
            {
                text = delete
                    ? text.Remove(token.SpanStart, token.Span.Length)
                    : text.Insert(token.Span.End, " " + token.Text);
            }

            string what = string.Join(", ", picked.Select(t => $"'{t.Text}'@{t.SpanStart}"));
            yield return new MutatedCase(origin, $"{(delete ? "delete" : "duplicate")} (seed {editSeed}) {what}", text);
        }
    }
}
