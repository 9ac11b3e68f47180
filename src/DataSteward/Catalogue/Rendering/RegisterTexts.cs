namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// The words of the register and of the catalogue's default texts in one language: headings, enumeration values and
/// the phrase for what the code does not state. English, and French with the headings of the CNIL's register model.
/// JSON keys are not translated (they are for programs); values and CSV headings are.
/// </summary>
internal sealed class RegisterTexts
{
    private RegisterTexts(string language)
    {
        Language = language;
    }

    /// <summary>The BCP 47 tag written on DCAT literals when a language is set (<c>en</c>, <c>fr</c>).</summary>
    public string Language { get; }

    public string NotStated { get; private set; } = string.Empty;

    /// <summary>The CSV separator: ',' in English; ';' in French, as French spreadsheets expect.</summary>
    public char CsvSeparator { get; private set; } = ',';

    /// <summary>Whether register.csv starts with a UTF-8 byte-order mark (French spreadsheets need it to read accents).</summary>
    public bool CsvByteOrderMark { get; private set; }

    public string[] CsvHeadings { get; private set; } = [];

    public string SpecialCategoryMarker { get; private set; } = string.Empty;

    public string PseudonymisedFields { get; private set; } = string.Empty;

    public string DefaultCatalogueTitleFormat { get; private set; } = string.Empty;

    public string DefaultCatalogueDescriptionFormat { get; private set; } = string.Empty;

    private string[] lawfulBases = [];
    private string[] conditions = [];
    private string[] kinds = [];
    private string[] specialCategories = [];
    private string[] access = [];
    private string unspecifiedKind = string.Empty;
    private string unspecifiedSpecialCategory = string.Empty;

    public static RegisterTexts English { get; } = new("en")
    {
        NotStated = "not stated",
        CsvHeadings =
        [
            "dataset", "title", "controller", "dpo_contact", "purpose", "legal_basis", "data_subjects", "personal_data",
            "special_categories", "special_category_condition", "recipients", "retention", "security_measures",
        ],
        SpecialCategoryMarker = "special category",
        PseudonymisedFields = "pseudonymised fields: ",
        DefaultCatalogueTitleFormat = "{0} data catalogue",
        DefaultCatalogueDescriptionFormat = "Datasets of {0}, described from its annotated models.",
        lawfulBases =
        [
            "consent (GDPR art. 6(1)(a))",
            "contract (GDPR art. 6(1)(b))",
            "legal obligation (GDPR art. 6(1)(c))",
            "vital interests (GDPR art. 6(1)(d))",
            "public task (GDPR art. 6(1)(e))",
            "legitimate interests (GDPR art. 6(1)(f))",
        ],
        conditions =
        [
            "explicit consent (GDPR art. 9(2)(a))",
            "employment, social security and social protection law (GDPR art. 9(2)(b))",
            "vital interests of a person incapable of giving consent (GDPR art. 9(2)(c))",
            "not-for-profit body with a political, philosophical, religious or trade union aim (GDPR art. 9(2)(d))",
            "made manifestly public by the data subject (GDPR art. 9(2)(e))",
            "legal claims or courts acting in their judicial capacity (GDPR art. 9(2)(f))",
            "substantial public interest, on the basis of Union or Member State law (GDPR art. 9(2)(g))",
            "preventive or occupational medicine, health or social care (GDPR art. 9(2)(h))",
            "public interest in the area of public health (GDPR art. 9(2)(i))",
            "archiving in the public interest, scientific or historical research or statistics (GDPR art. 9(2)(j))",
        ],
        unspecifiedKind = "personal data",
        kinds = ["name", "contact", "postal address", "national identifier", "date of birth", "location", "financial", "online identifier", "other"],
        unspecifiedSpecialCategory = "special category",
        specialCategories =
        [
            "racial or ethnic origin", "political opinions", "religious or philosophical beliefs", "trade union membership", "genetic",
            "biometric", "health", "sex life or sexual orientation", "criminal offences",
        ],
        access = ["access: public (open data)", "access: restricted", "access: non-public"],
    };

    public static RegisterTexts French { get; } = new("fr")
    {
        NotStated = "non renseigné",
        CsvSeparator = ';',
        CsvByteOrderMark = true,
        CsvHeadings =
        [
            "Jeu de données", "Intitulé", "Responsable du traitement", "Délégué à la protection des données", "Finalité(s) du traitement",
            "Base légale", "Catégories de personnes concernées", "Catégories de données", "Données sensibles",
            "Condition de traitement des données sensibles (art. 9.2 RGPD)", "Destinataires", "Durée de conservation", "Mesures de sécurité",
        ],
        SpecialCategoryMarker = "donnée sensible",
        PseudonymisedFields = "champs pseudonymisés : ",
        DefaultCatalogueTitleFormat = "Catalogue de données de {0}",
        DefaultCatalogueDescriptionFormat = "Jeux de données de {0}, décrits à partir de ses modèles annotés.",
        lawfulBases =
        [
            "consentement (art. 6.1.a RGPD)",
            "exécution d'un contrat (art. 6.1.b RGPD)",
            "obligation légale (art. 6.1.c RGPD)",
            "sauvegarde des intérêts vitaux (art. 6.1.d RGPD)",
            "mission d'intérêt public (art. 6.1.e RGPD)",
            "intérêt légitime (art. 6.1.f RGPD)",
        ],
        conditions =
        [
            "consentement explicite (art. 9.2.a RGPD)",
            "droit du travail, de la sécurité sociale et de la protection sociale (art. 9.2.b RGPD)",
            "sauvegarde des intérêts vitaux d'une personne incapable de consentir (art. 9.2.c RGPD)",
            "organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale (art. 9.2.d RGPD)",
            "données manifestement rendues publiques par la personne concernée (art. 9.2.e RGPD)",
            "constatation, exercice ou défense d'un droit en justice (art. 9.2.f RGPD)",
            "motif d'intérêt public important, sur la base du droit de l'Union ou d'un État membre (art. 9.2.g RGPD)",
            "médecine préventive ou du travail, prise en charge sanitaire ou sociale (art. 9.2.h RGPD)",
            "intérêt public dans le domaine de la santé publique (art. 9.2.i RGPD)",
            "archivage dans l'intérêt public, recherche scientifique ou historique, statistiques (art. 9.2.j RGPD)",
        ],
        unspecifiedKind = "donnée personnelle",
        kinds =
        [
            "nom", "coordonnées", "adresse postale", "identifiant national", "date de naissance", "localisation", "données financières",
            "identifiant en ligne", "autre",
        ],
        unspecifiedSpecialCategory = "donnée sensible",
        specialCategories =
        [
            "origine raciale ou ethnique", "opinions politiques", "convictions religieuses ou philosophiques", "appartenance syndicale",
            "données génétiques", "données biométriques", "santé", "vie sexuelle ou orientation sexuelle", "infractions et condamnations pénales",
        ],
        access = ["accès : public (données ouvertes)", "accès : restreint", "accès : non public"],
    };

    /// <summary>The texts for a <c>DataStewardCatalogueLanguage</c> value; null when the value is not a supported language.</summary>
    public static RegisterTexts? For(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        null or "" or "en" => English,
        "fr" => French,
        _ => null,
    };

    public string LawfulBasis(LawfulBasis basis) => Pick(lawfulBases, (int)basis, NotStated);

    public string Condition(SpecialCategoryCondition condition) => Pick(conditions, (int)condition, NotStated);

    public string Access(DatasetAccess value) => Pick(access, (int)value, access[2]);

    /// <summary>The category word of a classified field (<c>contact</c>, <c>santé</c>); null when it is not personal.</summary>
    public string? Category(CatalogueField field) => field.Classification switch
    {
        FieldClassification.SpecialCategory => field.SpecialCategory is { } category ? Pick(specialCategories, (int)category, unspecifiedSpecialCategory) : unspecifiedSpecialCategory,
        FieldClassification.Personal => field.Kind == PersonalDataKind.Unspecified ? unspecifiedKind : Pick(kinds, (int)field.Kind - 1, unspecifiedKind),
        _ => null,
    };

    private static string Pick(string[] values, int index, string fallback) => index >= 0 && index < values.Length ? values[index] : fallback;
}
