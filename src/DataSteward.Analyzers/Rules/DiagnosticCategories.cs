namespace DataSteward.Analyzers.Rules;

internal static class DiagnosticCategories
{
    public const string Privacy = "Privacy";
    public const string Catalogue = "Catalogue";
    public const string Configuration = "Configuration";
}
