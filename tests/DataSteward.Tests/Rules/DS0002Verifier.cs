namespace DataSteward.Tests.Rules;

/// <summary>Shared expectations of the DS0002 tests: the message format and the whole-<c>Citizen</c> message.</summary>
internal static class DS0002
{
    /// <summary>What a serialiser writes of the shared <c>Citizen</c>: six personal members, three named.</summary>
    public const string CitizenMembers = "Citizen.FullName, Citizen.Email, Citizen.Nir and 3 more";

    public const string CitizenPhrases = "personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth; personal data; personal data: postal address";

    public static string Message(string origins, string phrases, string sink) =>
        $"'{origins}' ({phrases}) is exported by '{sink}' without pseudonymisation";

    public static string WholeCitizen(string sink) => Message(CitizenMembers, CitizenPhrases, sink);

    public static string Email(string sink) => Message("Citizen.Email", "personal data: contact", sink);

    public static string Nir(string sink) => Message("Citizen.Nir", "personal data: national identifier", sink);

    /// <summary>DS0003: special-category data, whatever the sink.</summary>
    public static string Sensitive(string origins, string phrases, string sink) =>
        $"'{origins}' ({phrases}) is exported by '{sink}' without pseudonymisation";

    /// <summary>DS0101: a name that only looks personal.</summary>
    public static string Likely(string origins, string phrase, string sink) =>
        $"'{origins}' looks like personal data ({phrase}) and is exported by '{sink}' without pseudonymisation";
}
