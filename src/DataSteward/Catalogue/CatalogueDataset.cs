using System.Collections.Generic;

namespace DataSteward.Catalogue;

/// <summary>One <c>[Dataset]</c> type of the catalogue: its attribute's values and its fields. A null value was not declared.</summary>
public sealed class CatalogueDataset
{
    /// <summary>The dataset's identifier (<c>dct:identifier</c>), unique in the catalogue.</summary>
    public string Identifier { get; set; } = string.Empty;

    /// <summary>The model type, fully qualified without <c>global::</c>.</summary>
    public string TypeName { get; set; } = string.Empty;

    /// <summary>The title.</summary>
    public string? Title { get; set; }

    /// <summary>The description: the attribute's, else the type's documentation summary.</summary>
    public string? Description { get; set; }

    /// <summary>The publisher; the catalogue's when null.</summary>
    public string? Publisher { get; set; }

    /// <summary>The contact point; the catalogue's when null.</summary>
    public string? ContactPoint { get; set; }

    /// <summary>The licence (an SPDX id or a licence URI); the catalogue's when null.</summary>
    public string? License { get; set; }

    /// <summary>Who may access the dataset.</summary>
    public DatasetAccess Access { get; set; } = DatasetAccess.NonPublic;

    /// <summary>EU data-theme codes.</summary>
    public IList<string> Themes { get; } = new List<string>();

    /// <summary>Free keywords.</summary>
    public IList<string> Keywords { get; } = new List<string>();

    /// <summary>An EU frequency code or an ISO 8601 duration.</summary>
    public string? UpdateFrequency { get; set; }

    /// <summary>Whether the dataset is reference data.</summary>
    public bool ReferenceData { get; set; }

    /// <summary>The purpose of the processing (GDPR article 30(1)(b)).</summary>
    public string? Purpose { get; set; }

    /// <summary>The lawful basis of the processing (GDPR article 6(1)).</summary>
    public LawfulBasis? LegalBasis { get; set; }

    /// <summary>How long the data is kept, an ISO 8601 duration.</summary>
    public string? Retention { get; set; }

    /// <summary>The recipients or categories of recipients (GDPR article 30(1)(d)); empty when not stated.</summary>
    public IList<string> Recipients { get; } = new List<string>();

    /// <summary>The categories of data subjects (GDPR article 30(1)(c)); empty when not stated.</summary>
    public IList<string> DataSubjects { get; } = new List<string>();

    /// <summary>The GDPR article 9(2) condition under which special-category data is processed; null when not stated.</summary>
    public SpecialCategoryCondition? SpecialCategoryCondition { get; set; }

    /// <summary>The public fields, base type first, each level in declaration order.</summary>
    public IList<CatalogueField> Fields { get; } = new List<CatalogueField>();

    /// <summary>Whether a field holds personal or special-category data (the dataset then has a register entry).</summary>
    public bool HoldsPersonalData
    {
        get
        {
            foreach (CatalogueField member in Fields)
            {
                if (member.Classification is FieldClassification.Personal or FieldClassification.SpecialCategory)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether a field holds special-category data.</summary>
    public bool HoldsSpecialCategoryData
    {
        get
        {
            foreach (CatalogueField member in Fields)
            {
                if (member.Classification == FieldClassification.SpecialCategory)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
