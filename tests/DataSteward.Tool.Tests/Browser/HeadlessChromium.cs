using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DataSteward.Tool.Tests.Browser;

/// <summary>
/// Debian's chromium and chromium-driver (installed by .ci/run when missing), driven by Selenium: headless, no sandbox
/// (CI runs as root), browser console collected so a test can assert there is no error. One instance per test class.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private const string Browser = "/usr/bin/chromium";
    private const string DriverFolder = "/usr/bin";
    private const string DriverFile = "chromedriver";

    public HeadlessChromium()
    {
        if (!File.Exists(Browser) || !File.Exists(Path.Combine(DriverFolder, DriverFile)))
        {
            throw new InvalidOperationException(
                "The browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does it).");
        }

        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000", "--allow-file-access-from-files");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        ChromeDriverService service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverFile);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    public void Open(string file) => Driver.Navigate().GoToUrl(new Uri(file).AbsoluteUri);

    /// <summary>The browser console's errors since the last call (SEVERE entries: script errors, failed loads).</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(entry => entry.Level == LogLevel.Severe).Select(entry => entry.Message).ToList();

    public void Dispose() => Driver.Quit();
}
