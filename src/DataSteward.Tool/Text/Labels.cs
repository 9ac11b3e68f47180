using DataSteward.Catalogue;
using System;
using DataSteward.Tool.Checks;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Text;

/// <summary>
/// Every word the site and the Markdown reports show, in the catalogue's language: English, and French for catalogues
/// built with <c>DataStewardCatalogueLanguage=fr</c>. One instance per language; <see cref="For"/> picks it.
/// </summary>
internal sealed class Labels
{
    public static Labels English { get; } = new()
    {
        Language = "en",
        SiteTitle = "Data map",
        SkipToContent = "Skip to content",
        NavDatasets = "Datasets",
        NavPersonalData = "Personal data",
        NavRegister = "Register",
        NavChecks = "Checks",
        Search = "Search",
        SearchHint = "Title, identifier, keyword or field",
        Filters = "Filters",
        FilterAccess = "Access level",
        FilterPersonal = "Holds personal data",
        FilterSpecial = "Special categories",
        FilterTheme = "Theme",
        FilterProject = "Project",
        Any = "Any",
        Yes = "Yes",
        No = "No",
        DatasetsShown = "{0} of {1} datasets shown",
        NoMatch = "No dataset matches the search and filters.",
        Project = "Project",
        Identifier = "Identifier",
        Uri = "URI",
        Title = "Title",
        Description = "Description",
        Publisher = "Publisher",
        Contact = "Contact",
        Licence = "Licence",
        Access = "Access",
        Themes = "Themes",
        Keywords = "Keywords",
        UpdateFrequency = "Update frequency",
        Purpose = "Purpose",
        LegalBasis = "Legal basis",
        Retention = "Retention",
        DataSubjects = "Data subjects",
        Recipients = "Recipients",
        Controller = "Controller",
        DpoContact = "Data protection officer",
        Fields = "Fields",
        Field = "Field",
        Type = "Type",
        Required = "Required",
        Key = "Key",
        PersonalData = "Personal data",
        SpecialCategory = "special category",
        Pseudonymised = "pseudonymised",
        DeclaredNotPersonal = "not personal (declared)",
        NotStated = "not stated",
        TableSchema = "Table Schema",
        DatasetFacts = "About this dataset",
        PersonalDataTitle = "Personal data by kind",
        PersonalDataIntro = "Each kind of personal data, with every dataset and field that holds it.",
        Holders = "{0} fields in {1} datasets",
        RegisterTitle = "Record of processing activities (GDPR art. 30)",
        RegisterIntro = "Every dataset that holds personal data, across all projects.",
        ChecksTitle = "Checks across projects",
        ChecksIntro = "What no single project's build can see: each point compares datasets of two projects or more.",
        NoFindings = "No finding.",
        Findings = "{0} findings",
        Downloads = "Downloads",
        Projects = "Projects",
        AccessPublic = "Public",
        AccessRestricted = "Restricted",
        AccessNonPublic = "Non-public",
        BasisConsent = "Consent (art. 6(1)(a))",
        BasisContract = "Contract (art. 6(1)(b))",
        BasisLegalObligation = "Legal obligation (art. 6(1)(c))",
        BasisVitalInterests = "Vital interests (art. 6(1)(d))",
        BasisPublicTask = "Public task (art. 6(1)(e))",
        BasisLegitimateInterests = "Legitimate interests (art. 6(1)(f))",
        CheckDuplicateIdentifier = "Same dataset identifier in several projects",
        CheckDuplicateUri = "Same dataset URI in several projects",
        CheckOpenFieldPersonalElsewhere = "Open dataset field that another project classifies as personal",
        CheckRetentionDiffers = "Same kind of personal data kept for different periods",
        CheckLegalBasisDiffers = "Same kind of personal data under different legal bases",
        Value = "Value",
        Dataset = "Dataset",
    };

    public static Labels French { get; } = new()
    {
        Language = "fr",
        SiteTitle = "Cartographie des données",
        SkipToContent = "Aller au contenu",
        NavDatasets = "Jeux de données",
        NavPersonalData = "Données personnelles",
        NavRegister = "Registre",
        NavChecks = "Contrôles",
        Search = "Rechercher",
        SearchHint = "Titre, identifiant, mot-clé ou champ",
        Filters = "Filtres",
        FilterAccess = "Niveau d’accès",
        FilterPersonal = "Contient des données personnelles",
        FilterSpecial = "Catégories particulières",
        FilterTheme = "Thème",
        FilterProject = "Projet",
        Any = "Tous",
        Yes = "Oui",
        No = "Non",
        DatasetsShown = "{0} jeux de données affichés sur {1}",
        NoMatch = "Aucun jeu de données ne correspond à la recherche et aux filtres.",
        Project = "Projet",
        Identifier = "Identifiant",
        Uri = "URI",
        Title = "Titre",
        Description = "Description",
        Publisher = "Éditeur",
        Contact = "Contact",
        Licence = "Licence",
        Access = "Accès",
        Themes = "Thèmes",
        Keywords = "Mots-clés",
        UpdateFrequency = "Fréquence de mise à jour",
        Purpose = "Finalité du traitement",
        LegalBasis = "Base légale",
        Retention = "Durée de conservation",
        DataSubjects = "Catégories de personnes concernées",
        Recipients = "Destinataires",
        Controller = "Responsable du traitement",
        DpoContact = "Délégué à la protection des données",
        Fields = "Champs",
        Field = "Champ",
        Type = "Type",
        Required = "Obligatoire",
        Key = "Clé",
        PersonalData = "Données personnelles",
        SpecialCategory = "catégorie particulière",
        Pseudonymised = "pseudonymisé",
        DeclaredNotPersonal = "non personnel (déclaré)",
        NotStated = "non renseigné",
        TableSchema = "Table Schema",
        DatasetFacts = "À propos de ce jeu de données",
        PersonalDataTitle = "Données personnelles par catégorie",
        PersonalDataIntro = "Chaque catégorie de données personnelles, avec chaque jeu de données et champ qui la contient.",
        Holders = "{0} champs dans {1} jeux de données",
        RegisterTitle = "Registre des activités de traitement (RGPD art. 30)",
        RegisterIntro = "Chaque jeu de données contenant des données personnelles, tous projets confondus.",
        ChecksTitle = "Contrôles entre projets",
        ChecksIntro = "Ce qu’aucune compilation d’un seul projet ne voit : chaque point compare des jeux de données d’au moins deux projets.",
        NoFindings = "Aucun constat.",
        Findings = "{0} constats",
        Downloads = "Téléchargements",
        Projects = "Projets",
        AccessPublic = "Public",
        AccessRestricted = "Restreint",
        AccessNonPublic = "Non public",
        BasisConsent = "Consentement (art. 6.1.a)",
        BasisContract = "Contrat (art. 6.1.b)",
        BasisLegalObligation = "Obligation légale (art. 6.1.c)",
        BasisVitalInterests = "Intérêts vitaux (art. 6.1.d)",
        BasisPublicTask = "Mission d’intérêt public (art. 6.1.e)",
        BasisLegitimateInterests = "Intérêt légitime (art. 6.1.f)",
        CheckDuplicateIdentifier = "Même identifiant de jeu de données dans plusieurs projets",
        CheckDuplicateUri = "Même URI de jeu de données dans plusieurs projets",
        CheckOpenFieldPersonalElsewhere = "Champ d’un jeu de données ouvert qu’un autre projet classe comme personnel",
        CheckRetentionDiffers = "Même catégorie de données personnelles conservée pendant des durées différentes",
        CheckLegalBasisDiffers = "Même catégorie de données personnelles sous des bases légales différentes",
        Value = "Valeur",
        Dataset = "Jeu de données",
    };

    public required string Language { get; init; }
    public required string SiteTitle { get; init; }
    public required string SkipToContent { get; init; }
    public required string NavDatasets { get; init; }
    public required string NavPersonalData { get; init; }
    public required string NavRegister { get; init; }
    public required string NavChecks { get; init; }
    public required string Search { get; init; }
    public required string SearchHint { get; init; }
    public required string Filters { get; init; }
    public required string FilterAccess { get; init; }
    public required string FilterPersonal { get; init; }
    public required string FilterSpecial { get; init; }
    public required string FilterTheme { get; init; }
    public required string FilterProject { get; init; }
    public required string Any { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string DatasetsShown { get; init; }
    public required string NoMatch { get; init; }
    public required string Project { get; init; }
    public required string Identifier { get; init; }
    public required string Uri { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Publisher { get; init; }
    public required string Contact { get; init; }
    public required string Licence { get; init; }
    public required string Access { get; init; }
    public required string Themes { get; init; }
    public required string Keywords { get; init; }
    public required string UpdateFrequency { get; init; }
    public required string Purpose { get; init; }
    public required string LegalBasis { get; init; }
    public required string Retention { get; init; }
    public required string DataSubjects { get; init; }
    public required string Recipients { get; init; }
    public required string Controller { get; init; }
    public required string DpoContact { get; init; }
    public required string Fields { get; init; }
    public required string Field { get; init; }
    public required string Type { get; init; }
    public required string Required { get; init; }
    public required string Key { get; init; }
    public required string PersonalData { get; init; }
    public required string SpecialCategory { get; init; }
    public required string Pseudonymised { get; init; }
    public required string DeclaredNotPersonal { get; init; }
    public required string NotStated { get; init; }
    public required string TableSchema { get; init; }
    public required string DatasetFacts { get; init; }
    public required string PersonalDataTitle { get; init; }
    public required string PersonalDataIntro { get; init; }
    public required string Holders { get; init; }
    public required string RegisterTitle { get; init; }
    public required string RegisterIntro { get; init; }
    public required string ChecksTitle { get; init; }
    public required string ChecksIntro { get; init; }
    public required string NoFindings { get; init; }
    public required string Findings { get; init; }
    public required string Downloads { get; init; }
    public required string Projects { get; init; }
    public required string AccessPublic { get; init; }
    public required string AccessRestricted { get; init; }
    public required string AccessNonPublic { get; init; }
    public required string BasisConsent { get; init; }
    public required string BasisContract { get; init; }
    public required string BasisLegalObligation { get; init; }
    public required string BasisVitalInterests { get; init; }
    public required string BasisPublicTask { get; init; }
    public required string BasisLegitimateInterests { get; init; }
    public required string CheckDuplicateIdentifier { get; init; }
    public required string CheckDuplicateUri { get; init; }
    public required string CheckOpenFieldPersonalElsewhere { get; init; }
    public required string CheckRetentionDiffers { get; init; }
    public required string CheckLegalBasisDiffers { get; init; }
    public required string Value { get; init; }
    public required string Dataset { get; init; }

    /// <summary>French for <c>fr</c> (and <c>fr-FR</c>, <c>fr-BE</c>…), English otherwise.</summary>
    public static Labels For(string? language) =>
        language is not null && (language.Equals("fr", StringComparison.OrdinalIgnoreCase) || language.StartsWith("fr-", StringComparison.OrdinalIgnoreCase))
            ? French
            : English;

    public string AccessLabel(DatasetAccess access) => access switch
    {
        DatasetAccess.Public => AccessPublic,
        DatasetAccess.Restricted => AccessRestricted,
        _ => AccessNonPublic,
    };

    public string LegalBasisLabel(LawfulBasis? basis) => basis switch
    {
        null => NotStated,
        LawfulBasis.Consent => BasisConsent,
        LawfulBasis.Contract => BasisContract,
        LawfulBasis.LegalObligation => BasisLegalObligation,
        LawfulBasis.VitalInterests => BasisVitalInterests,
        LawfulBasis.PublicTask => BasisPublicTask,
        _ => BasisLegitimateInterests,
    };

    public string CheckLabel(CheckKind kind) => kind switch
    {
        CheckKind.DuplicateIdentifier => CheckDuplicateIdentifier,
        CheckKind.DuplicateUri => CheckDuplicateUri,
        CheckKind.OpenFieldPersonalElsewhere => CheckOpenFieldPersonalElsewhere,
        CheckKind.RetentionDiffers => CheckRetentionDiffers,
        _ => CheckLegalBasisDiffers,
    };

    public string ClassificationLabel(MapField field) => field.Classification switch
    {
        FieldClassification.SpecialCategory => field.Category + " (" + SpecialCategory + ")",
        FieldClassification.Personal => field.Category ?? PersonalData,
        FieldClassification.Pseudonymised => Pseudonymised,
        FieldClassification.NotPersonal => DeclaredNotPersonal,
        _ => string.Empty,
    };
}
