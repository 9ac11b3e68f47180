using System;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// The baseline the package passed to this compilation (the additional file named <c>datasteward.baseline.json</c>),
/// read once per file content and shared by <see cref="BaselineAnalyzer"/> (which reports a file it cannot use),
/// <see cref="BaselineSuppressor"/> and <see cref="ErrorSeverityBaseline"/> (which use it). A file that is malformed, or written for another project,
/// baselines nothing.
/// </summary>
internal sealed class ProjectBaseline
{
    /// <summary>The project name the package makes visible to the compiler (<c>build_property.MSBuildProjectName</c>).</summary>
    public const string ProjectNameProperty = "build_property.MSBuildProjectName";

    private static readonly ConditionalWeakTable<SourceText, Parsed> ParsedTexts = new();

    private ProjectBaseline(AdditionalText file, BaselineDocument? document, string problem, string? currentProject)
    {
        File = file;
        Document = document;
        Problem = problem;
        CurrentProject = currentProject;
    }

    public AdditionalText File { get; }

    /// <summary>The parsed file; null when it is malformed (<see cref="Problem"/> says why).</summary>
    public BaselineDocument? Document { get; }

    public string Problem { get; }

    /// <summary>The compiled project's name, when the build said it.</summary>
    public string? CurrentProject { get; }

    /// <summary>The file was written for another project (a copied baseline).</summary>
    public bool IsOfAnotherProject =>
        Document is not null && CurrentProject is not null && !string.Equals(Document.Project, CurrentProject, StringComparison.OrdinalIgnoreCase);

    /// <summary>The document, when it applies to this compilation; otherwise nothing is baselined.</summary>
    public BaselineDocument? Usable => IsOfAnotherProject ? null : Document;

    /// <summary>The baseline of this compilation, or null when the package passed none.</summary>
    public static ProjectBaseline? Find(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        AdditionalText? file = Select(options.AdditionalFiles);
        if (file is null)
        {
            return null;
        }

        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ProjectNameProperty, out string? project);
        project = string.IsNullOrWhiteSpace(project) ? null : project!.Trim();

        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new ProjectBaseline(file, null, "the file could not be read", project);
        }

        Parsed parsed = ParsedTexts.GetValue(text, t => Parse(t.ToString()));
        return new ProjectBaseline(file, parsed.Document, parsed.Problem, project);
    }

    /// <summary>The location reported for a problem of the file as a whole: its first character.</summary>
    public Location FileLocation() => Location.Create(File.Path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));

    public static bool IsBaselineFile(AdditionalText file) =>
        string.Equals(Path.GetFileName(file.Path), BaselineDocument.FileName, StringComparison.OrdinalIgnoreCase);

    // The package passes one file; should a project add more, the choice must not depend on their order.
    private static AdditionalText? Select(ImmutableArray<AdditionalText> files)
    {
        AdditionalText? selected = null;
        foreach (AdditionalText file in files)
        {
            if (IsBaselineFile(file) && (selected is null || string.CompareOrdinal(file.Path, selected.Path) < 0))
            {
                selected = file;
            }
        }

        return selected;
    }

    private static Parsed Parse(string text)
    {
        BaselineDocument? document = BaselineDocument.TryParse(text, out string problem);
        return new Parsed(document, problem);
    }

    private sealed record Parsed(BaselineDocument? Document, string Problem);
}
