using System;
using System.Collections.Generic;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Recognises names that say special-category data (GDPR art. 9 and 10), in English and French, as whole words of an
/// identifier: <c>DisabilityStatus</c>, <c>Handicap</c>, <c>EtatDeSante</c>, <c>Diagnosis</c>, <c>Pathologie</c>,
/// <c>Religion</c>, <c>EthnicOrigin</c>, <c>AppartenanceSyndicale</c>, <c>SexualOrientation</c>, <c>Biometrique</c>,
/// <c>GeneticTest</c>. A neighbouring word that says the name is about software keeps it out: <c>HealthCheck</c>,
/// <c>HealthStatus</c> of a service, <c>DiagnosticSource</c>, <c>ReligionId</c>. Drives DS0100's
/// <c>[SensitiveData(category)]</c> suggestion only: the flow rules never treat a name as special-category data.
/// </summary>
internal static class SpecialCategoryNames
{
    private static readonly (string[] Words, SensitiveKind Category)[] Phrases = Build(
        ("disability", SensitiveKind.Health),
        ("disabilities", SensitiveKind.Health),
        ("handicap", SensitiveKind.Health),
        ("invalidite", SensitiveKind.Health),
        ("health", SensitiveKind.Health),
        ("health condition", SensitiveKind.Health),
        ("medical condition", SensitiveKind.Health),
        ("sante", SensitiveKind.Health),
        ("etat de sante", SensitiveKind.Health),
        ("diagnosis", SensitiveKind.Health),
        ("diagnostic", SensitiveKind.Health),
        ("diagnostic medical", SensitiveKind.Health),
        ("pathology", SensitiveKind.Health),
        ("pathologie", SensitiveKind.Health),
        ("illness", SensitiveKind.Health),
        ("maladie", SensitiveKind.Health),
        ("blood type", SensitiveKind.Health),
        ("groupe sanguin", SensitiveKind.Health),

        ("religion", SensitiveKind.ReligiousOrPhilosophicalBeliefs),
        ("religious belief", SensitiveKind.ReligiousOrPhilosophicalBeliefs),
        ("religious beliefs", SensitiveKind.ReligiousOrPhilosophicalBeliefs),
        ("croyance religieuse", SensitiveKind.ReligiousOrPhilosophicalBeliefs),
        ("confession religieuse", SensitiveKind.ReligiousOrPhilosophicalBeliefs),

        ("ethnic origin", SensitiveKind.RacialOrEthnicOrigin),
        ("ethnicity", SensitiveKind.RacialOrEthnicOrigin),
        ("racial origin", SensitiveKind.RacialOrEthnicOrigin),
        ("origine ethnique", SensitiveKind.RacialOrEthnicOrigin),
        ("origine raciale", SensitiveKind.RacialOrEthnicOrigin),

        ("trade union", SensitiveKind.TradeUnionMembership),
        ("trade union membership", SensitiveKind.TradeUnionMembership),
        ("union membership", SensitiveKind.TradeUnionMembership),
        ("appartenance syndicale", SensitiveKind.TradeUnionMembership),
        ("syndicat", SensitiveKind.TradeUnionMembership),

        ("sexual orientation", SensitiveKind.SexLifeOrSexualOrientation),
        ("orientation sexuelle", SensitiveKind.SexLifeOrSexualOrientation),
        ("sex life", SensitiveKind.SexLifeOrSexualOrientation),
        ("vie sexuelle", SensitiveKind.SexLifeOrSexualOrientation),

        ("biometric", SensitiveKind.Biometric),
        ("biometrics", SensitiveKind.Biometric),
        ("biometrique", SensitiveKind.Biometric),
        ("biometriques", SensitiveKind.Biometric),
        ("fingerprint", SensitiveKind.Biometric),
        ("empreinte digitale", SensitiveKind.Biometric),

        ("genetic", SensitiveKind.Genetic),
        ("genetique", SensitiveKind.Genetic),
        ("genome", SensitiveKind.Genetic),

        ("political opinion", SensitiveKind.PoliticalOpinions),
        ("political opinions", SensitiveKind.PoliticalOpinions),
        ("opinion politique", SensitiveKind.PoliticalOpinions),
        ("opinions politiques", SensitiveKind.PoliticalOpinions),

        ("criminal record", SensitiveKind.CriminalOffences),
        ("criminal conviction", SensitiveKind.CriminalOffences),
        ("casier judiciaire", SensitiveKind.CriminalOffences));

    // Words next to the phrase that say it names a piece of software, not a person's data.
    private static readonly HashSet<string> Neutralisers = new(StringComparer.Ordinal)
    {
        "check", "checks", "checker", "probe", "probes", "endpoint", "monitor", "monitoring", "report", "reporter",
        "service", "services", "server", "system", "app", "application", "api", "cluster", "node", "database", "db",
        "dependency", "ping", "url", "uri", "route", "path", "options", "settings", "config", "configuration",
        "builder", "handler", "manager", "factory", "provider", "publisher", "policy", "source", "listener",
        "descriptor", "severity", "level", "log", "logger", "trace", "tracing", "message", "messages", "id", "ids",
        "code", "key", "type", "kind", "mode", "enabled", "count", "result", "results", "info", "suppressor",
        "analyzer", "analyser", "bar", "points", "regen", "pack", "sensor", "scanner", "reader", "template",
    };

    // "status" and "state" describe a person's disability or health ("DisabilityStatus") but a service's health too
    // ("HealthStatus", "HealthState"): after "health" or "sante" they say software.
    private static readonly HashSet<string> HealthWordNeutralisers = new(StringComparer.Ordinal) { "status", "state", "etat" };

    /// <summary>
    /// The special category the name says, or null. Not cached here: the classifier of each compilation caches the
    /// answers (<see cref="PersonalDataClassifier.SpecialCategoryOfName"/>), so nothing outlives the compilation.
    /// </summary>
    public static SensitiveKind? Match(string name) =>
        string.IsNullOrEmpty(name) || name.Length > 80
            ? null
            : Compute(IdentifierWords.Split(name)) is ({ } category, false) ? category : null;

    /// <summary>
    /// Whether the name holds a special-category word that a neighbour turns into software (<c>HealthStatus</c>,
    /// <c>HealthCheckResult</c>): a member of such a type is the health of a service, whatever the member's name.
    /// </summary>
    public static bool NamesSoftware(string name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 80
        && Compute(IdentifierWords.Split(name)) is (_, true);

    private static readonly Dictionary<string, (string[] Words, SensitiveKind Category)[]> PhrasesByFirstWord = PhraseIndex.ByFirstWord(Phrases);

    // The first phrase found, longest first as in NameHeuristics ("trade union membership" before "union membership"),
    // and whether a neighbouring word neutralises it.
    private static (SensitiveKind Category, bool Neutralised)? Compute(List<string> words)
    {
        for (int length = 3; length >= 1; length--)
        {
            for (int start = 0; start + length <= words.Count; start++)
            {
                if (!PhrasesByFirstWord.TryGetValue(words[start], out (string[] Words, SensitiveKind Category)[]? candidates))
                {
                    continue;
                }

                foreach ((string[] phrase, SensitiveKind category) in candidates)
                {
                    if (phrase.Length == length && Matches(words, start, phrase))
                    {
                        return (category, IsNeutralised(words, start, length));
                    }
                }
            }
        }

        return null;
    }

    private static bool Matches(List<string> words, int start, string[] phrase)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNeutralised(List<string> words, int start, int length)
    {
        bool healthWord = length == 1 && words[start] is "health" or "sante";
        return IsNeutraliser(words, start - 1, healthWord) || IsNeutraliser(words, start + length, healthWord);
    }

    private static bool IsNeutraliser(List<string> words, int index, bool healthWord) =>
        index >= 0 && index < words.Count
        && (Neutralisers.Contains(words[index]) || (healthWord && HealthWordNeutralisers.Contains(words[index])));

    private static (string[] Words, SensitiveKind Category)[] Build(params (string Phrase, SensitiveKind Category)[] entries)
    {
        var result = new (string[] Words, SensitiveKind Category)[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            result[i] = (entries[i].Phrase.Split(' '), entries[i].Category);
        }

        return result;
    }
}
