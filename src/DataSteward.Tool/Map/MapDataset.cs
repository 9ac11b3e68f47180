using DataSteward.Catalogue;
using System.Collections.Generic;

namespace DataSteward.Tool.Map;

/// <summary>
/// One dataset of one project, with everything the map shows and checks resolved: its IRI (as the project published it),
/// the effective publisher, contact and licence (the dataset's own, else its catalogue's), and the article 30 facts.
/// </summary>
internal sealed record MapDataset(
    string Project,
    string Identifier,
    string Iri,
    string Title,
    string Description,
    string Publisher,
    string? ContactPoint,
    string? Licence,
    DatasetAccess Access,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Keywords,
    string? UpdateFrequency,
    string? Purpose,
    LawfulBasis? LegalBasis,
    string? Retention,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> DataSubjects,
    string Controller,
    string? DpoContact,
    IReadOnlyList<MapField> Fields)
{
    /// <summary>Whether any field holds personal or special-category data.</summary>
    public bool HoldsPersonalData
    {
        get
        {
            foreach (MapField member in Fields)
            {
                if (member.IsPersonal)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether any field holds special-category data.</summary>
    public bool HoldsSpecialCategories
    {
        get
        {
            foreach (MapField member in Fields)
            {
                if (member.Classification == FieldClassification.SpecialCategory)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Unique in a map: the project, then the identifier.</summary>
    public string Key => Project + "/" + Identifier;
}
