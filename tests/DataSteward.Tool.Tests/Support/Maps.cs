using DataSteward.Catalogue;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Tests.Support;

/// <summary>Small maps written in a line or two, for the tests of checks, diff and site.</summary>
internal static class Maps
{
    public static MapField Field(string name, FieldClassification privacy = FieldClassification.None, string? category = null) =>
        new(name, name + " of the record", "string", null, Required: false, PrimaryKey: false, privacy, category);

    public static MapField Personal(string name, string category) => Field(name, FieldClassification.Personal, category);

    public static MapField Sensitive(string name, string category) => Field(name, FieldClassification.SpecialCategory, category);

    public static MapDataset Dataset(
        string project,
        string identifier,
        DatasetAccess access = DatasetAccess.NonPublic,
        string? retention = null,
        LawfulBasis? basis = null,
        string[]? themes = null,
        params MapField[] fields) =>
        new(
            project,
            identifier,
            "https://data." + project.ToLowerInvariant() + ".example/dataset/" + identifier,
            Title(identifier),
            "All " + identifier + " of " + project + ".",
            project + " publisher",
            "mailto:contact@" + project.ToLowerInvariant() + ".example",
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
            access,
            themes ?? [],
            ["keyword-" + identifier],
            "MONTHLY",
            "Purpose of " + identifier,
            basis,
            retention,
            ["staff of " + project],
            ["residents"],
            project + " controller",
            "mailto:dpo@" + project.ToLowerInvariant() + ".example",
            fields);

    public static DataMap Of(params MapDataset[] datasets)
    {
        var projects = datasets.GroupBy(dataset => dataset.Project)
            .Select(group => new MapProject(group.Key, "/in/" + group.Key, group.Key + " catalogue", "en", group.ToList()));
        return new DataMap(projects);
    }

    private static string Title(string identifier) =>
        char.ToUpperInvariant(identifier[0]) + identifier.Substring(1).Replace('-', ' ');
}
