namespace DataSteward.Tool.Map;

/// <summary>The stable codes the map's JSON outputs use for access levels and legal bases (labels are the site's, per language).</summary>
internal static class Codes
{
    public static string Access(DatasetAccess access) => access switch
    {
        DatasetAccess.Public => "public",
        DatasetAccess.Restricted => "restricted",
        _ => "non-public",
    };

    public static string LegalBasis(LawfulBasis basis) => basis switch
    {
        LawfulBasis.Consent => "consent",
        LawfulBasis.Contract => "contract",
        LawfulBasis.LegalObligation => "legal-obligation",
        LawfulBasis.VitalInterests => "vital-interests",
        LawfulBasis.PublicTask => "public-task",
        _ => "legitimate-interests",
    };
}
