using System;
using System.Collections.Generic;

namespace DataSteward.Catalogue;

/// <summary>
/// The data catalogue of one assembly, as the DataSteward generator reads it from the code: what
/// <c>[assembly: DataCatalogue]</c> declares, the MSBuild settings of the project, and every <c>[Dataset]</c> type.
/// The renderers (<see cref="CatalogueRenderer"/>) turn it into the DCAT-AP catalogue, the Table Schemas and the GDPR
/// article 30 register; <see cref="CatalogueModelSerializer"/> reads and writes its compact JSON form.
/// </summary>
/// <remarks>
/// A project's own catalogue is compiled into it (<see cref="CatalogueModelSerializer.AssemblyMetadataKey"/>; read it
/// with <c>DataSteward.Generated.DataCatalogue.ReadModel()</c>); the build writes it beside the documents as
/// <c>datacatalogue/catalogue.model.json</c>.
/// </remarks>
public sealed class DataCatalogueModel
{
    /// <summary>The name of the assembly the catalogue describes (the controller and publisher of last resort).</summary>
    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>The catalogue's title (<c>[assembly: DataCatalogue(Title = …)]</c>), or null.</summary>
    public string? Title { get; set; }

    /// <summary>What the catalogue covers, or null.</summary>
    public string? Description { get; set; }

    /// <summary>The publishing organisation, the default publisher of every dataset; or null.</summary>
    public string? Publisher { get; set; }

    /// <summary>The default contact point (a <c>mailto:</c> address or a URL), or null.</summary>
    public string? ContactPoint { get; set; }

    /// <summary>The catalogue's home page, or null.</summary>
    public string? HomePage { get; set; }

    /// <summary>The default licence (an SPDX id or a licence URI), or null.</summary>
    public string? License { get; set; }

    /// <summary>The base IRI declared in code (<c>[assembly: DataCatalogue(BaseUri = …)]</c>), or null; the MSBuild setting wins.</summary>
    public string? BaseUri { get; set; }

    /// <summary>The project's MSBuild settings (<c>DataStewardCatalogueBaseUri</c>, <c>DataStewardController</c>…).</summary>
    public CatalogueSettings Settings { get; set; } = new();

    /// <summary>The datasets, sorted by identifier.</summary>
    public IList<CatalogueDataset> Datasets { get; } = new List<CatalogueDataset>();

    /// <summary>
    /// The identifiers that more than one dataset uses, each with the types that use it, both in ordinal order; empty
    /// when every identifier is unique. Such a catalogue cannot be rendered: one dataset would replace another.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FindDuplicateIdentifiers()
    {
        var byIdentifier = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (CatalogueDataset dataset in Datasets)
        {
            if (!byIdentifier.TryGetValue(dataset.Identifier, out List<string>? types))
            {
                types = new List<string>();
                byIdentifier.Add(dataset.Identifier, types);
            }

            types.Add(dataset.TypeName);
        }

        var duplicates = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<string>> entry in byIdentifier)
        {
            if (entry.Value.Count > 1)
            {
                entry.Value.Sort(StringComparer.Ordinal);
                duplicates.Add(entry.Key, entry.Value);
            }
        }

        return duplicates;
    }
}
