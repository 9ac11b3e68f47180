using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Benchmarks.Infrastructure;

/// <summary>
/// The cheapest generator that finds the same <c>[Dataset]</c> types the same way (ForAttributeWithMetadataName) and
/// keeps only their names: what the Roslyn pipeline alone costs per run, below which the catalogue generator cannot go.
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<int> count = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "DataSteward.DatasetAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                static (attributeContext, _) => attributeContext.TargetSymbol.Name)
            .WithTrackingName("floor.Datasets")
            .Collect()
            .Select(static (names, _) => names.Length);
        context.RegisterSourceOutput(count, static (output, n) => output.AddSource("Floor.g.cs", $"internal static class Floor {{ public const int Count = {n}; }}"));
    }
}
