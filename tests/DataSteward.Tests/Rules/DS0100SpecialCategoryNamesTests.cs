using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Rules;

/// <summary>Issue 15, item 8: special-category names are suggested as [SensitiveData(category)]; false friends are not.</summary>
public sealed class DS0100SpecialCategoryNamesTests
{
    [Fact]
    public async Task English_and_french_special_category_names_are_suggested_as_SensitiveData()
    {
        await AnalyzerVerifier<UnclassifiedPersonalDataAnalyzer>.VerifyAsync("""
            public enum DisabilityDegree { None, Partial, Total }

            public class CreateClaimantRequest
            {
                public string {|DS0100:DisabilityStatus|} { get; set; } = "";
                public DisabilityDegree {|DS0100:Handicap|} { get; set; }
                public string {|DS0100:EtatDeSante|} { get; set; } = "";
                public string {|DS0100:Diagnosis|} { get; set; } = "";
                public string {|DS0100:Pathologie|} { get; set; } = "";
                public string {|DS0100:Religion|} { get; set; } = "";
                public string {|DS0100:OrigineEthnique|} { get; set; } = "";
                public bool {|DS0100:TradeUnionMembership|} { get; set; }
                public string {|DS0100:OrientationSexuelle|} { get; set; } = "";
                public string {|DS0100:DonneesBiometriques|} { get; set; } = "";
                public string {|DS0100:GeneticTestResult|} { get; set; } = "";
            }
            """,
            "'CreateClaimantRequest.DisabilityStatus' looks like personal data (special-category data: health) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.Handicap' looks like personal data (special-category data: health) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.EtatDeSante' looks like personal data (special-category data: health) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.Diagnosis' looks like personal data (special-category data: health) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.Pathologie' looks like personal data (special-category data: health) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.Religion' looks like personal data (special-category data: religious or philosophical beliefs) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.OrigineEthnique' looks like personal data (special-category data: racial or ethnic origin) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.TradeUnionMembership' looks like personal data (special-category data: trade union membership) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.OrientationSexuelle' looks like personal data (special-category data: sex life or sexual orientation) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.DonneesBiometriques' looks like personal data (special-category data: biometric) but is not classified: mark it [SensitiveData] or [NotPersonalData]",
            "'CreateClaimantRequest.GeneticTestResult' looks like personal data (special-category data: genetic) but is not classified: mark it [SensitiveData] or [NotPersonalData]");
    }

    [Fact]
    public async Task Health_checks_and_diagnostics_of_software_are_not_reported()
    {
        await AnalyzerVerifier<UnclassifiedPersonalDataAnalyzer>.VerifyAsync("""
            public enum HealthStatus { Healthy, Degraded, Unhealthy }

            public sealed class ServiceState
            {
                public string HealthCheck { get; set; } = "";
                public string HealthStatus { get; set; } = "";
                public string HealthEndpoint { get; set; } = "";
                public HealthStatus Health { get; set; }
                public string DiagnosticSource { get; set; } = "";
                public string DiagnosticId { get; set; } = "";
                public int ReligionId { get; set; }
                public object Diagnosis { get; set; } = new();
                public string {|DS0100:DisabilityStatus|} { get; set; } = "";
            }
            """,
            "'ServiceState.DisabilityStatus' looks like personal data (special-category data: health) but is not classified: mark it [SensitiveData] or [NotPersonalData]");
    }
}
