using System;
using System.Collections.Generic;
using CitizenServices.Models;
using CitizenServices.Privacy;
using Microsoft.Extensions.Logging;

namespace CitizenServices.Registration;

/// <summary>Registers residents and keeps an operational log that must stay free of personal data.</summary>
public sealed class CitizenRegistrationService
{
    private const string LogPurpose = "operations-log";

    private readonly ILogger<CitizenRegistrationService> logger;
    private readonly CitizenPseudonyms pseudonyms;
    private readonly TimeProvider clock;
    private readonly Dictionary<string, Citizen> byNir = new(StringComparer.Ordinal);

    public CitizenRegistrationService(ILogger<CitizenRegistrationService> logger, CitizenPseudonyms pseudonyms, TimeProvider clock)
    {
        this.logger = logger;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    public int Count => byNir.Count;

    public Citizen Register(RegistrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A keyed pseudonym lets operators follow one resident's requests through the log without the NIR.
        var residentRef = pseudonyms.Pseudonymise(LogPurpose, request.Nir);

        if (request.Nir.Length != 15)
        {
            // The length says nothing about the person: it is not personal data.
            logger.LogWarning("Registration {ResidentRef} rejected: identifier has {Length} characters instead of 15", residentRef, request.Nir.Length);
            throw new ArgumentException("The NIR must have 15 characters.", nameof(request));
        }

        if (byNir.TryGetValue(request.Nir, out var existing))
        {
            logger.LogInformation("Registration {ResidentRef} already known since {RegisteredAt:O}", residentRef, existing.RegisteredAt);
            return existing;
        }

        var citizen = new Citizen
        {
            Id = Guid.NewGuid(),
            GivenName = request.GivenName,
            FamilyName = request.FamilyName,
            Email = request.Email,
            DateOfBirth = request.DateOfBirth,
            Nir = request.Nir,
            District = request.District,
            RegisteredAt = clock.GetUtcNow(),
        };
        byNir.Add(citizen.Nir, citizen);

        logger.LogInformation("Registered {ResidentRef} in district {District}", residentRef, citizen.District);

        // DELIBERATE VIOLATION, kept to show DataSteward at work: the e-mail address is written to the log in
        // clear. `dotnet build samples/CitizenServices` reports it as warning DS0001 (the sample sets
        // DataStewardFailOnViolation=false; in a real project this line fails the command-line build).
        // The fix: log pseudonyms.Pseudonymise(LogPurpose, citizen.Email), or nothing at all.
        logger.LogInformation("Confirmation e-mail queued for {Email}", citizen.Email);

        return citizen;
    }
}
