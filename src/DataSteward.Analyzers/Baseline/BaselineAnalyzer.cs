using System.Collections.Immutable;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Baseline;

/// <summary>
/// DS0902 (the baseline cannot be read) and DS0904 (it was written for another project), reported once, on the
/// baseline file, whenever the package passes one. In both cases <see cref="BaselineSuppressor"/> suppresses nothing.
/// Stale entries (DS0903) need the diagnostics of the whole build, which no analyser sees: the package's build task
/// reports them after compiling.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.BaselineMalformed, Descriptors.BaselineOfAnotherProject);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            ProjectBaseline? baseline = ProjectBaseline.Find(start.Options, start.CancellationToken);
            if (baseline is null)
            {
                return;
            }

            start.RegisterAdditionalFileAction(file =>
            {
                if (file.AdditionalFile != baseline.File)
                {
                    return;
                }

                if (baseline.Document is null)
                {
                    file.ReportDiagnostic(Diagnostic.Create(Descriptors.BaselineMalformed, baseline.FileLocation(), BaselineDocument.FileName, baseline.Problem));
                }
                else if (baseline.IsOfAnotherProject)
                {
                    file.ReportDiagnostic(Diagnostic.Create(Descriptors.BaselineOfAnotherProject, baseline.FileLocation(), BaselineDocument.FileName, baseline.Document.Project, baseline.CurrentProject));
                }
            });
        });
    }
}
