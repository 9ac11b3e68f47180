namespace DataSteward.Catalogue;

/// <summary>
/// What the catalogue that gathers several projects' catalogues says of itself: its base IRI (absolute), title and
/// publisher. The projects' catalogues, datasets and agents keep their own IRIs.
/// </summary>
public sealed class OrganisationCatalogue
{
    /// <summary>Creates the description of an organisation's catalogue.</summary>
    /// <param name="baseUri">The base of the organisation catalogue's own IRIs (<c>catalogue</c>, <c>agent/…</c>).</param>
    /// <param name="title">The title, or null for "Data map" followed by the publisher.</param>
    /// <param name="publisher">The publishing organisation, or null for the publisher most of the projects' catalogues name.</param>
    public OrganisationCatalogue(string baseUri, string? title, string? publisher)
    {
        BaseUri = baseUri;
        Title = title;
        Publisher = publisher;
    }

    /// <summary>The base of the organisation catalogue's own IRIs.</summary>
    public string BaseUri { get; }

    /// <summary>The title, or null for the default.</summary>
    public string? Title { get; }

    /// <summary>The publishing organisation, or null for the default.</summary>
    public string? Publisher { get; }

    /// <summary>The organisation catalogue's IRI: the base (made absolute and ending in a separator) followed by <c>catalogue</c>.</summary>
    public string CatalogueIri => Rendering.CatalogueFacts.NormaliseBase(BaseUri) + "catalogue";
}
