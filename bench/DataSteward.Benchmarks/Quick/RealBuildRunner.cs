using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Infrastructure;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// `--real-build`: writes the corpus at each size as a web project on disk and builds it with the SDK
/// (<c>dotnet build -p:ReportAnalyzer=true</c>), DataSteward's analyser DLL as an analyser and the SDK's default
/// NetAnalyzers in the same build; reads the compiler's own per-assembly analyser and generator times and the Csc task's
/// wall time from the log, and prints one row per size with the time per file, so growth can be read off directly.
/// </summary>
public static partial class RealBuildRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] FlowIds = ["DS0001", "DS0002", "DS0003", "DS0004", "DS0005"];

    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, int seed, int repeat, string workFolder, string? outputPath)
    {
        var report = new StringBuilder();
        void Say(string line = "")
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        // A copy, so that rebuilding the benchmark while builds run cannot swap the analyser under a running csc.
        string analyzerDll = CopyAnalyzer(AnalyzerSets.DataStewardAnalyzersAssembly.Location, Path.Combine(workFolder, "analyzers"));
        string runtimeDll = typeof(HmacPseudonymiser).Assembly.Location;
        Say($"Machine: {Environment.ProcessorCount} logical cores, {QuickRunner.CpuModel()}, SDK {await DotnetVersionAsync().ConfigureAwait(false)}, load average at start {LoadAverage()}");
        Say($"Seed {seed}; sizes {string.Join(", ", sizes)}; {repeat} round(s), sizes interleaved within a round; analysers from {analyzerDll}; projects under {workFolder}.");
        Say("Each build: `dotnet build -p:ReportAnalyzer=true -v:d --no-incremental --no-restore -p:UseSharedCompilation=false -nodeReuse:false -clp:PerformanceSummary` " +
            "(a fresh csc per build, no compiler server shared with other builds); the package's build logic imported as NuGet imports it " +
            "(its analysers last on the compiler's list), DS0003 lowered to a warning by .globalconfig so the build emits like a clean one.");
        Say();

        var projects = new Dictionary<int, (string Folder, int Planted)>();
        foreach (int size in sizes.Distinct())
        {
            projects[size] = await WriteProjectAsync(Path.Combine(workFolder, string.Create(Inv, $"corpus-{size}")), size, seed, analyzerDll, runtimeDll).ConfigureAwait(false);
            await RunDotnetAsync(projects[size].Folder, "restore Corpus.csproj -nologo -nodeReuse:false -v:q").ConfigureAwait(false);
        }

        var builds = new List<BuildTimes>();
        for (int round = 1; round <= repeat; round++)
        {
            foreach (int size in sizes)
            {
                Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] round {round}, {size} files, load {LoadAverage()}...");
                (string folder, int planted) = projects[size];
                string load = LoadAverage();
                string log = await RunDotnetAsync(folder,
                    "build Corpus.csproj -nologo --no-restore --no-incremental -nodeReuse:false -p:ReportAnalyzer=true -p:UseSharedCompilation=false -v:d -clp:PerformanceSummary").ConfigureAwait(false);
                await File.WriteAllTextAsync(Path.Combine(folder, string.Create(Inv, $"build-{round}.log")), log).ConfigureAwait(false);
                BuildTimes times = Parse(log, size, round, planted, load);
                builds.Add(times);
                Console.Error.WriteLine(string.Create(Inv, $"  Csc {times.Csc:F1} s, DataSteward {times.DataSteward:F2} s, NetAnalyzers {times.NetAnalyzers:F2} s, generator {times.Generator:F2} s, leaks {times.FlowDiagnostics}/{planted}"));
            }
        }

        Say("Every build:");
        Say();
        Say("| files | round | load (1 min) | Csc task (s) | DataSteward analysers (s) | **DS share of Csc** | NetAnalyzers (s) | **DS / NetAn** | CatalogueGenerator (s) | generator share | **analysers + generator** | leaks found / planted |");
        Say("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (BuildTimes b in builds.OrderBy(b => b.Files).ThenBy(b => b.Round))
        {
            Say(string.Create(Inv,
                $"| {b.Files:N0} | {b.Round} | {b.Load} | {b.Csc:F1} | {b.DataSteward:F2} | **{Pct(b.DataSteward / b.Csc)}** | {b.NetAnalyzers:F2} | **{b.DataSteward / b.NetAnalyzers:F2}** | {b.Generator:F2} | {Pct(b.Generator / b.Csc)} | **{Pct((b.DataSteward + b.Generator) / b.Csc)}** | {b.FlowDiagnostics} / {b.Planted} |"));
        }

        Say();
        Say("Medians over the rounds, and time per file (growth is linear when a column of time per file stays flat):");
        Say();
        Say("| files | Csc (s) | **DS + generator share** | DS / NetAn | Csc ms per file | DataSteward analysers µs per file | generator µs per file | NetAnalyzers µs per file |");
        Say("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var medians = sizes.Distinct().Order().Select(size =>
        {
            var rows = builds.Where(b => b.Files == size).ToList();
            return new SizeMedians(
                size,
                Median(rows, b => b.Csc),
                Median(rows, b => (b.DataSteward + b.Generator) / b.Csc),
                Median(rows, b => b.DataSteward / b.NetAnalyzers),
                Median(rows, b => b.DataSteward),
                Median(rows, b => b.Generator),
                Median(rows, b => b.NetAnalyzers));
        }).ToList();
        foreach (SizeMedians m in medians)
        {
            Say(string.Create(Inv,
                $"| {m.Files:N0} | {m.Csc:F1} | **{Pct(m.Share)}** | {m.Ratio:F2} | {m.Csc * 1000 / m.Files:F1} | {m.DataSteward * 1e6 / m.Files:F0} | {m.Generator * 1e6 / m.Files:F0} | {m.NetAnalyzers * 1e6 / m.Files:F0} |"));
        }

        if (medians.Count >= 2)
        {
            Say();
            Say(string.Create(Inv,
                $"Growth, log-log slope of the median time against files ({medians[0].Files:N0}…{medians[^1].Files:N0}; 1.00 = linear, above 1 = super-linear): " +
                $"Csc {Slope(medians, m => m.Csc):F2}, DataSteward analysers {Slope(medians, m => m.DataSteward):F2}, generator {Slope(medians, m => m.Generator):F2}, NetAnalyzers {Slope(medians, m => m.NetAnalyzers):F2}."));
        }

        Say();
        Say($"Logs: {workFolder}/corpus-N/build-R.log; load average at the end {LoadAverage()}.");
        if (outputPath is not null)
        {
            await File.WriteAllTextAsync(outputPath, report.ToString()).ConfigureAwait(false);
        }

        return builds.All(b => b.FlowDiagnostics == b.Planted) ? 0 : 1;
    }

    /// <summary>Reads the times a <c>-p:ReportAnalyzer=true -v:d -clp:PerformanceSummary</c> build log reports.</summary>
    internal static BuildTimes Parse(string log, int files, int round, int planted, string load)
    {
        double dataSteward = 0, netAnalyzers = 0, generator = 0, csc = double.NaN;
        string? section = null;
        var flow = new HashSet<string>(StringComparer.Ordinal);
        foreach (string raw in log.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Contains("Total analyzer execution time:", StringComparison.Ordinal))
            {
                section = "analyzer";
            }
            else if (line.Contains("Total generator execution time:", StringComparison.Ordinal))
            {
                section = "generator";
            }
            else if (AssemblyTimeLine().Match(line) is { Success: true } assembly && section is not null)
            {
                double seconds = double.Parse(assembly.Groups["seconds"].Value, Inv);
                string name = assembly.Groups["assembly"].Value;
                if (name == "DataSteward.Analyzers")
                {
                    if (section == "analyzer")
                    {
                        dataSteward += seconds;
                    }
                    else
                    {
                        generator += seconds;
                    }
                }
                else if (section == "analyzer" && name is "Microsoft.CodeAnalysis.NetAnalyzers" or "Microsoft.CodeAnalysis.CSharp.NetAnalyzers")
                {
                    netAnalyzers += seconds;
                }
            }
            else if (CscTaskLine().Match(line) is { Success: true } task)
            {
                csc = double.Parse(task.Groups["ms"].Value, Inv) / 1000;
            }

            // A diagnostic is printed where it happens and again in the build's summary: count each text once.
            if (DiagnosticLine().Match(line) is { Success: true } diagnostic && FlowIds.Contains(diagnostic.Groups["id"].Value))
            {
                flow.Add(diagnostic.Groups["text"].Value);
            }
        }

        if (double.IsNaN(csc) || dataSteward == 0)
        {
            throw new InvalidOperationException(
                $"The build log of {files} files has no Csc task time or no DataSteward analyser time (did the build fail?). Last lines:{Environment.NewLine}" +
                string.Join(Environment.NewLine, log.Split('\n').TakeLast(30)));
        }

        return new BuildTimes(files, round, load, csc, dataSteward, netAnalyzers, generator, flow.Count, planted);
    }

    private static async Task<(string Folder, int Planted)> WriteProjectAsync(string folder, int size, int seed, string analyzerDll, string runtimeDll)
    {
        GeneratedCorpus corpus = CorpusGenerator.Generate(size, seed);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (CorpusFile file in corpus.Files)
        {
            string path = Path.Combine(folder, "src", file.Path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, file.Text).ConfigureAwait(false);
        }

        File.Copy(runtimeDll, Path.Combine(folder, "DataSteward.dll"));
        CopyPackageBuildLogic(Path.Combine(folder, "datasteward-build"));
        // The project a service team would have: the web SDK (NetAnalyzers on by default), Serilog, the runtime library,
        // DataSteward's analyser DLL and the package's build logic (imported where NuGet imports it: its props after the
        // SDK's props, its targets after the SDK's targets; no violation promoted to an error, no catalogue task, so that
        // only the compile is timed); central package management and the repository's build props kept out (temp folder).
        string project = $"""
            <Project>
              <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" />
              <PropertyGroup>
                <DataStewardFailOnViolation>false</DataStewardFailOnViolation>
                <DataStewardCatalogueBuildDirectory>no-catalogue-task/</DataStewardCatalogueBuildDirectory>
              </PropertyGroup>
              <Import Project="datasteward-build/DataSteward.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <OutputType>Library</OutputType>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS1591;CS8618;CS0168;CS0219</NoWarn>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="DataSteward" HintPath="DataSteward.dll" />
                <PackageReference Include="Serilog" Version="4.0.0" />
                <Analyzer Include="{analyzerDll}" />
                <GlobalAnalyzerConfigFiles Include="build.globalconfig" />
              </ItemGroup>
              <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" />
              <Import Project="datasteward-build/DataSteward.targets" />
            </Project>
            """;
        await File.WriteAllTextAsync(Path.Combine(folder, "Corpus.csproj"), project).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "build.globalconfig"), "is_global = true\ndotnet_diagnostic.DS0003.severity = warning\n").ConfigureAwait(false);
        // Keep the repository's (or any parent folder's) Directory.Build.* and Directory.Packages.props out of the build.
        await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Build.props"), "<Project />\n").ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n").ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n").ConfigureAwait(false);
        Console.Error.WriteLine($"{corpus.Files.Count} files, {corpus.LeakingCallSites} planted leaks, {corpus.Datasets} datasets → {folder}");
        return (folder, corpus.LeakingCallSites);
    }

    private static void CopyPackageBuildLogic(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "package-build")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static string CopyAnalyzer(string analyzerDll, string folder)
    {
        Directory.CreateDirectory(folder);
        string copy = Path.Combine(folder, Path.GetFileName(analyzerDll));
        File.Copy(analyzerDll, copy, overwrite: true);
        string resources = Path.Combine(Path.GetDirectoryName(analyzerDll)!, "fr", Path.GetFileNameWithoutExtension(analyzerDll) + ".resources.dll");
        if (File.Exists(resources))
        {
            Directory.CreateDirectory(Path.Combine(folder, "fr"));
            File.Copy(resources, Path.Combine(folder, "fr", Path.GetFileName(resources)), overwrite: true);
        }

        return copy;
    }

    private static async Task<string> RunDotnetAsync(string folder, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        string text = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`dotnet {arguments}` in {folder} exited with {process.ExitCode}:{Environment.NewLine}" +
                string.Join(Environment.NewLine, text.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(20)));
        }

        return text;
    }

    private static async Task<string> DotnetVersionAsync()
    {
        var start = new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        string version = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return version.Trim();
    }

    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static double Median<T>(IEnumerable<T> rows, Func<T, double> value)
    {
        double[] values = rows.Select(value).Order().ToArray();
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    private static double Slope(IReadOnlyList<SizeMedians> rows, Func<SizeMedians, double> value)
    {
        double[] x = rows.Select(r => Math.Log(r.Files)).ToArray();
        double[] y = rows.Select(r => Math.Log(Math.Max(value(r), 1e-6))).ToArray();
        double mx = x.Average(), my = y.Average();
        double num = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        double den = x.Sum(v => (v - mx) * (v - mx));
        return den == 0 ? double.NaN : num / den;
    }

    private static string Pct(double ratio) => double.IsNaN(ratio) || double.IsInfinity(ratio) ? "n/a" : (100 * ratio).ToString("F1", Inv) + " %";

    // "   0.801   24   DataSteward.Analyzers, Version=0.1.0.0, ..." (an assembly line; analyser type lines have no ", Version=").
    [GeneratedRegex(@"^\s*(?<seconds>\d+\.\d+)\s+<?\d+\s+(?<assembly>[\w.]+), Version=")]
    private static partial Regex AssemblyTimeLine();

    // "    20035 ms  Csc                                        1 calls" in the task performance summary.
    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls")]
    private static partial Regex CscTaskLine();

    [GeneratedRegex(@"(?<text>[^\s>]+\.cs\(\d+,\d+\): (?:warning|error) (?<id>DS\d{4}):.*)$")]
    private static partial Regex DiagnosticLine();

    private sealed record SizeMedians(int Files, double Csc, double Share, double Ratio, double DataSteward, double Generator, double NetAnalyzers);

    internal sealed record BuildTimes(int Files, int Round, string Load, double Csc, double DataSteward, double NetAnalyzers, double Generator, int FlowDiagnostics, int Planted);
}
