using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DataSteward.Eval;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Usage: dotnet run -c Release --project eval/DataSteward.Eval -- [--only a,b] [--list] [--sample N] [--seed S] [--netanalyzers] [--by-analyzer] [--cost REPEATS] [--explain]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
string evalFolder = FindEvalFolder();
string inputs = Path.Combine(evalFolder, ".inputs");
var only = Option("--only")?.Split(',').ToHashSet(StringComparer.Ordinal);
bool list = args.Contains("--list");
bool withNetAnalyzers = args.Contains("--netanalyzers");
bool byAnalyzer = args.Contains("--by-analyzer");
bool explain = args.Contains("--explain");
int costRepeats = int.Parse(Option("--cost") ?? "0", CultureInfo.InvariantCulture);
int sampleSize = int.Parse(Option("--sample") ?? "0", CultureInfo.InvariantCulture);
int seed = int.Parse(Option("--seed") ?? "20261130", CultureInfo.InvariantCulture);

string[] flowIds = ["DS0001", "DS0002", "DS0003", "DS0004", "DS0005", "DS0006", "DS0101"];
var labels = Label.ReadAll(evalFolder);
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse, preprocessorSymbols: ["NET", "NETCOREAPP", "NET8_0_OR_GREATER", "NET6_0_OR_GREATER", "RELEASE"]);
var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: true);

int tp = 0, fp = 0, fn = 0, tn = 0, totalLines = 0, totalFlow = 0, exceptions = 0;

// The first code base measured would otherwise pay for compiling the compiler and the analysers (JIT): one untimed pass
// over the smallest selected code base first.
CodeBase? warmUp = CodeBase.ReadAll(evalFolder).Where(c => only is null || only.Contains(c.Name)).FirstOrDefault();
if (warmUp is not null)
{
    var warmCompilation = CSharpCompilation.Create("warm-up", warmUp.Parse(inputs, warmUp.SourceFiles(inputs), parseOptions), References.Metadata, compilationOptions);
    _ = warmCompilation.GetDiagnostics();
    _ = Analyse(warmCompilation, References.DataSteward(), new ConcurrentBag<string>());
    if (withNetAnalyzers)
    {
        _ = Analyse(warmCompilation, References.NetAnalyzers(), new ConcurrentBag<string>());
    }
}

var unlabelled = new List<string>();
var summary = new List<string>();
foreach (CodeBase codeBase in CodeBase.ReadAll(evalFolder).Where(c => only is null || only.Contains(c.Name)))
{
    IReadOnlyList<string> files = codeBase.SourceFiles(inputs);
    IReadOnlyList<SyntaxTree> trees = codeBase.Parse(inputs, files, parseOptions);
    int lines = trees.Sum(t => t.GetText().Lines.Count);
    CSharpCompilation compilation = CSharpCompilation.Create(codeBase.Name, trees, References.Metadata, compilationOptions);

    var compileClock = Stopwatch.StartNew();
    TimeSpan compileCpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    int compilerErrors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    TimeSpan compileCpu = Process.GetCurrentProcess().TotalProcessorTime - compileCpuStart;
    compileClock.Stop();

    var analyserExceptions = new ConcurrentBag<string>();
    ImmutableArray<DiagnosticAnalyzer> dataStewardAnalyzers = References.DataSteward();
    TimeSpan analysisCpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    (ImmutableArray<Diagnostic> diagnostics, TimeSpan dataStewardTime, TimeSpan wall, string perAnalyzer) = Analyse(compilation, dataStewardAnalyzers, analyserExceptions);
    TimeSpan analysisCpu = Process.GetCurrentProcess().TotalProcessorTime - analysisCpuStart;
    if (byAnalyzer)
    {
        Console.WriteLine($"  {codeBase.Name} DataSteward callbacks by analyser: {perAnalyzer}");
    }

    exceptions += analyserExceptions.Count + diagnostics.Count(d => d.Id == "AD0001");
    string netAnalyzers = string.Empty;
    if (withNetAnalyzers)
    {
        TimeSpan netCpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        (_, TimeSpan netTime, _, _) = Analyse(compilation, References.NetAnalyzers(), new ConcurrentBag<string>());
        TimeSpan netCpu = Process.GetCurrentProcess().TotalProcessorTime - netCpuStart;
        netAnalyzers = $", NetAnalyzers {netTime.TotalMilliseconds:N0} ms (DS / NetAn {dataStewardTime / netTime:0.00}; analysis CPU {netCpu.TotalMilliseconds:N0} ms)";
    }

    var flow = diagnostics.Where(d => flowIds.Contains(d.Id) && d.Location.IsInSource).ToList();
    totalLines += lines;
    totalFlow += flow.Count;

    // Labelled lines: a leak is found when a flow diagnostic lies in the labelled statement.
    var labelledSpans = new List<(string Path, TextSpan Span)>();
    int cbTp = 0, cbFp = 0, cbFn = 0, cbTn = 0;
    foreach (Label label in labels.Where(l => l.CodeBase == codeBase.Name))
    {
        SyntaxTree? tree = trees.FirstOrDefault(t => t.FilePath == label.Path);
        if (tree is null)
        {
            Console.WriteLine($"  label not in the compilation: {label.Path}:{label.Line}");
            continue;
        }

        TextSpan span = label.Span(tree);
        labelledSpans.Add((label.Path, span));
        Diagnostic? found = flow.FirstOrDefault(d => d.Location.SourceTree == tree && span.Contains(d.Location.SourceSpan.Start));
        string verdict = (label.IsLeak, found is not null) switch
        {
            (true, true) => "TP",
            (true, false) => "FN",
            (false, true) => "FP",
            (false, false) => "TN",
        };
        _ = verdict switch { "TP" => cbTp++, "FN" => cbFn++, "FP" => cbFp++, _ => cbTn++ };
        if (verdict is "FN" or "FP" || list)
        {
            Console.WriteLine($"  {verdict} {codeBase.Name} {label.Path}:{label.Line} ({label.Reason}){(found is null ? string.Empty : " <- " + found.Id + " " + found.GetMessage(CultureInfo.InvariantCulture))}");
            if (explain && verdict == "FN")
            {
                Console.WriteLine(Explanation.Of(compilation, tree, span));
            }
        }
    }

    tp += cbTp; fp += cbFp; fn += cbFn; tn += cbTn;
    foreach (Diagnostic d in flow.OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
    {
        string path = d.Location.SourceTree!.FilePath;
        if (labelledSpans.Any(l => l.Path == path && l.Span.Contains(d.Location.SourceSpan.Start)))
        {
            continue;
        }

        int line = d.Location.GetLineSpan().StartLinePosition.Line + 1;
        string source = d.Location.SourceTree.GetText().Lines[line - 1].ToString().Trim();
        string entry = $"{codeBase.Name}\t{path}\t{line}\t{d.Id}\t{d.GetMessage(CultureInfo.InvariantCulture)}\t{source}";
        unlabelled.Add(entry);
        if (list)
        {
            Console.WriteLine("  W " + entry);
        }
    }

    foreach (string exception in analyserExceptions.Take(5))
    {
        Console.WriteLine("  ANALYSER EXCEPTION " + exception);
    }

    string byId = string.Join(", ", diagnostics.Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal)).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
    string line1 = $"{codeBase.Name}: {files.Count} files, {lines:N0} lines, {compilerErrors} compiler errors (unresolved packages); " +
        $"flow diagnostics {flow.Count} = {flow.Count * 1000.0 / lines:0.00} per 1,000 lines; labelled TP {cbTp} FP {cbFp} FN {cbFn} TN {cbTn}; " +
        $"compile {compileClock.Elapsed.TotalMilliseconds:N0} ms wall, {compileCpu.TotalMilliseconds:N0} ms CPU; DataSteward analysers {dataStewardTime.TotalMilliseconds:N0} ms " +
        $"({dataStewardTime / compileClock.Elapsed:P0} of compile wall, {dataStewardTime / compileCpu:P0} of compile CPU; analysis wall {wall.TotalMilliseconds:N0} ms, CPU {analysisCpu.TotalMilliseconds:N0} ms){netAnalyzers}; " +
        $"analyser exceptions {analyserExceptions.Count}; {byId}";
    if (costRepeats > 0)
    {
        line1 += "; " + CostMeasurement.Measure(compilation, withNetAnalyzers, costRepeats);
    }

    Console.WriteLine(line1);
    summary.Add(line1);
}

Console.WriteLine();
Console.WriteLine("Summary");
summary.ForEach(s => Console.WriteLine("  " + s));
double precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
double recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
Console.WriteLine($"labelled lines: {tp + fp + fn + tn} (leaks {tp + fn}); TP {tp} FP {fp} FN {fn} TN {tn}; precision {precision:0.00}, recall {recall:0.00}");
Console.WriteLine($"flow diagnostics: {totalFlow} in {totalLines:N0} lines = {totalFlow * 1000.0 / Math.Max(1, totalLines):0.00} per 1,000 lines; beyond labelled lines: {unlabelled.Count}; analyser exceptions: {exceptions}");

if (sampleSize > 0)
{
    var random = new Random(seed);
    Console.WriteLine();
    Console.WriteLine($"Random sample of {Math.Min(sampleSize, unlabelled.Count)} warnings beyond the labelled lines (seed {seed}):");
    foreach (string entry in unlabelled.OrderBy(_ => random.Next()).Take(sampleSize))
    {
        Console.WriteLine(entry);
    }
}

return exceptions == 0 ? 0 : 1;

static (ImmutableArray<Diagnostic> Diagnostics, TimeSpan AnalyserTime, TimeSpan Wall, string PerAnalyzer) Analyse(
    Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ConcurrentBag<string> exceptions)
{
    var options = new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
        onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
        concurrentAnalysis: true,
        logAnalyzerExecutionTime: true,
        reportSuppressedDiagnostics: false);
    var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
    var clock = Stopwatch.StartNew();
    ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    clock.Stop();
    TimeSpan analyserTime = TimeSpan.Zero;
    var perAnalyzer = new List<string>();
    foreach (DiagnosticAnalyzer analyzer in analyzers)
    {
        TimeSpan time = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        analyserTime += time;
        perAnalyzer.Add($"{analyzer.GetType().Name} {time.TotalMilliseconds:N0} ms");
    }

    return (diagnostics, analyserTime, clock.Elapsed, string.Join(", ", perAnalyzer));
}

string? Option(string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FindEvalFolder()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "eval", "codebases.tsv")))
        {
            return Path.Combine(folder.FullName, "eval");
        }
    }

    throw new DirectoryNotFoundException("eval/codebases.tsv not found above " + AppContext.BaseDirectory);
}
