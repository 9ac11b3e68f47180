using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Methods whose result is safe whatever flows in: <c>[Pseudonymiser]</c> methods, <c>HmacPseudonymiser</c>,
/// Microsoft's <c>Redactor</c>, ASP.NET Core Data Protection (encryption is a pseudonymisation technique),
/// configured <c>datasteward.sanitizers</c>, and methods whose name says they pseudonymise, anonymise, redact,
/// mask, encrypt or hash (an interface of the user's own, whose body the analysis cannot see).
/// </summary>
internal sealed class Sanitizers
{
    private static readonly HashSet<string> SanitisingWords = new(StringComparer.Ordinal)
    {
        "pseudonymise", "pseudonymize", "pseudonymised", "pseudonymized", "pseudonym", "pseudonymous",
        "anonymise", "anonymize", "anonymised", "anonymized", "redact", "redacted", "mask", "masked",
        "obfuscate", "obfuscated", "encrypt", "encrypted", "protect", "hash", "hashed", "tokenise", "tokenize", "scramble",
    };

    private readonly INamedTypeSymbol? pseudonymiserAttribute;
    private readonly ImmutableArray<INamedTypeSymbol> sanitisingTypes;
    private readonly HashSet<ISymbol> configured;

    public Sanitizers(Compilation compilation, ImmutableHashSet<string> configuredIds)
    {
        pseudonymiserAttribute = compilation.ResolveType(MetadataNames.PseudonymiserAttribute);
        var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (string name in new[] { MetadataNames.HmacPseudonymiser, MetadataNames.Redactor, MetadataNames.DataProtector, MetadataNames.DataProtectionExtensions })
        {
            if (compilation.ResolveType(name) is { } type)
            {
                types.Add(type);
            }
        }

        sanitisingTypes = types.ToImmutable();
        configured = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (string id in configuredIds)
        {
            foreach (ISymbol symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
            {
                configured.Add(symbol.OriginalDefinition);
            }
        }
    }

    public bool IsSanitizer(IMethodSymbol method)
    {
        IMethodSymbol original = (method.ReducedFrom ?? method).OriginalDefinition;
        if (configured.Count > 0 && configured.Contains(original))
        {
            return true;
        }

        foreach (INamedTypeSymbol type in sanitisingTypes)
        {
            if (SymbolEqualityComparer.Default.Equals(original.ContainingType.OriginalDefinition, type) && original.MethodKind == MethodKind.Ordinary)
            {
                return true;
            }
        }

        if (pseudonymiserAttribute is not null && HasPseudonymiserAttribute(original))
        {
            return true;
        }

        return NameSaysSanitiser(original.Name);
    }

    public bool IsMarkedPseudonymiser(IMethodSymbol method) =>
        pseudonymiserAttribute is not null && HasPseudonymiserAttribute((method.ReducedFrom ?? method).OriginalDefinition);

    private bool HasPseudonymiserAttribute(IMethodSymbol method)
    {
        for (IMethodSymbol? current = method; current is not null; current = current.OverriddenMethod)
        {
            foreach (AttributeData attribute in current.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, pseudonymiserAttribute))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // One instance per compilation (CompilationModel), so the verdicts go with the compilation.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> nameVerdicts = SharedCache.Create<string, bool>(StringComparer.Ordinal);

    private bool NameSaysSanitiser(string name) =>
        nameVerdicts.TryGetValue(name, out bool verdict) ? verdict : nameVerdicts.GetOrAdd(name, ComputeNameSaysSanitiser(name));

    private static bool ComputeNameSaysSanitiser(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (SanitisingWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
