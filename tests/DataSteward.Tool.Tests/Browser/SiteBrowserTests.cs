using System.Collections.ObjectModel;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace DataSteward.Tool.Tests.Browser;

/// <summary>
/// The map's site in a real headless browser, from <c>file://</c>: search filters the list, filters combine, a dataset
/// page shows its fields and personal-data kinds, the personal-data view lists every holder, and no page logs an error.
/// </summary>
public sealed class SiteBrowserTests : IClassFixture<HeadlessChromium>, IClassFixture<MergedMapFixture>
{
    private readonly HeadlessChromium browser;
    private readonly MergedMapFixture site;

    public SiteBrowserTests(HeadlessChromium browser, MergedMapFixture site)
    {
        this.browser = browser;
        this.site = site;
    }

    private IWebDriver Driver => browser.Driver;

    [Fact]
    public void Typing_in_the_search_box_filters_the_list_and_announces_the_count()
    {
        OpenIndex();
        int total = site.Map.Datasets.Count;
        Assert.Equal("Data map of Saint-Exemple", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal(site.Map.Datasets.Select(d => d.Title).Order(StringComparer.Ordinal), VisibleTitles().Order(StringComparer.Ordinal));
        Assert.Equal($"{total} of {total} datasets shown", Driver.FindElement(By.Id("count")).Text);

        Driver.FindElement(By.Id("q")).SendKeys("health");
        string[] expected = Titles(d => Searchable(d).Contains("health", StringComparison.OrdinalIgnoreCase));

        Assert.NotEmpty(expected);
        Assert.True(expected.Length < total, "The search word must exclude some datasets for the test to mean anything.");
        Assert.Equal(expected, VisibleTitles().Order(StringComparer.Ordinal));
        Assert.Equal($"{expected.Length} of {total} datasets shown", Driver.FindElement(By.Id("count")).Text);
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void Filters_combine_with_each_other_and_with_the_search()
    {
        OpenIndex();
        Choose("f-personal", "yes");
        string[] personal = Titles(d => d.HoldsPersonalData);
        Assert.Equal(personal, VisibleTitles().Order(StringComparer.Ordinal));

        Choose("f-access", "non-public");
        string[] personalNonPublic = Titles(d => d.HoldsPersonalData && d.Access == DatasetAccess.NonPublic);
        Assert.True(personalNonPublic.Length > 0 && personalNonPublic.Length < personal.Length, "Each filter must narrow the list.");
        Assert.Equal(personalNonPublic, VisibleTitles().Order(StringComparer.Ordinal));

        string project = site.Map.Datasets.First(d => d.HoldsPersonalData && d.Access == DatasetAccess.NonPublic).Project;
        Choose("f-project", project);
        Assert.Equal(Titles(d => d.HoldsPersonalData && d.Access == DatasetAccess.NonPublic && d.Project == project), VisibleTitles().Order(StringComparer.Ordinal));

        Choose("f-access", "public");
        Assert.Empty(VisibleTitles());
        Assert.True(Driver.FindElement(By.Id("no-match")).Displayed);

        Choose("f-access", string.Empty);
        Choose("f-project", string.Empty);
        Choose("f-personal", string.Empty);
        Choose("f-special", "yes");
        Assert.Equal(Titles(d => d.HoldsSpecialCategories), VisibleTitles().Order(StringComparer.Ordinal));
        Choose("f-theme", "EDUC");
        Assert.Equal(Titles(d => d.HoldsSpecialCategories && d.Themes.Contains("EDUC")), VisibleTitles().Order(StringComparer.Ordinal));
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void A_dataset_page_shows_its_fields_and_their_personal_data_kinds()
    {
        MapDataset dataset = site.Map.Datasets.First(d => d.HoldsSpecialCategories);
        OpenIndex();
        Driver.FindElement(By.LinkText(dataset.Title)).Click();

        Assert.Equal(dataset.Title, Driver.FindElement(By.TagName("h1")).Text);
        ReadOnlyCollection<IWebElement> rows = Driver.FindElements(By.CssSelector("table.fields tbody tr"));
        Assert.Equal(dataset.Fields.Select(f => f.Name), rows.Select(row => row.FindElement(By.CssSelector("th code")).Text));
        foreach ((MapField field, IWebElement row) in dataset.Fields.Zip(rows))
        {
            string marked = row.FindElements(By.TagName("td"))[2].Text;
            if (field.IsPersonal)
            {
                Assert.StartsWith(field.Category!, marked, StringComparison.Ordinal);
            }
        }

        Assert.Contains(rows, row => row.FindElements(By.CssSelector(".badge.special")).Count == 1);
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void The_personal_data_view_lists_every_holder_of_each_kind()
    {
        browser.Open(Path.Combine(site.Folder, MapLayout.PersonalDataPage));
        var shown = Driver.FindElements(By.CssSelector("section.kind")).SelectMany(section =>
        {
            string kind = section.FindElement(By.TagName("h2")).GetAttribute("id")!;
            return section.FindElements(By.CssSelector("tbody tr")).Select(row =>
            {
                ReadOnlyCollection<IWebElement> cells = row.FindElements(By.TagName("td"));
                return (kind, cells[0].Text, cells[1].Text, cells[2].Text);
            });
        }).ToList();

        var expected = site.Map.Datasets.SelectMany(d => d.Fields.Where(f => f.IsPersonal).Select(f =>
            ("kind-" + MapLayout.SafeName(f.Category!) + "-h", d.Project, d.Title, f.Name))).ToList();
        Assert.Equal(expected.Order(), shown.Order());
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void Every_page_loads_without_console_errors_and_the_keyboard_reaches_the_search_box()
    {
        foreach (string page in new[] { MapLayout.Index, MapLayout.RegisterPage, MapLayout.ChecksPage, MapLayout.PersonalDataPage, MapLayout.DatasetPage(site.Map.Datasets[0]) })
        {
            browser.Open(Path.Combine(site.Folder, page));
            Assert.Single(Driver.FindElements(By.TagName("h1")));
            Assert.Empty(browser.ConsoleErrors());
        }

        OpenIndex();
        Driver.FindElement(By.TagName("body")).SendKeys(Keys.Tab);
        Assert.Equal("skip", Driver.SwitchTo().ActiveElement().GetAttribute("class"));
        Driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);
        for (int i = 0; i < 10 && Driver.SwitchTo().ActiveElement().GetAttribute("id") != "q"; i++)
        {
            Driver.SwitchTo().ActiveElement().SendKeys(Keys.Tab);
        }

        Assert.Equal("q", Driver.SwitchTo().ActiveElement().GetAttribute("id"));
    }

    [Fact]
    public void Screenshot_of_the_index_is_kept_in_the_docs()
    {
        OpenIndex();
        Choose("f-personal", "yes");
        Screenshot shot = ((ITakesScreenshot)Driver).GetScreenshot();
        Assert.True(shot.AsByteArray.Length > 10_000, "The screenshot is not an image of the page.");
        if (Environment.GetEnvironmentVariable("DATASTEWARD_UPDATE_SCREENSHOT") == "1")
        {
            shot.SaveAsFile(Path.Combine(RepositoryPaths.Root, "docs", "data-map.png"));
        }
    }

    // What the index page lets the search box match (IndexPage.SearchText).
    private static string Searchable(MapDataset d) =>
        string.Join(" ", new[] { d.Title, d.Identifier, d.Project, d.Description }.Concat(d.Keywords).Concat(d.Fields.SelectMany(f => new[] { f.Name, f.Category ?? string.Empty })));

    private void OpenIndex()
    {
        browser.Open(Path.Combine(site.Folder, MapLayout.Index));
        browser.ConsoleErrors();
        new WebDriverWait(Driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElement(By.Id("count")).Text.Length > 0);
    }

    private void Choose(string select, string value) =>
        new SelectElement(Driver.FindElement(By.Id(select))).SelectByValue(value);

    private IEnumerable<string> VisibleTitles() =>
        Driver.FindElements(By.CssSelector("#datasets li.dataset")).Where(item => item.Displayed).Select(item => item.FindElement(By.TagName("h2")).Text);

    private string[] Titles(Func<MapDataset, bool> predicate) =>
        site.Map.Datasets.Where(predicate).Select(d => d.Title).Order(StringComparer.Ordinal).ToArray();
}
