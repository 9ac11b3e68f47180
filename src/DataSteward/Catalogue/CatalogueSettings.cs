namespace DataSteward.Catalogue;

/// <summary>The catalogue settings of a project, from its MSBuild properties; a null value is not set.</summary>
public sealed class CatalogueSettings
{
    /// <summary><c>DataStewardCatalogueBaseUri</c>: the base of every IRI of the catalogue.</summary>
    public string? BaseUri { get; set; }

    /// <summary><c>DataStewardController</c>: the GDPR controller named in the register.</summary>
    public string? Controller { get; set; }

    /// <summary><c>DataStewardDpoContact</c>: the data protection officer's contact (<c>mailto:</c> or URL).</summary>
    public string? DpoContact { get; set; }

    /// <summary><c>DataStewardCatalogueTitle</c>: the catalogue's title when the code declares none.</summary>
    public string? Title { get; set; }

    /// <summary><c>DataStewardPublisher</c>: the catalogue's publisher when the code declares none.</summary>
    public string? Publisher { get; set; }

    /// <summary><c>DataStewardCatalogueLanguage</c>: the language of the register and of the catalogue's texts (<c>en</c>, <c>fr</c>); null is English.</summary>
    public string? Language { get; set; }
}
