namespace DataSteward.Analyzers.Rules;

/// <summary>Every diagnostic id DataSteward reports. Ids are stable: they appear in users' .editorconfig files.</summary>
public static class RuleIdentifiers
{
    public const string PersonalDataLogged = "DS0001";
    public const string PersonalDataExported = "DS0002";
    public const string SensitiveDataReachesSink = "DS0003";
    public const string PersonalDataInExceptionMessage = "DS0004";
    public const string PersonalDataInTelemetry = "DS0005";
    public const string UnkeyedHashUsedAsPseudonym = "DS0006";

    public const string UnclassifiedPersonalData = "DS0100";
    public const string LikelyPersonalDataReachesSink = "DS0101";
    public const string UnclassifiedPersonalDataSummary = "DS0102";

    public const string OpenDatasetHoldsPersonalData = "DS0200";
    public const string DatasetMissingMetadata = "DS0201";
    public const string UnknownLicence = "DS0202";
    public const string InvalidRetention = "DS0203";
    public const string UnknownUpdateFrequency = "DS0204";
    public const string DuplicateDatasetIdentifier = "DS0205";
    public const string PersonalDataWithoutProcessingRecord = "DS0206";
    public const string UnknownTheme = "DS0207";
    public const string EmptyDatasetIdentifier = "DS0208";
    public const string CataloguePlaceholder = "DS0209";

    public const string SettingNotUnderstood = "DS0900";
    public const string ConfiguredIdMatchesNothing = "DS0901";

    public const string BaselineMalformed = "DS0902";
    public const string BaselineStale = "DS0903";
    public const string BaselineOfAnotherProject = "DS0904";

    /// <summary>Where the rule pages live; every descriptor's help link is this plus <c>DSxxxx.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/datasteward/datasteward/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
