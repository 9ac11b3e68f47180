using System;

namespace DataSteward;

/// <summary>
/// Declares a type as a dataset of the data catalogue. The build writes its DCAT-AP entry, its Table Schema
/// and, when it holds personal data, its GDPR article 30 record.
/// </summary>
/// <example><code>
/// [Dataset("birth-registrations", Title = "Birth registrations", Access = DatasetAccess.Restricted,
///     Purpose = "Civil status registration", LegalBasis = LawfulBasis.LegalObligation, Retention = "P75Y")]
/// public sealed class BirthRegistration { ... }
/// </code></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class DatasetAttribute : Attribute
{
    /// <summary>Declares a dataset with the given identifier.</summary>
    /// <param name="identifier">A stable identifier, unique in the catalogue (lower-case words and hyphens work best).</param>
    public DatasetAttribute(string identifier)
    {
        Identifier = identifier;
    }

    /// <summary>The dataset's stable identifier (<c>dct:identifier</c>).</summary>
    public string Identifier { get; }

    /// <summary>The dataset's title (<c>dct:title</c>).</summary>
    public string? Title { get; set; }

    /// <summary>What the dataset holds (<c>dct:description</c>).</summary>
    public string? Description { get; set; }

    /// <summary>The publishing organisation; defaults to the catalogue's publisher.</summary>
    public string? Publisher { get; set; }

    /// <summary>Where to ask about the dataset: a <c>mailto:</c> address or a URL.</summary>
    public string? ContactPoint { get; set; }

    /// <summary>An SPDX licence id (<c>etalab-2.0</c>, <c>ODbL-1.0</c>, <c>CC-BY-4.0</c>, <c>CC0-1.0</c>) or a licence URI.</summary>
    public string? License { get; set; }

    /// <summary>Who may access the dataset.</summary>
    public DatasetAccess Access { get; set; } = DatasetAccess.NonPublic;

    /// <summary>EU data-theme codes such as <c>GOVE</c>, <c>EDUC</c>, <c>HEAL</c>.</summary>
    public string[]? Themes { get; set; }

    /// <summary>Free keywords (<c>dcat:keyword</c>).</summary>
    public string[]? Keywords { get; set; }

    /// <summary>EU frequency code such as <c>DAILY</c>, <c>MONTHLY</c>, <c>ANNUAL</c>.</summary>
    public string? UpdateFrequency { get; set; }

    /// <summary>Whether the dataset is reference data (a code list, a register others rely on).</summary>
    public bool ReferenceData { get; set; }

    /// <summary>The purpose of the processing (GDPR article 30(1)(b)).</summary>
    public string? Purpose { get; set; }

    /// <summary>The lawful basis of the processing (GDPR article 6).</summary>
    public LawfulBasis LegalBasis { get; set; }

    /// <summary>How long the data is kept, as an ISO 8601 duration such as <c>P5Y</c>.</summary>
    public string? Retention { get; set; }

    /// <summary>
    /// The recipients or categories of recipients to whom the data is disclosed (GDPR article 30(1)(d)), such as
    /// <c>"the benefits office's case workers"</c>. The register writes "not stated" when absent: it invents none.
    /// </summary>
    public string[]? Recipients { get; set; }

    /// <summary>
    /// The categories of data subjects (GDPR article 30(1)(c)), such as <c>"benefit claimants"</c>. The register writes
    /// "not stated" when absent.
    /// </summary>
    public string[]? DataSubjects { get; set; }

    /// <summary>
    /// The GDPR article 9(2) condition under which the dataset's special-category data is processed. Only meaningful
    /// when a member is <c>[SensitiveData]</c>; the register writes "not stated" when absent.
    /// </summary>
    public SpecialCategoryCondition SpecialCategoryCondition { get; set; }
}
