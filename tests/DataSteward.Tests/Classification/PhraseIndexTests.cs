using DataSteward.Analyzers.Classification;

namespace DataSteward.Tests.Classification;

/// <summary>
/// The phrase tables are read through an index by first word: a name's word is compared only with the phrases that
/// start with it, and among those the table's order still decides (the first phrase of a length found wins).
/// </summary>
public sealed class PhraseIndexTests
{
    [Fact]
    public void Phrases_are_grouped_by_their_first_word_in_table_order()
    {
        (string[] Words, DataKind Kind)[] table =
        [
            (["email"], DataKind.ContactDetails),
            (["mail", "address"], DataKind.ContactDetails),
            (["email", "address"], DataKind.ContactDetails),
            (["mail"], DataKind.ContactDetails),
            (["home", "address"], DataKind.PostalAddress),
            (["email", "domain"], DataKind.Unspecified),
        ];

        Dictionary<string, (string[] Words, DataKind Kind)[]> index = PhraseIndex.ByFirstWord(table);

        Assert.Equal(["email", "home", "mail"], index.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["email", "email address", "email domain"], index["email"].Select(p => string.Join(' ', p.Words)));
        Assert.Equal(["mail address", "mail"], index["mail"].Select(p => string.Join(' ', p.Words)));
        Assert.Equal([(["home", "address"], DataKind.PostalAddress)], index["home"].Select(p => (p.Words, p.Kind)));
        Assert.False(index.ContainsKey("address"));
    }

    [Theory]
    // The longest phrase still wins over a shorter one starting at the same word, and a later word's phrase is found.
    [InlineData("customerEmailAddress", (int)DataKind.ContactDetails)]
    [InlineData("ServerIpAddress", null)]
    [InlineData("BuyerDisplayName", (int)DataKind.Name)]
    [InlineData("nomDemandeur", (int)DataKind.Name)]
    public void Names_are_classified_through_the_index_as_through_the_whole_table(string name, int? expected) =>
        Assert.Equal(expected, (int?)NameHeuristics.Match(name));

    [Theory]
    [InlineData("TradeUnionMembership", (int)SensitiveKind.TradeUnionMembership)]
    [InlineData("DisabilityStatus", (int)SensitiveKind.Health)]
    [InlineData("HealthCheckResult", null)]
    public void Special_category_names_are_found_through_the_index(string name, int? expected) =>
        Assert.Equal(expected, (int?)SpecialCategoryNames.Match(name));
}
