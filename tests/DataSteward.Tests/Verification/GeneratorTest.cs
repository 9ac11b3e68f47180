using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Tests.Verification;

/// <summary>The result of one generator run: what it added, and the driver to run again after an edit.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation InputCompilation, Compilation OutputCompilation, GeneratorDriverRunResult Result)
{
    /// <summary>Generated sources by hint name, in ordinal order.</summary>
    public IReadOnlyDictionary<string, string> GeneratedSources =>
        Result.Results.SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}

/// <summary>
/// Runs an incremental generator the way the compiler does, with step tracking on, and checks what
/// incremental generators must guarantee: the output compiles, nothing threw, and an edit that does not
/// concern the generator leaves every tracked step cached or unchanged.
/// </summary>
public static class GeneratorTest
{
    public static GeneratorRun Run(IIncrementalGenerator generator, params string[] sources) =>
        Run(generator, TestCompilation.Create(sources));

    public static GeneratorRun Run(IIncrementalGenerator generator, Compilation compilation)
    {
        TestCompilation.AssertCompiles(compilation);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return RunAgain(driver, compilation);
    }

    /// <summary>Runs the same driver on a new compilation (after an edit), keeping its caches.</summary>
    public static GeneratorRun RunAgain(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        GeneratorDriverRunResult result = driver.GetRunResult();
        Exception[] exceptions = result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToArray();
        if (exceptions.Length > 0)
        {
            throw new VerificationException("The generator threw:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions.Select(e => e.ToString())));
        }

        TestCompilation.AssertCompiles(output, "The compilation with the generated sources");
        return new GeneratorRun(driver, compilation, output, result);
    }

    /// <summary>
    /// Asserts that every output of the named steps in the second run is <c>Cached</c> or <c>Unchanged</c>, and that
    /// no step output of either run holds a symbol, a syntax node or a compilation (which would defeat caching).
    /// </summary>
    public static void AssertIncremental(GeneratorRun first, GeneratorRun second, IReadOnlyCollection<string> stepNames)
    {
        foreach (string stepName in stepNames)
        {
            ImmutableArray<IncrementalGeneratorRunStep> steps = StepsNamed(second, stepName);
            foreach (IncrementalGeneratorRunStep step in steps)
            {
                foreach ((object value, IncrementalStepRunReason reason) in step.Outputs)
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        throw new VerificationException($"Step '{stepName}' re-ran after an unrelated edit: an output is {reason} ({value}).");
                    }
                }
            }
        }

        // Roslyn's own steps (ForAttributeWithMetadataName's internals) legitimately hold syntax; ours must not.
        foreach (GeneratorRun run in new[] { first, second })
        {
            foreach (string stepName in stepNames)
            {
                foreach (IncrementalGeneratorRunStep step in StepsNamed(run, stepName))
                {
                    foreach ((object value, _) in step.Outputs)
                    {
                        AssertHoldsNoCompilerObject(value, $"step '{stepName}'", new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
                    }
                }
            }
        }
    }

    public static ImmutableArray<IncrementalGeneratorRunStep> StepsNamed(GeneratorRun run, string stepName)
    {
        foreach (GeneratorRunResult result in run.Result.Results)
        {
            if (result.TrackedSteps.TryGetValue(stepName, out ImmutableArray<IncrementalGeneratorRunStep> steps))
            {
                return steps;
            }
        }

        throw new VerificationException($"No step named '{stepName}' was tracked. Tracked: {string.Join(", ", run.Result.Results.SelectMany(r => r.TrackedSteps.Keys))}.");
    }

    private static void AssertHoldsNoCompilerObject(object? value, string path, HashSet<object> visited, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        if (value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree or Location)
        {
            throw new VerificationException($"A generator step output holds a {value.GetType().Name} at {path}: it defeats incremental caching.");
        }

        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items)
            {
                AssertHoldsNoCompilerObject(item, $"{path}[{index++}]", visited, depth + 1);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
            {
                continue;
            }

            AssertHoldsNoCompilerObject(field.GetValue(value), $"{path}.{field.Name}", visited, depth + 1);
        }
    }
}
