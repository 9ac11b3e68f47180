using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// The claim types that hold a person's data when a <c>ClaimsPrincipal</c> or <c>ClaimsIdentity</c> is asked for them
/// (<c>FindFirst(ClaimTypes.Name)?.Value</c>, <c>FindFirstValue("given_name")</c>): the <c>ClaimTypes</c> URIs and the
/// OpenID Connect names. A role, a subject id or an authentication method is not.
/// </summary>
internal static class ClaimKeys
{
    // Keyed by the OpenID Connect name or by the last segment of a ClaimTypes URI.
    private static readonly Dictionary<string, DataKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = DataKind.Name,
        ["given_name"] = DataKind.Name,
        ["givenname"] = DataKind.Name,
        ["family_name"] = DataKind.Name,
        ["surname"] = DataKind.Name,
        ["middle_name"] = DataKind.Name,
        ["nickname"] = DataKind.Name,
        ["unique_name"] = DataKind.OnlineIdentifier,
        ["preferred_username"] = DataKind.OnlineIdentifier,
        ["upn"] = DataKind.OnlineIdentifier,
        ["email"] = DataKind.ContactDetails,
        ["emailaddress"] = DataKind.ContactDetails,
        ["phone_number"] = DataKind.ContactDetails,
        ["mobilephone"] = DataKind.ContactDetails,
        ["homephone"] = DataKind.ContactDetails,
        ["otherphone"] = DataKind.ContactDetails,
        ["address"] = DataKind.PostalAddress,
        ["streetaddress"] = DataKind.PostalAddress,
        ["postalcode"] = DataKind.PostalAddress,
        ["birthdate"] = DataKind.DateOfBirth,
        ["dateofbirth"] = DataKind.DateOfBirth,
    };

    /// <summary>Whether the method looks a claim up on a principal or an identity (instance or extension method).</summary>
    public static bool IsClaimLookup(IMethodSymbol method)
    {
        if (method.Name is not ("FindFirst" or "FindFirstValue" or "FindAll"))
        {
            return false;
        }

        // An operation's extension call names the static method, whose first parameter is the principal.
        IMethodSymbol declared = method.ReducedFrom ?? method;
        ITypeSymbol? holder = declared.IsExtensionMethod && declared.Parameters.Length > 0 ? declared.Parameters[0].Type : method.ContainingType;
        for (ITypeSymbol? type = holder; type is not null; type = type.BaseType)
        {
            if (type.Name is "ClaimsPrincipal" or "ClaimsIdentity")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind of personal data a claim type holds, or null (a role, a subject id, an unknown type).</summary>
    public static DataKind? KindOf(string claimType)
    {
        int slash = claimType.LastIndexOf('/');
        string key = slash >= 0 ? claimType.Substring(slash + 1) : claimType;
        return Kinds.TryGetValue(key, out DataKind kind) ? kind : null;
    }
}
