using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Baseline;
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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnkeyedHashUsedAsPseudonym);

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
            var flow = new Lazy<CompilationModel>(() => CompilationModel.For(compilation, options), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(operation => Analyze(operation, hashes, flow), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, HashApis hashes, Lazy<CompilationModel> flow)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!HashApis.MayBeHashCall(invocation.TargetMethod.Name))
        {
            return;
        }

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
            foreach (IOperation bytes in StreamContents(input, Writes))
            {
                taint = Taint.Union(taint, evaluator.Evaluate(bytes));
            }
        }

        taint = taint?.WithoutPlaceholders()?.AtLeast(DataLevel.Personal);
        if (taint is null)
        {
            return;
        }

        if (call.IsHashCode && !new HashCodeUse(flow.Value, root, context.ContainingSymbol, context.CancellationToken).IsIdentifier(invocation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnkeyedHashUsedAsPseudonym,
            invocation.Syntax.GetLocation(),
            ContainingSymbol.AddTo(ImmutableDictionary<string, string?>.Empty, context.ContainingSymbol),
            taint.DescribeOrigins(),
            taint.DescribeClassification(),
            call.Display));
    }

    // The evaluator reads a constructor's arguments as text, and a byte[] renders as its type name; the bytes a
    // MemoryStream is built over are what HashData(stream) / ComputeHash(stream) hash.
    private static IEnumerable<IOperation> StreamContents(IOperation input, Func<LocalWrites> writes)
    {
        IOperation value = Operations.StripImplicitConversions(input);
        if (value is ILocalReferenceOperation local)
        {
            foreach (LocalWrite write in writes().Reaching(local.Local, local))
            {
                if (write.Value is { } written && MemoryStreamArguments(written) is { } fromLocal)
                {
                    foreach (IOperation argument in fromLocal)
                    {
                        yield return argument;
                    }
                }
            }
        }
        else if (MemoryStreamArguments(value) is { } arguments)
        {
            foreach (IOperation argument in arguments)
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<IOperation>? MemoryStreamArguments(IOperation value)
    {
        if (Operations.StripImplicitConversions(value) is not IObjectCreationOperation { Type: { Name: "MemoryStream", ContainingNamespace: { Name: "IO", ContainingNamespace.Name: "System" } } } creation)
        {
            return null;
        }

        var arguments = new List<IOperation>(creation.Arguments.Length);
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Value.Type is IArrayTypeSymbol)
            {
                arguments.Add(argument.Value);
            }
        }

        return arguments;
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
