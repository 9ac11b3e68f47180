using System;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// DS0006: classified personal data passed to an unkeyed hash (MD5, SHA-1, SHA-2, SHA-3, <c>IncrementalHash</c>
/// without a key), or to <c>GetHashCode</c> / <c>HashCode.Combine</c> when the result is used as an identifier
/// (stored in a field or property, logged, exported, or returned). Reported on the hash call. Only classified data
/// counts: a value whose name alone suggests personal data is not reported (DS0100 asks to classify it first).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnkeyedHashAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.UnkeyedHashUsedAsPseudonym];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            HashApis hashes = HashApis.Create(start.Compilation);
            Compilation compilation = start.Compilation;
            AnalyzerOptions options = start.Options;

            // The flow context is only needed once a hash call is found: most compilations hash nothing personal.
            var flow = new Lazy<FlowAnalysisContext>(() => FlowAnalysisContext.Create(compilation, options), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(operation => Analyze(operation, hashes, flow), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, HashApis hashes, Lazy<FlowAnalysisContext> flow)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IOperation root = RootOf(invocation);
        LocalWrites? writes = null;
        LocalWrites Writes() => writes ??= new LocalWrites(root);

        if (hashes.Match(invocation, Writes) is not { } call)
        {
            return;
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        FlowEvaluator evaluator = flow.Value.CreateEvaluator(root, HeuristicsMode.Off, context.CancellationToken);
        Taint? taint = null;
        foreach (IOperation input in call.Inputs)
        {
            taint = Taint.Union(taint, evaluator.Evaluate(input));
        }

        taint = taint?.WithoutPlaceholders()?.AtLeast(DataLevel.Personal);
        if (taint is null)
        {
            return;
        }

        if (call.IsHashCode && !new HashCodeUse(flow.Value, root, context.ContainingSymbol).IsIdentifier(invocation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnkeyedHashUsedAsPseudonym,
            invocation.Syntax.GetLocation(),
            taint.DescribeOrigins(),
            taint.DescribeClassification(),
            call.Display));
    }

    private static IOperation RootOf(IOperation operation)
    {
        IOperation root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root;
    }
}
