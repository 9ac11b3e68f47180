namespace DataSteward;

/// <summary>The kind of personal data a member holds; it names the category in messages and in the catalogue.</summary>
public enum PersonalDataKind
{
    /// <summary>Personal data whose kind is not stated.</summary>
    Unspecified = 0,

    /// <summary>A person's name: first name, last name, birth name, full name.</summary>
    Name,

    /// <summary>Contact details: e-mail address, telephone number.</summary>
    ContactDetails,

    /// <summary>A postal address or a part of one (street, postcode, city).</summary>
    PostalAddress,

    /// <summary>A national identifier: social security number (NIR), tax number, passport or identity card number.</summary>
    NationalIdentifier,

    /// <summary>A date of birth.</summary>
    DateOfBirth,

    /// <summary>A location: coordinates, a place of residence finer than a region.</summary>
    Location,

    /// <summary>Financial data: IBAN, BIC, card number, income.</summary>
    Financial,

    /// <summary>An online identifier: IP address, user name, device or cookie identifier.</summary>
    OnlineIdentifier,

    /// <summary>Any other personal data.</summary>
    Other,
}
