using System;
using System.ComponentModel.DataAnnotations;
using DataSteward;

[assembly: DataCatalogue(
    Title = "Ville de Saint-Exemple — population services",
    Description = "Datasets held by the population office of the municipality of Saint-Exemple.",
    Publisher = "Ville de Saint-Exemple",
    ContactPoint = "mailto:open-data@saint-exemple.example",
    HomePage = "https://www.saint-exemple.example/",
    License = "etalab-2.0")]

namespace CitizenServices.Models;

/// <summary>A municipal office where residents can register, renew an identity card or ask for a certificate.</summary>
[Dataset(
    "service-points",
    Title = "Population service points",
    Description = "Offices of the population service with their address, position and opening hours; open data.",
    Access = DatasetAccess.Public,
    License = "etalab-2.0",
    Themes = new[] { "GOVE", "REGI" },
    Keywords = new[] { "mairie", "service public", "opening hours" },
    UpdateFrequency = "MONTHLY",
    ReferenceData = true)]
public sealed class ServicePoint
{
    /// <summary>Stable code of the office.</summary>
    [Key]
    [MaxLength(12)]
    public required string Code { get; init; }

    /// <summary>Name of the office, as signposted.</summary>
    [Required]
    public required string Name { get; init; }

    /// <summary>Street address of the office (a public building, not a person's home).</summary>
    [NotPersonalData]
    public required string Address { get; init; }

    /// <summary>WGS 84 latitude of the entrance (of a public building, not of a person).</summary>
    [NotPersonalData]
    [Range(-90, 90)]
    public double Latitude { get; init; }

    /// <summary>WGS 84 longitude of the entrance.</summary>
    [NotPersonalData]
    [Range(-180, 180)]
    public double Longitude { get; init; }

    /// <summary>Opening hours in the OpenStreetMap opening_hours syntax.</summary>
    public string? OpeningHours { get; init; }

    /// <summary>Whether the office is accessible to wheelchair users.</summary>
    public bool StepFreeAccess { get; init; }
}
