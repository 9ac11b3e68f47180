using DataSteward.Tool.Map;

namespace DataSteward.Tool.Output;

/// <summary>
/// Where each file of a map folder goes, relative to the folder, with '/' separators. The project's name in schema and
/// page names keeps two projects' datasets with the same identifier apart (the checks report that clash; the files
/// must not hide it). Schemas stay directly under <c>schemas/</c>, where catalogue validators look for them.
/// </summary>
internal static class MapLayout
{
    public const string CatalogueJsonLd = "catalogue.jsonld";
    public const string CatalogueTurtle = "catalogue.ttl";
    public const string RegisterJson = "register.json";
    public const string RegisterCsv = "register.csv";
    public const string ChecksJson = "checks.json";
    public const string Index = "index.html";
    public const string PersonalDataPage = "personal-data.html";
    public const string RegisterPage = "register.html";
    public const string ChecksPage = "checks.html";
    public const string StyleSheet = "assets/site.css";
    public const string Script = "assets/site.js";

    /// <summary>The folder that keeps each project's compact catalogue, so a map folder can be re-read (by diff, or map).</summary>
    public const string ProjectsFolder = "projects";

    public const string SchemasFolder = "schemas";

    public const string DatasetsFolder = "datasets";

    public static string SchemaPath(MapDataset dataset) => SchemaPath(dataset.Project, dataset.Identifier);

    public static string SchemaPath(string project, string identifier) =>
        SchemasFolder + "/" + SafeName(project) + "." + SafeName(identifier) + ".schema.json";

    public static string DatasetPage(MapDataset dataset) =>
        DatasetsFolder + "/" + SafeName(dataset.Project) + "/" + SafeName(dataset.Identifier) + ".html";

    /// <summary>Portable file names: ASCII letters, digits, '-', '_' and '.'; anything else becomes '_'; never "." or "..".</summary>
    public static string SafeName(string name)
    {
        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (!(c < 0x80 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                chars[i] = '_';
            }
        }

        string safe = new(chars);
        return safe.Trim('.').Length == 0 ? "_" + safe : safe;
    }
}
