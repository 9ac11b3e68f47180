using DataSteward.Tool.Checks;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Site;
using DataSteward.Tool.Tests.Support;
using static DataSteward.Tool.Tests.Support.Maps;

namespace DataSteward.Tool.Tests.Site;

public sealed class SitePagesTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_site_is_in_french_when_every_catalogue_is_and_in_english_when_they_differ()
    {
        MapDataset tenants = Dataset("Housing", "tenants", retention: "P5Y", basis: LawfulBasis.PublicTask, fields: Personal("Email", "contact"));
        MapDataset pupils = Dataset("Schools", "pupils", fields: Personal("Email", "contact"));
        DataMap french = new([Project("Housing", "fr", tenants), Project("Schools", "fr-FR", pupils)]);
        DataMap mixed = new([Project("Housing", "fr", tenants), Project("Schools", "en", pupils)]);

        string index = Write(french, MapLayout.Index);
        string page = Write(french, MapLayout.DatasetPage(tenants));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", index, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\">Rechercher</label>", index, StringComparison.Ordinal);
        Assert.Contains("data-template=\"{0} jeux de données affichés sur {1}\">2 jeux de données affichés sur 2</p>", index, StringComparison.Ordinal);
        Assert.Contains("<dt>Base légale</dt><dd>Mission d’intérêt public (art. 6.1.e)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Durée de conservation</dt><dd>P5Y</dd>\n<dt>Catégories de personnes concernées</dt><dd>residents</dd>\n<dt>Destinataires</dt><dd>staff of Housing</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\">Search</label>", Write(mixed, MapLayout.Index), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_text_is_encoded_and_links_stay_relative()
    {
        MapDataset hostile = Dataset("Housing", "tenants", fields: Personal("Email", "contact")) with
        {
            Title = "Tenants <script>alert(1)</script>",
            Description = "\"quoted\" & <b>bold</b>",
            ContactPoint = "javascript:alert(1)",
        };
        DataMap map = Of(hostile);

        string index = Write(map, MapLayout.Index);
        string page = Write(map, MapLayout.DatasetPage(hostile));

        Assert.Contains("<h2><a href=\"datasets/Housing/tenants.html\">Tenants &lt;script&gt;alert(1)&lt;/script&gt;</a></h2>", index, StringComparison.Ordinal);
        Assert.Contains("<p>&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;</p>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", index + page, StringComparison.Ordinal);
        Assert.Contains("<dt>Contact</dt><dd>javascript:alert(1)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"../../assets/site.css\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../schemas/Housing.tenants.schema.json\">Table Schema</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", index.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static MapProject Project(string name, string language, params MapDataset[] datasets) => new(name, "/in/" + name, name, language, datasets);

    private string Write(DataMap map, string page)
    {
        string folder = temp.Combine(Guid.NewGuid().ToString("N"));
        SiteWriter.Write(map, CrossProjectChecks.Run(map), new OutputFolder(folder));
        return File.ReadAllText(Path.Combine(folder, page));
    }
}
