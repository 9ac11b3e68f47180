using DataSteward.Analyzers.Catalogue;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Catalogue;

public sealed class CatalogueAnalyzerInheritedLicenceTests
{
    [Fact]
    public async Task A_dataset_inheriting_an_unknown_catalogue_licence_is_reported()
    {
        var test = new AnalyzerTest(new CatalogueAnalyzer()) { DefaultId = "DS0202" };
        test.Sources.Add("""
            using DataSteward;

            [assembly: DataCatalogue(Title = "Open data", License = "open licence")]

            [{|DS0202:Dataset|}("stops", Title = "Stops", Description = "Bus stops.", Access = DatasetAccess.Public)]
            public sealed record Stop(int Id, string Name);

            [Dataset("lines", Title = "Lines", Description = "Bus lines.", Access = DatasetAccess.Public, License = "CC-BY-4.0")]
            public sealed record Line(int Id, string Name);
            """);
        test.ExpectedMessages.Add("Licence 'open licence' of dataset 'stops' is neither a known SPDX identifier nor an absolute URI");
        test.IgnoredIds.UnionWith(["DS0200", "DS0201", "DS0203", "DS0204", "DS0205", "DS0206", "DS0207"]);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_known_catalogue_licence_is_inherited_silently()
    {
        var test = new AnalyzerTest(new CatalogueAnalyzer()) { DefaultId = "DS0202" };
        test.Sources.Add("""
            using DataSteward;

            [assembly: DataCatalogue(Title = "Open data", License = "etalab-2.0")]

            [Dataset("stops", Title = "Stops", Description = "Bus stops.", Access = DatasetAccess.Public)]
            public sealed record Stop(int Id, string Name);

            [Dataset("lines", Title = "Lines", Description = "Bus lines.", Access = DatasetAccess.Public, License = {|DS0202:"open licence"|})]
            public sealed record Line(int Id, string Name);
            """);
        test.ExpectedMessages.Add("Licence 'open licence' of dataset 'lines' is neither a known SPDX identifier nor an absolute URI");
        test.IgnoredIds.UnionWith(["DS0200", "DS0201", "DS0203", "DS0204", "DS0205", "DS0206", "DS0207"]);

        await test.RunAsync();
    }
}
