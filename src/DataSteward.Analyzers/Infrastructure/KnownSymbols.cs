using DataSteward.Analyzers.Classification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>The well-known types the rules compare against, resolved once per compilation. Any of them may be absent.</summary>
internal sealed class KnownSymbols
{
    public KnownSymbols(Compilation compilation)
    {
        Classification = ClassificationSymbols.Create(compilation);
        LoggerInterface = compilation.ResolveType("Microsoft.Extensions.Logging.ILogger");
        LoggerMessageAttribute = compilation.ResolveType("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        Console = compilation.ResolveType("System.Console");
        CryptoStream = compilation.ResolveType("System.Security.Cryptography.CryptoStream");
        StringWriter = compilation.ResolveType("System.IO.StringWriter");
        DatasetAttribute = compilation.ResolveType(MetadataNames.DatasetAttribute);
    }

    /// <summary>The attributes that classify data.</summary>
    public ClassificationSymbols Classification { get; }

    public INamedTypeSymbol? LoggerInterface { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? Console { get; }

    public INamedTypeSymbol? CryptoStream { get; }

    public INamedTypeSymbol? StringWriter { get; }

    public INamedTypeSymbol? DatasetAttribute { get; }
}
