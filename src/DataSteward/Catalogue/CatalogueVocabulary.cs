using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace DataSteward.Catalogue;

/// <summary>
/// The controlled vocabularies a catalogue's metadata is checked against and mapped to: SPDX licence ids, the EU
/// data-theme and frequency authority tables (publications.europa.eu), ISO 8601 durations and absolute URIs.
/// One table each. This file is compiled into the runtime library (the renderers) and, linked, into the analysers
/// (the DS02xx checks), so a value the analyser accepts is a value the renderer maps.
/// </summary>
internal static class CatalogueVocabulary
{
    public const string AccessRightBase = "http://publications.europa.eu/resource/authority/access-right/";
    public const string DataThemeBase = "http://publications.europa.eu/resource/authority/data-theme/";
    public const string FrequencyBase = "http://publications.europa.eu/resource/authority/frequency/";
    public const string FileTypeBase = "http://publications.europa.eu/resource/authority/file-type/";

    // Keys are SPDX ids, compared case-insensitively (SPDX ids are case-insensitive); values are the licences' own IRIs.
    private static readonly Dictionary<string, string> Licences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["etalab-2.0"] = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        ["ODbL-1.0"] = "https://opendatacommons.org/licenses/odbl/1-0/",
        ["ODC-By-1.0"] = "https://opendatacommons.org/licenses/by/1-0/",
        ["PDDL-1.0"] = "https://opendatacommons.org/licenses/pddl/1-0/",
        ["CC-BY-4.0"] = "https://creativecommons.org/licenses/by/4.0/",
        ["CC-BY-SA-4.0"] = "https://creativecommons.org/licenses/by-sa/4.0/",
        ["CC0-1.0"] = "https://creativecommons.org/publicdomain/zero/1.0/",
        ["EUPL-1.2"] = "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
    };

    private static readonly HashSet<string> Themes = new(StringComparer.Ordinal)
    {
        "AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI", "SOCI", "TECH", "TRAN",
    };

    private static readonly HashSet<string> Frequencies = new(StringComparer.Ordinal)
    {
        "1MIN", "5MIN", "10MIN", "15MIN", "30MIN", "HOURLY", "BIHOURLY", "TRIHOURLY", "12HRS", "CONT", "UPDATE_CONT",
        "DAILY", "DAILY_2", "WEEKLY", "WEEKLY_2", "WEEKLY_3", "BIWEEKLY", "MONTHLY", "MONTHLY_2", "MONTHLY_3", "BIMONTHLY",
        "QUARTERLY", "ANNUAL", "ANNUAL_2", "ANNUAL_3", "BIENNIAL", "TRIENNIAL", "QUADRENNIAL", "QUINQUENNIAL", "DECENNIAL",
        "BIDECENNIAL", "TRIDECENNIAL", "IRREG", "NEVER", "OTHER", "UNKNOWN",
    };

    // An ISO 8601 duration as the record of processing uses it: PnYnMnWnDTnHnMnS, at least one component.
    private static readonly Regex Duration = new(
        @"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Scheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]+:[^\s]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool IsDuration(string? value) => value is not null && Duration.IsMatch(value);

    /// <summary>The licence IRI for an SPDX id or an absolute URI; null when neither.</summary>
    public static string? LicenceIri(string? licence)
    {
        if (licence is null)
        {
            return null;
        }

        string trimmed = licence.Trim();
        if (Licences.TryGetValue(trimmed, out string? iri))
        {
            return iri;
        }

        return IsAbsoluteUri(trimmed) ? trimmed : null;
    }

    /// <summary>
    /// An absolute URI written with its scheme (<c>https:</c>, <c>urn:</c>, <c>mailto:</c>). The scheme is checked in the text
    /// itself: on Unix, <see cref="Uri"/> also accepts <c>/a/path</c> as a file URI, which would make the result OS-dependent.
    /// </summary>
    public static bool IsAbsoluteUri(string value) =>
        Scheme.IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out Uri? _) && value.IndexOf(' ') < 0;

    public static bool IsTheme(string? code) => code is not null && Themes.Contains(code);

    public static bool IsFrequency(string? value) => value is not null && (Frequencies.Contains(value) || IsDuration(value));

    /// <summary>The EU frequency IRI: a code as is, a common duration as its code, any other duration as OTHER.</summary>
    public static string? FrequencyIri(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (Frequencies.Contains(value))
        {
            return FrequencyBase + value;
        }

        if (!IsDuration(value))
        {
            return null;
        }

        string code = value switch
        {
            "PT1H" => "HOURLY",
            "P1D" => "DAILY",
            "P1W" or "P7D" => "WEEKLY",
            "P2W" or "P14D" => "BIWEEKLY",
            "P1M" => "MONTHLY",
            "P2M" => "BIMONTHLY",
            "P3M" => "QUARTERLY",
            "P6M" => "ANNUAL_2",
            "P1Y" or "P12M" => "ANNUAL",
            "P2Y" => "BIENNIAL",
            "P3Y" => "TRIENNIAL",
            _ => "OTHER",
        };
        return FrequencyBase + code;
    }
}
