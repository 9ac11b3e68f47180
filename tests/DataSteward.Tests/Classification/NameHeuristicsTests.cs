using DataSteward.Analyzers.Classification;

namespace DataSteward.Tests.Classification;

public sealed class NameHeuristicsTests
{
    [Theory]
    [InlineData("email", (int)DataKind.ContactDetails)]
    [InlineData("customerEmail", (int)DataKind.ContactDetails)]
    [InlineData("EmailAddress", (int)DataKind.ContactDetails)]
    [InlineData("e_mail", (int)DataKind.ContactDetails)]
    [InlineData("eMail", (int)DataKind.ContactDetails)]
    [InlineData("adresseMail", (int)DataKind.ContactDetails)]
    [InlineData("Courriel", (int)DataKind.ContactDetails)]
    [InlineData("numeroTelephone", (int)DataKind.ContactDetails)]
    [InlineData("téléphone", (int)DataKind.ContactDetails)]
    [InlineData("GetTelephone", (int)DataKind.ContactDetails)]
    [InlineData("FirstName", (int)DataKind.Name)]
    [InlineData("prénom", (int)DataKind.Name)]
    [InlineData("nom_de_naissance", (int)DataKind.Name)]
    [InlineData("Surname", (int)DataKind.Name)]
    [InlineData("DateOfBirth", (int)DataKind.DateOfBirth)]
    [InlineData("date_de_naissance", (int)DataKind.DateOfBirth)]
    [InlineData("dob", (int)DataKind.DateOfBirth)]
    [InlineData("HomeAddress", (int)DataKind.PostalAddress)]
    [InlineData("adressePostale", (int)DataKind.PostalAddress)]
    [InlineData("codePostal", (int)DataKind.PostalAddress)]
    [InlineData("postcode", (int)DataKind.PostalAddress)]
    [InlineData("ZipCode", (int)DataKind.PostalAddress)]
    [InlineData("IBAN", (int)DataKind.Financial)]
    [InlineData("IBANNumber", (int)DataKind.Financial)]
    [InlineData("Bic", (int)DataKind.Financial)]
    [InlineData("Nir", (int)DataKind.NationalIdentifier)]
    [InlineData("numeroDeSecuriteSociale", (int)DataKind.NationalIdentifier)]
    [InlineData("PassportNumber", (int)DataKind.NationalIdentifier)]
    [InlineData("TaxId", (int)DataKind.NationalIdentifier)]
    [InlineData("numeroFiscal", (int)DataKind.NationalIdentifier)]
    [InlineData("LicensePlate", (int)DataKind.NationalIdentifier)]
    [InlineData("immatriculation", (int)DataKind.NationalIdentifier)]
    [InlineData("IpAddress", (int)DataKind.OnlineIdentifier)]
    [InlineData("RemoteIpAddress", (int)DataKind.OnlineIdentifier)]
    [InlineData("clientIp", (int)DataKind.OnlineIdentifier)]
    [InlineData("UserName", (int)DataKind.OnlineIdentifier)]
    [InlineData("Latitude", (int)DataKind.Location)]
    [InlineData("remoteEndPoint", (int)DataKind.OnlineIdentifier)]
    [InlineData("X-Forwarded-For", (int)DataKind.OnlineIdentifier)]
    [InlineData("X-Real-IP", (int)DataKind.OnlineIdentifier)]
    [InlineData("RemoteIp", (int)DataKind.OnlineIdentifier)]
    [InlineData("screenName", (int)DataKind.OnlineIdentifier)]
    public void Recognises(string name, int kind)
    {
        Assert.Equal((DataKind)kind, NameHeuristics.Match(name));
    }

    [Theory]
    [InlineData("FileName")]
    [InlineData("HostName")]
    [InlineData("TypeName")]
    [InlineData("ClassName")]
    [InlineData("Nominal")]
    [InlineData("Nomenclature")]
    [InlineData("ServerAddress")]
    [InlineData("ServerIpAddress")]
    [InlineData("BaseAddress")]
    [InlineData("RemoteAddress")]
    [InlineData("MacAddress")]
    [InlineData("EmailTemplate")]
    [InlineData("EmailSender")]
    [InlineData("IsEmailConfirmed")]
    [InlineData("EmailCount")]
    [InlineData("Hotel")]
    [InlineData("Telegram")]
    [InlineData("Skip")]
    [InlineData("Nothing")]
    [InlineData("")]
    public void Keeps_false_friends_out(string name)
    {
        Assert.Null(NameHeuristics.Match(name));
    }

    [Theory]
    [InlineData("DateDeNaissance", new[] { "date", "de", "naissance" })]
    [InlineData("IBANNumber", new[] { "iban", "number" })]
    [InlineData("home_address_line2", new[] { "home", "address", "line", "2" })]
    [InlineData("XMLHttpRequest", new[] { "xml", "http", "request" })]
    [InlineData("prénomUsuel", new[] { "prenom", "usuel" })]
    public void Splits_identifiers_into_words(string identifier, string[] words)
    {
        Assert.Equal(words, IdentifierWords.Split(identifier));
    }
}

public sealed class NameHeuristicsCompoundTests
{
    // Issue 10, item 2: a person's role followed by a personal attribute.
    [Theory]
    [InlineData("BuyerName", (int)DataKind.Name)]
    [InlineData("CustomerName", (int)DataKind.Name)]
    [InlineData("CardHolderName", (int)DataKind.Name)]
    [InlineData("RecipientEmail", (int)DataKind.ContactDetails)]
    [InlineData("ApplicantDisplayName", (int)DataKind.Name)]
    [InlineData("NomDemandeur", (int)DataKind.Name)]
    [InlineData("TelephoneContact", (int)DataKind.ContactDetails)]
    [InlineData("nomDestinataire", (int)DataKind.Name)]
    public void Person_role_compounds_are_personal(string name, int kind)
    {
        Assert.Equal((DataKind)kind, NameHeuristics.Match(name));
    }

    [Theory]
    [InlineData("ProductName")]
    [InlineData("CompanyName")]
    [InlineData("ServiceName")]
    [InlineData("QueueName")]
    [InlineData("HostName")]
    [InlineData("EmailSender")]
    [InlineData("ClientName")]
    [InlineData("CallerMemberName")]
    public void Thing_names_are_not(string name)
    {
        Assert.Null(NameHeuristics.Match(name));
    }

    // Issue 10, item 9: the head of a compound decides; English head last, French head first.
    [Theory]
    [InlineData("customerEmail", (int)DataKind.ContactDetails)]
    [InlineData("userName", (int)DataKind.OnlineIdentifier)]
    [InlineData("EmailAddress", (int)DataKind.ContactDetails)]
    [InlineData("PhoneNumber", (int)DataKind.ContactDetails)]
    [InlineData("home_address_line2", (int)DataKind.PostalAddress)]
    [InlineData("courrielUsager", (int)DataKind.ContactDetails)]
    [InlineData("nomDemandeur", (int)DataKind.Name)]
    public void A_personal_head_is_personal(string name, int kind)
    {
        Assert.Equal((DataKind)kind, NameHeuristics.Match(name));
    }

    [Theory]
    [InlineData("emailDomain")]
    [InlineData("emailCount")]
    [InlineData("emailSent")]
    [InlineData("phoneVerified")]
    [InlineData("addressLine1Length")]
    [InlineData("grantorIdsWithNullEmail")]
    [InlineData("usersWithoutEmail")]
    [InlineData("nomFichier")]
    [InlineData("adresseServeur")]
    [InlineData("nombreCourriels")]
    [InlineData("ServerIpAddress")]
    [InlineData("BindAddress")]
    public void A_head_that_is_not_the_data_is_not_personal(string name)
    {
        Assert.Null(NameHeuristics.Match(name));
    }

    [Theory]
    [InlineData("FileSystemMetadata", (int)DataKind.Name, true)]
    [InlineData("PluginInfo", (int)DataKind.Name, true)]
    [InlineData("EventLocation", (int)DataKind.PostalAddress, true)]
    [InlineData("Venue", (int)DataKind.Location, true)]
    [InlineData("Customer", (int)DataKind.Name, false)]
    [InlineData("OrderShippedIntegrationEvent", (int)DataKind.PostalAddress, false)]
    [InlineData("Venue", (int)DataKind.Name, false)]
    public void Members_of_things_describe_the_thing(string typeName, int kind, bool thing)
    {
        Assert.Equal(thing, NameHeuristics.OwnerIsAThing(typeName, (DataKind)kind));
    }
}
