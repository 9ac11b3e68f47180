using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Eval;

/// <summary>One pinned code base of codebases.tsv, read from eval/.inputs/&lt;name&gt;.</summary>
internal sealed record CodeBase(string Name, string Repository, string Commit, bool WebImplicitUsings, string Kind)
{
    // Folder names that hold tests, benchmarks or samples of a library rather than the service itself.
    private static readonly string[] ExcludedSegments =
    [
        "/test/", "/tests/", ".test/", ".tests/", "unittest", "integrationtest", "functionaltest", "/benchmarks/", "/obj/", "/bin/",
    ];

    // What the .NET SDK adds for `<ImplicitUsings>enable</ImplicitUsings>` in a web project.
    private const string WebImplicitUsingsText = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    public static IReadOnlyList<CodeBase> ReadAll(string evalFolder) =>
        File.ReadAllLines(Path.Combine(evalFolder, "codebases.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new CodeBase(f[0], f[1], f[2], f[3] == "web", f[4]))
            .ToList();

    /// <summary>The service's C# files, tests excluded, ordinal order (the compilation does not depend on the file system's order).</summary>
    public IReadOnlyList<string> SourceFiles(string inputsFolder)
    {
        string root = Path.Combine(inputsFolder, Name);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{root} is missing: run eval/rebuild-inputs.sh first.");
        }

        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !ExcludedSegments.Any(segment => ("/" + relative.ToLowerInvariant()).Contains(segment, StringComparison.Ordinal)))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<SyntaxTree> Parse(string inputsFolder, IReadOnlyList<string> files, CSharpParseOptions options)
    {
        string root = Path.Combine(inputsFolder, Name);
        var trees = files
            .AsParallel().AsOrdered()
            .Select(relative => CSharpSyntaxTree.ParseText(
                File.ReadAllText(Path.Combine(root, relative)), options, relative, Encoding.UTF8))
            .ToList();
        if (WebImplicitUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(WebImplicitUsingsText, options, "obj/ImplicitUsings.g.cs", Encoding.UTF8));
        }

        return trees;
    }
}
