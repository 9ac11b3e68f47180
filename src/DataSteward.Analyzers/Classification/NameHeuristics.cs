using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Recognises names that say personal data, in English and French, as whole words of an identifier
/// (<c>customerEmail</c>, <c>date_de_naissance</c>, <c>GetTelephone</c>, <c>"postcode"</c>), and keeps out the
/// false friends that share a word with them (<c>FileName</c>, <c>HostName</c>, <c>Nominal</c>, <c>ServerAddress</c>).
/// </summary>
internal static class NameHeuristics
{
    // Phrases are matched as consecutive words; the longest match wins, so "email address" is contact, not postal.
    private static readonly (string[] Words, DataKind Kind)[] Phrases = Build(
        ("email", DataKind.ContactDetails),
        ("e mail", DataKind.ContactDetails),
        ("mail address", DataKind.ContactDetails),
        ("adresse mail", DataKind.ContactDetails),
        ("adresse email", DataKind.ContactDetails),
        ("courriel", DataKind.ContactDetails),
        ("phone", DataKind.ContactDetails),
        ("telephone", DataKind.ContactDetails),
        ("phone number", DataKind.ContactDetails),
        ("mobile number", DataKind.ContactDetails),
        ("mobile phone", DataKind.ContactDetails),
        ("cell phone", DataKind.ContactDetails),
        ("tel", DataKind.ContactDetails),
        ("fax", DataKind.ContactDetails),
        ("msisdn", DataKind.ContactDetails),

        ("first name", DataKind.Name),
        ("firstname", DataKind.Name),
        ("last name", DataKind.Name),
        ("lastname", DataKind.Name),
        ("given name", DataKind.Name),
        ("family name", DataKind.Name),
        ("middle name", DataKind.Name),
        ("maiden name", DataKind.Name),
        ("birth name", DataKind.Name),
        ("full name", DataKind.Name),
        ("fullname", DataKind.Name),
        ("surname", DataKind.Name),
        ("forename", DataKind.Name),
        ("prenom", DataKind.Name),
        ("prenoms", DataKind.Name),
        ("nom", DataKind.Name),
        ("nom de naissance", DataKind.Name),
        ("nom de famille", DataKind.Name),
        ("nom d usage", DataKind.Name),
        ("nom usage", DataKind.Name),
        ("nom complet", DataKind.Name),

        ("birth date", DataKind.DateOfBirth),
        ("birthdate", DataKind.DateOfBirth),
        ("date of birth", DataKind.DateOfBirth),
        ("birthday", DataKind.DateOfBirth),
        ("dob", DataKind.DateOfBirth),
        ("date de naissance", DataKind.DateOfBirth),
        ("date naissance", DataKind.DateOfBirth),
        ("naissance", DataKind.DateOfBirth),

        ("address", DataKind.PostalAddress),
        ("adresse", DataKind.PostalAddress),
        ("street", DataKind.PostalAddress),
        ("street address", DataKind.PostalAddress),
        ("address line", DataKind.PostalAddress),
        ("postcode", DataKind.PostalAddress),
        ("post code", DataKind.PostalAddress),
        ("postal code", DataKind.PostalAddress),
        ("postalcode", DataKind.PostalAddress),
        ("zip code", DataKind.PostalAddress),
        ("zipcode", DataKind.PostalAddress),
        ("code postal", DataKind.PostalAddress),
        ("rue", DataKind.PostalAddress),

        ("nir", DataKind.NationalIdentifier),
        ("ssn", DataKind.NationalIdentifier),
        ("social security number", DataKind.NationalIdentifier),
        ("social security", DataKind.NationalIdentifier),
        ("numero de securite sociale", DataKind.NationalIdentifier),
        ("numero securite sociale", DataKind.NationalIdentifier),
        ("securite sociale", DataKind.NationalIdentifier),
        ("national id", DataKind.NationalIdentifier),
        ("national identifier", DataKind.NationalIdentifier),
        ("national identification number", DataKind.NationalIdentifier),
        ("national insurance number", DataKind.NationalIdentifier),
        ("passport", DataKind.NationalIdentifier),
        ("passport number", DataKind.NationalIdentifier),
        ("tax id", DataKind.NationalIdentifier),
        ("tax number", DataKind.NationalIdentifier),
        ("tax identification number", DataKind.NationalIdentifier),
        ("tin", DataKind.NationalIdentifier),
        ("numero fiscal", DataKind.NationalIdentifier),
        ("identity card", DataKind.NationalIdentifier),
        ("id card number", DataKind.NationalIdentifier),
        ("carte d identite", DataKind.NationalIdentifier),
        ("driving licence", DataKind.NationalIdentifier),
        ("driver license", DataKind.NationalIdentifier),
        ("drivers license", DataKind.NationalIdentifier),
        ("permis de conduire", DataKind.NationalIdentifier),
        ("licence plate", DataKind.NationalIdentifier),
        ("license plate", DataKind.NationalIdentifier),
        ("number plate", DataKind.NationalIdentifier),
        ("immatriculation", DataKind.NationalIdentifier),

        ("iban", DataKind.Financial),
        ("bic", DataKind.Financial),
        ("card number", DataKind.Financial),
        ("credit card", DataKind.Financial),
        ("account number", DataKind.Financial),
        ("bank account", DataKind.Financial),
        ("numero de compte", DataKind.Financial),
        ("salary", DataKind.Financial),
        ("salaire", DataKind.Financial),

        ("ip address", DataKind.OnlineIdentifier),
        ("ip", DataKind.OnlineIdentifier),
        ("ip adresse", DataKind.OnlineIdentifier),
        ("adresse ip", DataKind.OnlineIdentifier),
        ("username", DataKind.OnlineIdentifier),
        ("user name", DataKind.OnlineIdentifier),

        ("latitude", DataKind.Location),
        ("longitude", DataKind.Location),
        ("geolocation", DataKind.Location),
        ("geo location", DataKind.Location));

    // A phrase preceded or followed by one of these words names something else: "file name", "email template".
    private static readonly HashSet<string> Neutralisers = new(StringComparer.Ordinal)
    {
        "template", "sender", "from", "noreply", "support", "service", "admin", "system", "queue", "reply",
        "type", "file", "class", "method", "property", "field", "table", "column", "schema", "key", "setting",
        "config", "configuration", "header", "format", "validator", "validation", "regex", "pattern", "is", "has",
        "count", "length", "enabled", "confirmed", "verified", "required", "valid", "invalid", "changed", "hash",
        "hashed", "masked", "pseudonym", "pseudonymised", "pseudonymized", "token", "domain", "provider", "policy",
        "smtp", "server", "host", "proxy", "gateway", "bind", "listen", "listener", "local", "loopback",

        // Code objects named after the data they handle: "EmailOptions", "PhoneValidator", "AddressRepository".
        "options", "option", "settings", "factory", "builder", "handler", "manager", "repository", "store",
        "job", "worker", "controller", "helper", "util", "utils", "formatter", "parser", "generator", "renderer",
        "id", "ids", "guid", "uid", "kind", "mode", "by", "status", "subject", "body", "message", "sent", "enum", "dto",

        // French technical words: "NomFichier", "AdresseServeur", "NomCommune", "NomEtablissement".
        "fichier", "serveur", "commune", "etablissement", "entreprise", "societe", "organisme", "produit", "modele",
        "champ", "colonne", "ville", "pays", "region", "departement", "site", "application", "projet", "document",
        "dossier", "repertoire", "hote", "machine", "reseau", "domaine", "variable", "parametre", "balise", "cle",
        "service", "structure", "agence", "banque", "logiciel", "table", "base", "serveurs", "flux", "lot",
    };

    // Around an address, these say network or memory, not a home: "remote address", "base address", "mac address".
    private static readonly HashSet<string> AddressNeutralisers = new(StringComparer.Ordinal)
    {
        "base", "memory", "network", "remote", "mac", "web", "url", "uri", "endpoint", "broadcast", "multicast",
        "pointer", "ptr", "offset", "ip", "ipv4", "ipv6", "email", "mail", "physical", "virtual", "return", "start", "end", "device", "client",
    };

    /// <summary>
    /// The kind of personal data the name says, or null. Not cached here: the classifier of each compilation caches
    /// the answers (<see cref="PersonalDataClassifier.KindOfName"/>), so nothing outlives the compilation.
    /// </summary>
    public static DataKind? Match(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 80)
        {
            return null;
        }

        return Compute(IdentifierWords.Split(name));
    }

    // Longest phrases first; the words of a phrase, neutralised or not, are not read again on their own, so the
    // "address" of "ServerIpAddress" is not a home address.
    private static DataKind? Compute(List<string> words)
    {
        var covered = new bool[words.Count];
        DataKind? best = null;
        for (int length = MaxPhraseLength; length >= 1; length--)
        {
            for (int start = 0; start + length <= words.Count; start++)
            {
                foreach ((string[] phrase, DataKind kind) in Phrases)
                {
                    if (phrase.Length != length || IsCovered(covered, start, length) || !Matches(words, start, phrase))
                    {
                        continue;
                    }

                    for (int i = start; i < start + length; i++)
                    {
                        covered[i] = true;
                    }

                    if (best is null && !IsNeutralised(words, start, length, kind))
                    {
                        best = kind;
                    }
                }
            }
        }

        return best;
    }

    private static readonly int MaxPhraseLength = LongestPhrase();

    private static int LongestPhrase()
    {
        int longest = 0;
        foreach ((string[] phrase, DataKind _) in Phrases)
        {
            longest = Math.Max(longest, phrase.Length);
        }

        return longest;
    }

    private static bool IsCovered(bool[] covered, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            if (covered[i])
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(List<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (int i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNeutralised(List<string> words, int start, int length, DataKind kind)
    {
        // Only the neighbours decide: "HomeAddress" is postal, "ServerAddress" and "AddressFormat" are not.
        return IsNeutraliser(words, start - 1, kind) || IsNeutraliser(words, start + length, kind);
    }

    private static bool IsNeutraliser(List<string> words, int index, DataKind kind) =>
        index >= 0 && index < words.Count
        && (Neutralisers.Contains(words[index]) || (kind == DataKind.PostalAddress && AddressNeutralisers.Contains(words[index])));

    private static (string[] Words, DataKind Kind)[] Build(params (string Phrase, DataKind Kind)[] entries)
    {
        var result = new (string[] Words, DataKind Kind)[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            result[i] = (entries[i].Phrase.Split(' '), entries[i].Kind);
        }

        return result;
    }
}
