using System;
using System.Collections.Generic;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// A phrase table indexed by the phrase's first word, each entry in table order. A name is classified once per
/// compilation, but every member, local and argument name of the compilation is: only the phrases that can start at a
/// word are compared with it, not the whole table at every word and length.
/// </summary>
internal static class PhraseIndex
{
    public static Dictionary<string, (string[] Words, TKind Kind)[]> ByFirstWord<TKind>((string[] Words, TKind Kind)[] phrases)
    {
        var lists = new Dictionary<string, List<(string[] Words, TKind Kind)>>(StringComparer.Ordinal);
        foreach ((string[] Words, TKind Kind) phrase in phrases)
        {
            if (!lists.TryGetValue(phrase.Words[0], out List<(string[] Words, TKind Kind)>? list))
            {
                lists.Add(phrase.Words[0], list = new List<(string[] Words, TKind Kind)>(2));
            }

            list.Add(phrase);
        }

        var index = new Dictionary<string, (string[] Words, TKind Kind)[]>(lists.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<(string[] Words, TKind Kind)>> entry in lists)
        {
            index.Add(entry.Key, entry.Value.ToArray());
        }

        return index;
    }
}
