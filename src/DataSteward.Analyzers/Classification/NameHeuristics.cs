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
    // A person's role: followed by a name it names that person ("BuyerName", "CardHolderName", "NomDemandeur");
    // not "sender", which in code is the application's own From address ("SenderEmail" of the mail settings), nor English
    // "client" and "member", which in code are an OAuth or HTTP client ("Client.ClientName") and a type's member
    // ("CallerMemberName"); French "client" is a customer, and "NomClient" is found by "nom";
    // in French, after a personal attribute, the attribute is still the head ("TelephoneContact", "CourrielUsager").
    private static readonly string[] PersonRoles =
    [
        "buyer", "customer", "owner", "holder", "recipient", "applicant", "patient", "employee",
        "contact", "citizen", "person", "guest", "visitor", "subscriber", "volunteer", "beneficiary",
        "acheteur", "demandeur", "usager", "destinataire", "titulaire", "beneficiaire", "agent", "utilisateur",
        "expediteur", "adherent", "salarie", "personne", "requerant",
    ];

    // Phrases are matched as consecutive words; the longest match wins, so "email address" is contact, not postal.
    private static readonly (string[] Words, DataKind Kind)[] Phrases = Build(
        ("email", DataKind.ContactDetails),
        ("email address", DataKind.ContactDetails),
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
        ("login name", DataKind.OnlineIdentifier),
        ("login hint", DataKind.OnlineIdentifier),
        ("screen name", DataKind.OnlineIdentifier),

        // The address of the person's device (GDPR recital 30); a server's or a bind address is neutralised below.
        ("client ip", DataKind.OnlineIdentifier),
        ("remote ip", DataKind.OnlineIdentifier),
        ("user ip", DataKind.OnlineIdentifier),
        ("remote end point", DataKind.OnlineIdentifier),
        ("remote endpoint", DataKind.OnlineIdentifier),
        ("x forwarded for", DataKind.OnlineIdentifier),
        ("forwarded for", DataKind.OnlineIdentifier),
        ("x real ip", DataKind.OnlineIdentifier),
        ("real ip", DataKind.OnlineIdentifier),

        // Claims dumped whole (User.Claims, IssuedClaims, a log model's Claims): names, e-mails, identifiers.
        ("claims", DataKind.OnlineIdentifier),

        ("latitude", DataKind.Location),
        ("longitude", DataKind.Location),
        ("geolocation", DataKind.Location),
        ("geo location", DataKind.Location));

    private static readonly HashSet<string> PersonRoleWords = new(PersonRoles, StringComparer.Ordinal) { "user", "users", "customers", "people", "device" };

    // English puts the head last: after the data word these still name the data ("EmailAddress", "PhoneNumber",
    // "home_address_line2", "EmailText"); any other last word is the head and names something else ("AddressLine1Length").
    private static readonly HashSet<string> DataHeads = new(StringComparer.Ordinal)
    {
        "address", "addr", "number", "num", "no", "nr", "value", "values", "text", "str", "string", "raw", "input",
        "line", "lines", "plain", "original", "normalized", "normalised", "formatted", "trimmed", "upper", "lower",
        "box", "textbox", "list", "part", "parts", "display", "async",
    };

    // Words after one of these qualify the head before it: "UsersWithoutEmail" is a list of users, "IdsWithNullEmail" ids.
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "with", "without", "for", "of", "from", "by", "per", "to", "in", "on", "at", "via", "after", "before", "since", "until",
    };

    // French puts the head first: a phrase made of these words that starts the name is its head ("CourrielUsager").
    private static readonly HashSet<string> FrenchWords = new(StringComparer.Ordinal)
    {
        "courriel", "telephone", "nom", "prenom", "prenoms", "adresse", "naissance", "rue", "code", "postal", "numero",
        "securite", "sociale", "fiscal", "carte", "identite", "permis", "conduire", "immatriculation", "salaire", "compte",
    };

    // A phrase preceded or followed by one of these words names something else: "file name", "email template".
    private static readonly HashSet<string> Neutralisers = new(StringComparer.Ordinal)
    {
        "template", "sender", "from", "nombre", "nb", "caller", "noreply", "support", "service", "admin", "system", "queue", "reply",
        "type", "file", "class", "method", "property", "field", "table", "column", "schema", "key", "setting",
        "config", "configuration", "header", "format", "validator", "validation", "regex", "pattern", "is", "has",
        "count", "length", "enabled", "confirmed", "verified", "required", "valid", "invalid", "changed", "hash",
        "hashed", "masked", "pseudonym", "pseudonymised", "pseudonymized", "encrypted", "cipher", "ciphertext",
        "token", "domain", "provider", "policy",
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
        // A business's or a building's address is where a company works, not where a person lives (BusinessAddress1).
        "business", "company", "office", "warehouse", "branch", "site", "venue", "shop", "building",
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
                if (!PhrasesByFirstWord.TryGetValue(words[start], out (string[] Words, DataKind Kind)[]? candidates))
                {
                    continue;
                }

                foreach ((string[] phrase, DataKind kind) in candidates)
                {
                    if (phrase.Length != length || IsCovered(covered, start, length) || !Matches(words, start, phrase))
                    {
                        continue;
                    }

                    for (int i = start; i < start + length; i++)
                    {
                        covered[i] = true;
                    }

                    if (best is null && !IsNeutralised(words, start, length, kind) && HeadIsTheData(words, start, length))
                    {
                        best = kind;
                    }
                }
            }
        }

        return best;
    }

    private static readonly int MaxPhraseLength = LongestPhrase();

    private static readonly Dictionary<string, (string[] Words, DataKind Kind)[]> PhrasesByFirstWord = PhraseIndex.ByFirstWord(Phrases);

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

    /// <summary>
    /// Whether a name holds a word that says it is something other than data of <paramref name="kind"/>: the
    /// <c>serverIp</c> or <c>bindAddress</c> given for an <c>{Address}</c> hole.
    /// </summary>
    public static bool SaysSomethingElse(string name, DataKind kind)
    {
        List<string> words = IdentifierWords.Split(name);
        for (int i = 0; i < words.Count; i++)
        {
            if (IsNeutraliser(words, i, kind))
            {
                return true;
            }
        }

        return false;
    }

    // A member of a type named after a file, a code element or a place describes that thing: FileSystemMetadata.FullName,
    // PluginInfo.Name, EventLocation.Address, Venue.PostalCode. A cipher's or an encrypted record's members are ciphertext
    // (CipherLoginData.Username): pseudonymised already, not a person's data in clear.
    private static readonly HashSet<string> ThingOwners = new(StringComparer.Ordinal)
    {
        "file", "directory", "folder", "drive", "path", "assembly", "type", "method", "field", "column", "schema", "plugin",
        "namespace", "cipher", "encrypted",
    };

    // A server's or a network's address is where a machine answers, not where a person lives (a person's device is
    // not one of these: its location is the person's).
    private static readonly HashSet<string> PlaceOwners = new(StringComparer.Ordinal)
    {
        "location", "venue", "store", "shop", "site", "building", "facility", "office", "warehouse", "branch",
        "agency", "company", "organisation", "organization", "business", "station", "airport", "hotel", "restaurant",
        "server", "host", "endpoint", "proxy", "gateway", "broker", "listener", "network", "subnet",
    };

    /// <summary>
    /// Whether a member of a type of this name describes a thing rather than a person: a file's, a code element's or (for an
    /// address or a location) a place's or a machine's (<c>FileSystemMetadata</c>, <c>EventLocation</c>, <c>Venue</c>,
    /// <c>ServerDiscoveryInfo</c>).
    /// </summary>
    public static bool OwnerIsAThing(string typeName, DataKind kind)
    {
        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (ThingOwners.Contains(word) || (kind is DataKind.PostalAddress or DataKind.Location && PlaceOwners.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name says a person or a person's device ("UserLatitude", "DeviceLocation", "Customer").</summary>
    public static bool NamesAPersonOrDevice(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (PersonRoleWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the phrase at [start, start + length) is the head of the name, or qualifies a head that still is the data.
    private static bool HeadIsTheData(List<string> words, int start, int length)
    {
        for (int i = 0; i < start; i++)
        {
            if (Prepositions.Contains(words[i]))
            {
                return false;
            }
        }

        int tailEnd = start + length;
        while (tailEnd < words.Count && !Prepositions.Contains(words[tailEnd]))
        {
            tailEnd++;
        }

        if (tailEnd == start + length)
        {
            return true;
        }

        if (start == 0 && FrenchWords.Contains(words[0]))
        {
            return true;
        }

        string head = words[tailEnd - 1];
        return DataHeads.Contains(head) || IsDigits(head);
    }

    private static bool IsDigits(string word)
    {
        foreach (char c in word)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static (string[] Words, DataKind Kind)[] Build(params (string Phrase, DataKind Kind)[] entries)
    {
        var result = new List<(string[] Words, DataKind Kind)>(entries.Length + (PersonRoles.Length * 2));
        foreach ((string phrase, DataKind kind) in entries)
        {
            result.Add((phrase.Split(' '), kind));
        }

        // "BuyerName", "CardHolderName", "RecipientDisplayName": a role followed by a name is that person's name.
        foreach (string role in PersonRoles)
        {
            result.Add((new[] { role, "name" }, DataKind.Name));
            result.Add((new[] { role, "display", "name" }, DataKind.Name));
        }

        return result.ToArray();
    }
}
