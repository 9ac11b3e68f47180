using System;
using System.Collections.Generic;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Values that names say are personal without any declaration: a getter named like personal data
/// (<c>GetEmail()</c>), the signed-in user's name (<c>IIdentity.Name</c>), a value looked up by a key named like personal
/// data (<c>claims[ClaimTypes.Email]</c>, <c>row["email"]</c>). And the one rule for surrogate keys, which are never
/// personal whatever they belong to. The flow evaluator asks; the answers are <see cref="DataLevel.Likely"/> (DS0101).
/// </summary>
internal static class NameSources
{
    /// <summary>
    /// <c>Id</c>, <c>Key</c>, or a name ending in <c>Id</c> after a lower-case letter (<c>CustomerId</c>, not <c>Guid</c> or
    /// <c>PaymentID</c>): a surrogate key is already a pseudonym, whatever object it is read from.
    /// </summary>
    public static bool IsSurrogateKey(string name) =>
        name is "Id" or "Key"
        || (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal) && char.IsLower(name[name.Length - 3]));

    /// <summary>A method whose name reads a value (<c>GetEmail</c>, <c>FindPhone</c>): its name describes its result.</summary>
    public static bool IsGetterVerb(string name) =>
        name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("Find", StringComparison.Ordinal)
        || name.StartsWith("Load", StringComparison.Ordinal) || name.StartsWith("Fetch", StringComparison.Ordinal)
        || name.StartsWith("Read", StringComparison.Ordinal) || name.StartsWith("Lookup", StringComparison.Ordinal);

    /// <summary>
    /// <c>User.Identity.Name</c>: the signed-in user's login, the commonest way an ASP.NET Core app names a person in its
    /// logs. Null for any other property.
    /// </summary>
    public static (string Display, DataClassification Classification)? IdentityName(IPropertySymbol property)
    {
        if (!string.Equals(property.Name, "Name", StringComparison.Ordinal) || property.ContainingType is not { } type)
        {
            return null;
        }

        bool identity = IsIdentity(type);
        if (!identity)
        {
            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                identity |= IsIdentity(@interface);
            }
        }

        return identity ? ("IIdentity.Name", DataClassification.Likely(DataKind.OnlineIdentifier)) : null;
    }

    /// <summary>
    /// The first key argument named like personal data: a named constant (<c>ClaimTypes.Email</c>, which says more than
    /// its value, a schema URI) or a string literal (<c>"email"</c>). Null when no key is.
    /// </summary>
    public static (string Display, DataClassification Classification)? PersonalKey(IEnumerable<IArgumentOperation> arguments, PersonalDataClassifier classifier)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Value.StripImplicitConversions() is IFieldReferenceOperation { Field: { IsConst: true } constant }
                && classifier.KindOfName(constant.Name) is { } named)
            {
                return (DisplayNames.Member(constant), DataClassification.Likely(named));
            }

            if (argument.Value.ConstantValue is { HasValue: true, Value: string key } && classifier.KindOfName(key) is { } kind)
            {
                return ("\"" + key + "\"", DataClassification.Likely(kind));
            }
        }

        return null;
    }

    private static bool IsIdentity(INamedTypeSymbol type) =>
        type.Name == "IIdentity" && Namespaces.Is(type.ContainingNamespace, "System.Security.Principal");
}
