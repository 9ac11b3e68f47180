using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// The descriptor of every rule. Flow messages share one shape so a reader learns it once:
/// what data ({0}, {1}), where it goes ({2}), and what is missing (pseudonymisation).
/// </summary>
internal static class Descriptors
{
    // Command-line builds promote these to errors through the package's targets (DataStewardFailOnViolation).
    private const string FailsBuild = "DataStewardFailsBuild";

    public static readonly DiagnosticDescriptor PersonalDataLogged = Create(
        RuleIdentifiers.PersonalDataLogged,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Warning,
        "Personal data is written to a log",
        "'{0}' ({1}) is written to a log by '{2}' without pseudonymisation",
        "Logs are copied, shipped and kept far longer than the data they describe. Personal data must be pseudonymised before it is logged.",
        FailsBuild);

    public static readonly DiagnosticDescriptor PersonalDataExported = Create(
        RuleIdentifiers.PersonalDataExported,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Warning,
        "Personal data is exported",
        "'{0}' ({1}) is exported by '{2}' without pseudonymisation",
        "Serialised payloads, files, HTTP responses and calls to other services take personal data out of the system's control. Export only what the recipient needs, pseudonymised.",
        FailsBuild);

    public static readonly DiagnosticDescriptor SensitiveDataReachesSink = Create(
        RuleIdentifiers.SensitiveDataReachesSink,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Error,
        "Special-category data reaches a sink",
        "'{0}' ({1}) {2} by '{3}' without pseudonymisation",
        "Special categories of personal data (GDPR articles 9 and 10: health, biometric, genetic, ethnic origin, political opinion, religion, trade union, sex life, criminal offences) must never reach a log, an export, an exception message or telemetry in clear.",
        FailsBuild);

    public static readonly DiagnosticDescriptor PersonalDataInExceptionMessage = Create(
        RuleIdentifiers.PersonalDataInExceptionMessage,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Warning,
        "Personal data is put in an exception message",
        "'{0}' ({1}) is put in an exception message by '{2}' without pseudonymisation",
        "Exception messages end up in logs, error pages and bug trackers. Identify the record by a pseudonym or a surrogate key instead.",
        FailsBuild);

    public static readonly DiagnosticDescriptor PersonalDataInTelemetry = Create(
        RuleIdentifiers.PersonalDataInTelemetry,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Warning,
        "Personal data is sent to telemetry",
        "'{0}' ({1}) is sent to telemetry by '{2}' without pseudonymisation",
        "Traces, baggage and metric tags are exported to monitoring back-ends and propagated to other services. They must not carry personal data in clear.",
        FailsBuild);

    public static readonly DiagnosticDescriptor UnkeyedHashUsedAsPseudonym = Create(
        RuleIdentifiers.UnkeyedHashUsedAsPseudonym,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Warning,
        "An unkeyed hash of personal data is not a pseudonym",
        "'{0}' ({1}) is hashed with '{2}', which has no key: anyone can hash every likely value (e-mail addresses, phone numbers, national ids) and reverse it; use a keyed pseudonymiser such as HmacPseudonymiser",
        "A plain hash of an e-mail address, a phone number or a national identifier is reversed by hashing a dictionary of candidate values. GDPR pseudonymisation needs additional information kept separately: a secret key.",
        FailsBuild);

    public static readonly DiagnosticDescriptor UnclassifiedPersonalData = Create(
        RuleIdentifiers.UnclassifiedPersonalData,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Info,
        "A member looks like personal data but is not classified",
        "'{0}' looks like personal data ({1}) but is not classified: mark it {2} or [NotPersonalData]",
        "Classified members are tracked to every log and export and listed in the data catalogue; a member whose name says personal data should say so explicitly.");

    public static readonly DiagnosticDescriptor UnclassifiedPersonalDataSummary = Create(
        RuleIdentifiers.UnclassifiedPersonalDataSummary,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Warning,
        "Members that look like personal data are not classified",
        "{0} member(s) of '{1}' look like personal data but are not classified (DS0100 suggestions, shown in the IDE and in the SARIF log: -p:ErrorLog=datasteward.sarif); mark each [PersonalData], [SensitiveData] or [NotPersonalData]",
        "DS0100 is a suggestion, which a command-line build does not print; this one line per project says how many there are and where to see them. It never fails the build.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LikelyPersonalDataReachesSink = Create(
        RuleIdentifiers.LikelyPersonalDataReachesSink,
        DiagnosticCategories.Privacy,
        DiagnosticSeverity.Warning,
        "A value that looks like personal data reaches a sink",
        "'{0}' looks like personal data ({1}) and {2} by '{3}' without pseudonymisation",
        "The value is not classified, but its name says personal data. Pseudonymise it, or classify the member ([PersonalData] or [NotPersonalData]) so the analysis is exact.");

    public static readonly DiagnosticDescriptor OpenDatasetHoldsPersonalData = Create(
        RuleIdentifiers.OpenDatasetHoldsPersonalData,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "An open dataset holds personal data",
        "Dataset '{0}' is public (open data) but holds personal data that is not pseudonymised: {1}",
        "Open data is published for anyone to reuse; it must not carry personal data. Pseudonymise or drop the members, or restrict the dataset's access.");

    public static readonly DiagnosticDescriptor DatasetMissingMetadata = Create(
        RuleIdentifiers.DatasetMissingMetadata,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "A dataset lacks a title or a description",
        "Dataset '{0}' has no {1}",
        "Data portals require a title and a description (DCAT-AP mandatory properties); without them the dataset cannot be found or understood.");

    public static readonly DiagnosticDescriptor UnknownLicence = Create(
        RuleIdentifiers.UnknownLicence,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "Unknown licence",
        "Licence '{1}' of dataset '{0}' is neither a known SPDX identifier nor an absolute URI",
        "A reuser must know the terms of reuse; a licence the catalogue cannot resolve is no licence to a harvester.");

    public static readonly DiagnosticDescriptor InvalidRetention = Create(
        RuleIdentifiers.InvalidRetention,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "Retention is not an ISO 8601 duration",
        "Retention '{1}' of dataset '{0}' is not an ISO 8601 duration such as P5Y or P18M",
        "The record of processing states how long data is kept; an unreadable duration cannot be checked or enforced.");

    public static readonly DiagnosticDescriptor UnknownUpdateFrequency = Create(
        RuleIdentifiers.UnknownUpdateFrequency,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "Unknown update frequency",
        "Update frequency '{1}' of dataset '{0}' is neither an EU frequency code (DAILY, WEEKLY, MONTHLY, ANNUAL…) nor an ISO 8601 duration",
        "The catalogue maps the update frequency to the EU frequency vocabulary; a value outside it cannot be published.");

    public static readonly DiagnosticDescriptor DuplicateDatasetIdentifier = Create(
        RuleIdentifiers.DuplicateDatasetIdentifier,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Error,
        "Duplicate dataset identifier",
        "Dataset identifier '{0}' is also used by '{1}'",
        "A dataset identifier names one dataset in the catalogue, its schema file and its register entry; two datasets with one identifier would replace each other, so the build writes no catalogue.");

    public static readonly DiagnosticDescriptor PersonalDataWithoutProcessingRecord = Create(
        RuleIdentifiers.PersonalDataWithoutProcessingRecord,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "Personal data without a complete record of processing",
        "Dataset '{0}' holds personal data but states no {1} (GDPR article 30 record of processing)",
        "GDPR article 30 requires the purpose, the categories of data subjects and of data, the recipients and the time limits of every processing of personal data; article 6 requires a lawful basis, and article 9(2) a condition for special categories. The register writes 'not stated' for what the code does not declare.");

    public static readonly DiagnosticDescriptor EmptyDatasetIdentifier = Create(
        RuleIdentifiers.EmptyDatasetIdentifier,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Error,
        "Empty dataset identifier",
        "The dataset identifier of '{0}' is {1}: the type cannot be catalogued",
        "A dataset identifier names the dataset in the catalogue, its schema file and its register entry; a null, empty or blank identifier would leave the type out of every file.");

    public static readonly DiagnosticDescriptor CataloguePlaceholder = Create(
        RuleIdentifiers.CataloguePlaceholder,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "The catalogue uses placeholders",
        "The data catalogue of '{0}' uses placeholders: {1}",
        "Without a base IRI every catalogue IRI is https://example.invalid/…; without a controller the register names the publisher or the assembly; without a DPO contact the register has none. Set the MSBuild properties (or [assembly: DataCatalogue(BaseUri = …)] for the base IRI).",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnknownTheme = Create(
        RuleIdentifiers.UnknownTheme,
        DiagnosticCategories.Catalogue,
        DiagnosticSeverity.Warning,
        "Unknown data theme",
        "Theme '{1}' of dataset '{0}' is not an EU data-theme code (AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN)",
        "Data portals classify datasets with the EU data-theme vocabulary; an unknown code is dropped when the catalogue is harvested.");

    public static readonly DiagnosticDescriptor SettingNotUnderstood = Create(
        RuleIdentifiers.SettingNotUnderstood,
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        "A DataSteward setting is not understood",
        "'{1}' in setting '{0}' is ignored: {2}",
        "A setting DataSteward cannot read is ignored, so a source, sink or sanitiser the team meant to configure is silently missing. Fix the value in .editorconfig or .globalconfig.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ConfiguredIdMatchesNothing = Create(
        RuleIdentifiers.ConfiguredIdMatchesNothing,
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        "A configured documentation id names no symbol",
        "'{1}' in setting '{0}' names no symbol of this compilation or its references",
        "A documentation id that names nothing (a typo, a renamed member, a missing parameter list) configures nothing: the source, sink or sanitiser it was meant to add is missing.",
        WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        DiagnosticSeverity severity,
        string title,
        string messageFormat,
        string description,
        params string[] customTags) =>
        new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description,
            RuleIdentifiers.HelpLink(id),
            customTags);
}
