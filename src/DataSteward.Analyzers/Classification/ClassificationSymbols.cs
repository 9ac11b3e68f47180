using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Classification;

/// <summary>The attribute types that classify data, resolved once per compilation. Any of them may be absent.</summary>
internal sealed class ClassificationSymbols
{
    private ClassificationSymbols(Compilation compilation)
    {
        PersonalData = compilation.ResolveType(MetadataNames.PersonalDataAttribute);
        SensitiveData = compilation.ResolveType(MetadataNames.SensitiveDataAttribute);
        Pseudonymised = compilation.ResolveType(MetadataNames.PseudonymisedAttribute);
        NotPersonalData = compilation.ResolveType(MetadataNames.NotPersonalDataAttribute);
        IdentityPersonalData = compilation.ResolveType(MetadataNames.IdentityPersonalDataAttribute);
        IdentityProtectedPersonalData = compilation.ResolveType(MetadataNames.IdentityProtectedPersonalDataAttribute);
        DataClassification = compilation.ResolveType(MetadataNames.DataClassificationAttribute);
        NoDataClassification = compilation.ResolveType(MetadataNames.NoDataClassificationAttribute);
        UnknownDataClassification = compilation.ResolveType(MetadataNames.UnknownDataClassificationAttribute);
    }

    public INamedTypeSymbol? PersonalData { get; }

    public INamedTypeSymbol? SensitiveData { get; }

    public INamedTypeSymbol? Pseudonymised { get; }

    public INamedTypeSymbol? NotPersonalData { get; }

    public INamedTypeSymbol? IdentityPersonalData { get; }

    public INamedTypeSymbol? IdentityProtectedPersonalData { get; }

    public INamedTypeSymbol? DataClassification { get; }

    public INamedTypeSymbol? NoDataClassification { get; }

    public INamedTypeSymbol? UnknownDataClassification { get; }

    /// <summary>True when no classifying attribute exists: only the name heuristics can find anything.</summary>
    public bool IsEmpty =>
        PersonalData is null && SensitiveData is null && IdentityPersonalData is null &&
        IdentityProtectedPersonalData is null && DataClassification is null;

    public static ClassificationSymbols Create(Compilation compilation) => new(compilation);
}
