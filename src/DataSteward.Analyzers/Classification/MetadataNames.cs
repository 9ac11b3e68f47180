namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Metadata names of the types DataSteward recognises. The analysers and the generator find them by name,
/// so a consumer's code is analysed whether or not DataSteward.dll is loaded in the compiler.
/// </summary>
internal static class MetadataNames
{
    public const string PersonalDataAttribute = "DataSteward.PersonalDataAttribute";
    public const string SensitiveDataAttribute = "DataSteward.SensitiveDataAttribute";
    public const string PseudonymisedAttribute = "DataSteward.PseudonymisedAttribute";
    public const string PseudonymiserAttribute = "DataSteward.PseudonymiserAttribute";
    public const string NotPersonalDataAttribute = "DataSteward.NotPersonalDataAttribute";
    public const string DataSinkAttribute = "DataSteward.DataSinkAttribute";
    public const string DatasetAttribute = "DataSteward.DatasetAttribute";
    public const string DataCatalogueAttribute = "DataSteward.DataCatalogueAttribute";
    public const string HmacPseudonymiser = "DataSteward.HmacPseudonymiser";

    public const string IdentityPersonalDataAttribute = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
    public const string IdentityProtectedPersonalDataAttribute = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
    public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
    public const string NoDataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute";
    public const string UnknownDataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute";
    public const string Redactor = "Microsoft.Extensions.Compliance.Redaction.Redactor";
    public const string DataProtector = "Microsoft.AspNetCore.DataProtection.IDataProtector";
    public const string DataProtectionExtensions = "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions";
}
