using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Eval;

/// <summary>What each code base is compiled against, and the analysers run over it.</summary>
internal static class References
{
    private static readonly string[] ExcludedPrefixes = ["Microsoft.CodeAnalysis", "DataSteward", "System.Composition"];

    /// <summary>The running framework, ASP.NET Core's shared framework and the logging/serialisation packages this tool restores.</summary>
    public static ImmutableArray<MetadataReference> Metadata { get; } = Load();

    public static ImmutableArray<DiagnosticAnalyzer> DataSteward() =>
        typeof(global::DataSteward.Analyzers.Rules.PersonalDataFlowAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The SDK's own Microsoft.CodeAnalysis.NetAnalyzers, for the cost comparison; empty when the SDK folder is not found.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers()
    {
        string? folder = SdkAnalyzerFolder();
        if (folder is null)
        {
            return ImmutableArray<DiagnosticAnalyzer>.Empty;
        }

        var loader = new DefaultContextLoader();
        return new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .SelectMany(file => new AnalyzerFileReference(Path.Combine(folder, file), loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> Load()
    {
        // Touch one type of each package so that its assembly is part of this process's dependency set.
        _ = new[] { typeof(Serilog.ILogger), typeof(NLog.Logger), typeof(Newtonsoft.Json.JsonConvert), typeof(CsvHelper.CsvWriter), typeof(Microsoft.AspNetCore.Identity.IdentityUser) };
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var byName = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!ExcludedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                byName.TryAdd(name, path);
            }
        }

        return byName.Values.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }

    private static string? SdkAnalyzerFolder()
    {
        var start = new ProcessStartInfo("dotnet", "--list-sdks") { RedirectStandardOutput = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse())
        {
            int open = line.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                continue;
            }

            string folder = Path.Combine(line[(open + 1)..].TrimEnd(']'), line[..open].Trim(), "Sdks", "Microsoft.NET.Sdk", "analyzers");
            if (File.Exists(Path.Combine(folder, "Microsoft.CodeAnalysis.NetAnalyzers.dll")))
            {
                return folder;
            }
        }

        return null;
    }

    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
