using System;

namespace DataSteward;

/// <summary>Catalogue-level metadata, and the defaults of every dataset of the assembly.</summary>
/// <example><code>
/// [assembly: DataCatalogue(Title = "Ministry of Civil Affairs", Publisher = "Ministry of Civil Affairs",
///     ContactPoint = "mailto:data@civil-affairs.example", License = "etalab-2.0")]
/// </code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class DataCatalogueAttribute : Attribute
{
    /// <summary>The catalogue's title.</summary>
    public string? Title { get; set; }

    /// <summary>What the catalogue covers.</summary>
    public string? Description { get; set; }

    /// <summary>The publishing organisation, and the default publisher of every dataset.</summary>
    public string? Publisher { get; set; }

    /// <summary>The default contact point: a <c>mailto:</c> address or a URL.</summary>
    public string? ContactPoint { get; set; }

    /// <summary>The catalogue's home page.</summary>
    public string? HomePage { get; set; }

    /// <summary>The default licence: an SPDX id or a licence URI.</summary>
    public string? License { get; set; }

    /// <summary>
    /// The base of every IRI of the catalogue (an absolute URI such as <c>https://data.example.org/</c>). The MSBuild
    /// property <c>DataStewardCatalogueBaseUri</c> wins when both are set.
    /// </summary>
    public string? BaseUri { get; set; }
}
