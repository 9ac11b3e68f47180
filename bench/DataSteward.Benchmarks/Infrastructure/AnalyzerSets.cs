using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Benchmarks.Infrastructure;

/// <summary>The analysers and generators under measurement, found by reflection so new ones join without edits here.</summary>
public static class AnalyzerSets
{
    private static readonly Lazy<(ImmutableArray<DiagnosticAnalyzer> Analyzers, string Source)> LazyNetAnalyzers = new(LoadNetAnalyzers);

    public static Assembly DataStewardAnalyzersAssembly => typeof(PersonalDataFlowAnalyzer).Assembly;

    /// <summary>Every concrete <see cref="DiagnosticAnalyzer"/> of DataSteward.Analyzers.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> DataSteward() =>
        DataStewardAnalyzersAssembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Every concrete <see cref="IIncrementalGenerator"/> of DataSteward.Analyzers; empty when there is none yet.</summary>
    public static ImmutableArray<IIncrementalGenerator> Generators() =>
        DataStewardAnalyzersAssembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IIncrementalGenerator)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The SDK's Microsoft.CodeAnalysis.NetAnalyzers (C# and language-neutral), as the SDK ships them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers => LazyNetAnalyzers.Value.Analyzers;

    public static string NetAnalyzersSource => LazyNetAnalyzers.Value.Source;

    private static (ImmutableArray<DiagnosticAnalyzer>, string) LoadNetAnalyzers()
    {
        string? folder = FindSdkAnalyzerFolder();
        if (folder is null)
        {
            return (ImmutableArray<DiagnosticAnalyzer>.Empty, "not found (no SDK from `dotnet --list-sdks` has Sdks/Microsoft.NET.Sdk/analyzers)");
        }

        var loader = new DirectoryLoader();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        var errors = new List<string>();
        foreach (string file in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
        {
            var reference = new AnalyzerFileReference(Path.Combine(folder, file), loader);
            reference.AnalyzerLoadFailed += (_, e) => errors.Add($"{file}: {e.ErrorCode} {e.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        string source = folder + (errors.Count == 0 ? string.Empty : " (load failures: " + string.Join("; ", errors.Take(3)) + ")");
        return (analyzers.ToImmutable(), source);
    }

    private static string? FindSdkAnalyzerFolder()
    {
        try
        {
            var start = new ProcessStartInfo("dotnet", "--list-sdks") { RedirectStandardOutput = true, UseShellExecute = false };
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // Lines look like "10.0.401 [/usr/share/dotnet/sdk]"; prefer the newest.
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse())
            {
                int open = line.IndexOf('[', StringComparison.Ordinal);
                if (open < 0)
                {
                    continue;
                }

                string version = line[..open].Trim();
                string root = line[(open + 1)..].TrimEnd(']');
                string folder = Path.Combine(root, version, "Sdks", "Microsoft.NET.Sdk", "analyzers");
                if (File.Exists(Path.Combine(folder, "Microsoft.CodeAnalysis.NetAnalyzers.dll")))
                {
                    return folder;
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }

        return null;
    }

    /// <summary>Loads analyser assemblies into the default context; Roslyn itself is already loaded there.</summary>
    private sealed class DirectoryLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
