using System.Globalization;
using DataSteward.Analyzers.Rules;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Short, stable words for kinds and categories, as they appear in messages (<c>contact</c>, <c>coordonnées</c>), from
/// the diagnostic resources (<c>Kind_X</c>, <c>SpecialCategory_X</c>). Without a culture, the invariant (English) word:
/// the catalogue and the baseline never depend on the build's language.
/// </summary>
internal static class DataKindText
{
    public static string Of(DataKind kind) => Of(kind, CultureInfo.InvariantCulture);

    public static string Of(SensitiveKind category) => Of(category, CultureInfo.InvariantCulture);

    /// <summary>The word in <paramref name="culture"/>; null is the current UI culture (see <see cref="Descriptors.Phrase"/>).</summary>
    public static string Of(DataKind kind, CultureInfo? culture) =>
        Descriptors.Phrase("Kind_" + (kind is >= DataKind.Unspecified and <= DataKind.Other ? kind : DataKind.Unspecified), culture);

    /// <summary>The word in <paramref name="culture"/>; null is the current UI culture.</summary>
    public static string Of(SensitiveKind category, CultureInfo? culture) =>
        Descriptors.Phrase(category is >= SensitiveKind.RacialOrEthnicOrigin and <= SensitiveKind.CriminalOffences ? "SpecialCategory_" + category : "SpecialCategory_Unspecified", culture);
}
