using System;
using System.Collections.Generic;
using System.Globalization;
using DataSteward.Analyzers.Rules;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// The classification phrase of a message (<c>personal data: contact; personal data: name</c>), given to
/// <c>Diagnostic.Create</c> as a message argument that formats
/// itself: the compiler formats a message with the culture it was asked for (<c>-p:PreferredUILang=fr</c>, the IDE's
/// language, SARIF's), and <c>string.Format</c> hands that culture to an <see cref="IFormattable"/> argument, so the
/// phrase reads <c>donnée personnelle : coordonnées</c> exactly when the message around it is French. With the
/// invariant culture, and in <see cref="ToString()"/>, it is English: the text a baseline fingerprints.
/// </summary>
internal sealed class ClassificationPhrase : IFormattable, IEquatable<ClassificationPhrase>
{
    private readonly List<DataClassification> classifications;

    public ClassificationPhrase(DataClassification classification)
        : this([classification])
    {
    }

    /// <summary>The phrases of <paramref name="classifications"/>, in order, each once.</summary>
    public ClassificationPhrase(IEnumerable<DataClassification> classifications)
    {
        this.classifications = [];
        var seen = new List<string>();
        foreach (DataClassification classification in classifications)
        {
            string english = Describe(classification, CultureInfo.InvariantCulture);
            if (!seen.Contains(english))
            {
                seen.Add(english);
                this.classifications.Add(classification);
            }
        }

        English = string.Join("; ", seen);
    }

    /// <summary>The invariant text, as in English messages and baselines.</summary>
    public string English { get; }

    /// <summary>The phrase in <paramref name="culture"/> (English when no translation exists); null is the current UI culture.</summary>
    public string Text(CultureInfo? culture)
    {
        if (CultureInfo.InvariantCulture.Equals(culture))
        {
            return English;
        }

        var parts = new string[classifications.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Describe(classifications[i], culture);
        }

        return string.Join("; ", parts);
    }

    /// <summary>
    /// Called by <c>string.Format</c> with the provider the message is formatted with; no provider means the current
    /// UI culture, as for the message format itself (<c>LocalizableResourceString</c>).
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => Text(formatProvider as CultureInfo);

    public override string ToString() => English;

    public bool Equals(ClassificationPhrase? other) => other is not null && string.Equals(English, other.English, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ClassificationPhrase);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(English);

    // The patterns take a word, never a number or a date: formatting them invariantly changes nothing.
    private static string Describe(DataClassification classification, CultureInfo? culture) => classification.Level switch
    {
        DataLevel.Sensitive => string.Format(CultureInfo.InvariantCulture, Descriptors.Phrase("Classification_Sensitive", culture), DataKindText.Of(classification.Category, culture)),
        DataLevel.Personal when classification.Kind != DataKind.Unspecified =>
            string.Format(CultureInfo.InvariantCulture, Descriptors.Phrase("Classification_Personal", culture), DataKindText.Of(classification.Kind, culture)),
        DataLevel.Personal or DataLevel.Likely => DataKindText.Of(classification.Kind, culture),
        _ => Descriptors.Phrase("Classification_None", culture),
    };
}
