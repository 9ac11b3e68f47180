using System;
using System.Collections.Immutable;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Rules;

/// <summary>What a hash call hashes, and the name DS0006 gives the hash API (<c>SHA256.HashData</c>).</summary>
internal readonly record struct HashCall(ImmutableArray<IOperation> Inputs, string Display, bool IsHashCode);

/// <summary>
/// The hash APIs of one compilation, resolved once: the unkeyed algorithms (MD5, SHA-1, SHA-2, SHA-3) and their
/// static one-shot methods, <c>HashAlgorithm</c> instances that are not keyed, <c>IncrementalHash</c> created with
/// <c>CreateHash</c>, <c>CryptographicOperations.HashData</c>, and <c>GetHashCode</c> / <c>HashCode.Combine</c>.
/// Keyed algorithms (everything deriving from <c>KeyedHashAlgorithm</c>, <c>IncrementalHash.CreateHMAC</c>) are not
/// hash calls for DS0006.
/// </summary>
internal sealed class HashApis
{
    private static readonly string[] UnkeyedAlgorithmNames =
    [
        "System.Security.Cryptography.MD5",
        "System.Security.Cryptography.SHA1",
        "System.Security.Cryptography.SHA256",
        "System.Security.Cryptography.SHA384",
        "System.Security.Cryptography.SHA512",
        "System.Security.Cryptography.SHA3_256",
        "System.Security.Cryptography.SHA3_384",
        "System.Security.Cryptography.SHA3_512",
    ];

    // The parameter that receives the data, in every overload of the hash APIs.
    private static readonly string[] DataParameterNames = ["source", "buffer", "inputStream", "inputBuffer", "data"];

    private readonly ImmutableArray<INamedTypeSymbol> unkeyedAlgorithms;
    private readonly INamedTypeSymbol? hashAlgorithm;
    private readonly INamedTypeSymbol? keyedHashAlgorithm;
    private readonly INamedTypeSymbol? incrementalHash;
    private readonly INamedTypeSymbol? cryptographicOperations;
    private readonly INamedTypeSymbol? hashCode;

    private HashApis(Compilation compilation)
    {
        ImmutableArray<INamedTypeSymbol>.Builder algorithms = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (string name in UnkeyedAlgorithmNames)
        {
            if (compilation.ResolveType(name) is { } type)
            {
                algorithms.Add(type);
            }
        }

        unkeyedAlgorithms = algorithms.ToImmutable();
        hashAlgorithm = compilation.ResolveType("System.Security.Cryptography.HashAlgorithm");
        keyedHashAlgorithm = compilation.ResolveType("System.Security.Cryptography.KeyedHashAlgorithm");
        incrementalHash = compilation.ResolveType("System.Security.Cryptography.IncrementalHash");
        cryptographicOperations = compilation.ResolveType("System.Security.Cryptography.CryptographicOperations");
        hashCode = compilation.ResolveType("System.HashCode");
    }

    public static HashApis Create(Compilation compilation) => new(compilation);

    /// <summary>A cheap filter on the method name, before anything else is looked at.</summary>
    public static bool MayBeHashCall(string name) =>
        name is "GetHashCode" or "Combine" or "HashData" or "TryHashData" or "HashDataAsync" or "ComputeHash" or "ComputeHashAsync"
            or "TryComputeHash" or "TransformBlock" or "TransformFinalBlock" or "AppendData";

    /// <summary>The hash call <paramref name="invocation"/> makes, or null when it is not an unkeyed hash.</summary>
    public HashCall? Match(IInvocationOperation invocation, Func<LocalWrites> writes)
    {
        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol? type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        string name = method.Name;
        if (name == "GetHashCode" || (name == "Combine" && method.IsStatic && Same(type, hashCode)))
        {
            ImmutableArray<IOperation>.Builder inputs = ImmutableArray.CreateBuilder<IOperation>();
            if (invocation.Instance is { } instance)
            {
                inputs.Add(instance);
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    inputs.Add(argument.Value);
                }
            }

            return inputs.Count == 0 ? null : new HashCall(inputs.ToImmutable(), type.Name + "." + name, IsHashCode: true);
        }

        if (method.IsStatic)
        {
            bool oneShot = name is "HashData" or "TryHashData" or "HashDataAsync"
                && (Same(type, cryptographicOperations) || System.Linq.Enumerable.Contains(unkeyedAlgorithms, type, SymbolEqualityComparer.Default));
            return oneShot ? DataCall(invocation, type.Name + "." + name) : null;
        }

        if (name is "ComputeHash" or "ComputeHashAsync" or "TryComputeHash" or "TransformBlock" or "TransformFinalBlock"
            && hashAlgorithm is not null && DerivesFrom(type, hashAlgorithm)
            && InstanceOrigin(invocation.Instance, writes, 0) == Keying.Unkeyed)
        {
            return DataCall(invocation, type.Name + "." + name);
        }

        if (name == "AppendData" && Same(type, incrementalHash) && InstanceOrigin(invocation.Instance, writes, 0) == Keying.Unkeyed)
        {
            return DataCall(invocation, type.Name + "." + name);
        }

        return null;
    }

    private static HashCall? DataCall(IInvocationOperation invocation, string display)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && Array.IndexOf(DataParameterNames, parameter.Name) >= 0 && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return new HashCall(ImmutableArray.Create(argument.Value), display, IsHashCode: false);
            }
        }

        return null;
    }

    /// <summary>Whether a hash object is keyed: by its static type when that says enough, else by where it was made.</summary>
    private Keying InstanceOrigin(IOperation? instance, Func<LocalWrites> writes, int depth)
    {
        if (instance is null || depth > 4)
        {
            return Keying.Unknown;
        }

        while (instance is IConversionOperation or IParenthesizedOperation)
        {
            instance = instance is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)instance).Operand;
        }

        Keying byType = OfType(instance.Type);
        if (byType != Keying.Unknown)
        {
            return byType;
        }

        switch (instance)
        {
            case IInvocationOperation { TargetMethod: { IsStatic: true } factory }:
                return OfFactory(factory, (IInvocationOperation)instance);
            case IObjectCreationOperation creation:
                return OfType(creation.Type);
            case ILocalReferenceOperation local:
                Keying result = Keying.Unknown;
                foreach (LocalWrite write in writes().Reaching(local.Local, local))
                {
                    Keying written = write.Value is null ? Keying.Unknown : InstanceOrigin(write.Value, writes, depth + 1);
                    if (written == Keying.Unkeyed)
                    {
                        return Keying.Unkeyed;
                    }

                    if (written == Keying.Keyed)
                    {
                        result = Keying.Keyed;
                    }
                }

                return result;
            default:
                return Keying.Unknown;
        }
    }

    private Keying OfFactory(IMethodSymbol factory, IInvocationOperation call)
    {
        INamedTypeSymbol? type = factory.ContainingType;
        if (type is null)
        {
            return Keying.Unknown;
        }

        if (Same(type, incrementalHash))
        {
            return factory.Name switch
            {
                "CreateHash" => Keying.Unkeyed,
                "CreateHMAC" => Keying.Keyed,
                _ => Keying.Unknown,
            };
        }

        if (factory.Name != "Create" || hashAlgorithm is null || !DerivesFrom(type, hashAlgorithm))
        {
            return Keying.Unknown;
        }

        if (keyedHashAlgorithm is not null && DerivesFrom(type, keyedHashAlgorithm))
        {
            return Keying.Keyed;
        }

        // HashAlgorithm.Create("HMACSHA256") makes a keyed algorithm (with a random key).
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string algorithm } && algorithm.IndexOf("HMAC", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return Keying.Keyed;
            }
        }

        return Keying.Unkeyed;
    }

    private Keying OfType(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
        {
            return Keying.Unknown;
        }

        if (keyedHashAlgorithm is not null && DerivesFrom(named, keyedHashAlgorithm))
        {
            return Keying.Keyed;
        }

        foreach (INamedTypeSymbol algorithm in unkeyedAlgorithms)
        {
            if (DerivesFrom(named, algorithm))
            {
                return Keying.Unkeyed;
            }
        }

        return Keying.Unknown;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(INamedTypeSymbol type, INamedTypeSymbol? other) =>
        other is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, other);

    private enum Keying
    {
        Unknown,
        Unkeyed,
        Keyed,
    }
}
