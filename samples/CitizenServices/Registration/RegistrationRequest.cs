using System;
using DataSteward;

namespace CitizenServices.Registration;

/// <summary>What a resident fills in at the population office's counter or on the online form.</summary>
public sealed record RegistrationRequest(
    [property: PersonalData(PersonalDataKind.Name)] string GivenName,
    [property: PersonalData(PersonalDataKind.Name)] string FamilyName,
    [property: PersonalData(PersonalDataKind.ContactDetails)] string Email,
    [property: PersonalData(PersonalDataKind.DateOfBirth)] DateOnly DateOfBirth,
    [property: PersonalData(PersonalDataKind.NationalIdentifier)] string Nir,
    string District);
