using DataSteward.Analyzers.Infrastructure;
using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// Answers "what does this symbol declare about the data it holds?" for members, parameters, method returns and
/// types, following the contract of DESIGN.md: DataSteward's attributes, Identity's and Microsoft's classification
/// attributes, positional record parameters, overrides and interface implementations, classified types, and
/// (as <see cref="DataLevel.Likely"/>) the name heuristics. One instance per compilation; thread-safe; cached.
/// </summary>
internal sealed class PersonalDataClassifier
{
    private readonly ClassificationSymbols symbols;
    private readonly ImmutableHashSet<string> configuredSources;
    private readonly ConcurrentDictionary<ISymbol, DataClassification> declared = SharedCache.Create<ISymbol, DataClassification>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, DataClassification> types = SharedCache.Create<ITypeSymbol, DataClassification>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, DataKind?> names = SharedCache.Create<string, DataKind?>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SensitiveKind?> specialNames = SharedCache.Create<string, SensitiveKind?>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> softwareNames = SharedCache.Create<string, bool>(StringComparer.Ordinal);

    public PersonalDataClassifier(ClassificationSymbols symbols, ImmutableHashSet<string>? configuredSources = null)
    {
        this.symbols = symbols;
        this.configuredSources = configuredSources ?? ImmutableHashSet<string>.Empty;
    }

    public ClassificationSymbols Symbols => symbols;

    /// <summary>
    /// The declared classification of a property, field, parameter or method (its return value), or of the
    /// instances of the member's containing type when that type is classified. Name heuristics are not applied.
    /// </summary>
    public DataClassification ClassifyDeclared(ISymbol symbol) =>
        GetOrCompute(declared, symbol.OriginalDefinition, s => ComputeDeclared(s, depth: 0));

    /// <summary>The declared classification, or else what the name says (<see cref="DataLevel.Likely"/>).</summary>
    public DataClassification Classify(ISymbol symbol)
    {
        DataClassification result = ClassifyDeclared(symbol);
        if (result.IsClassified || result.ExplicitlyClean)
        {
            return result;
        }

        return ClassifyByName(symbol);
    }

    /// <summary>The kind of personal data a name says (<see cref="NameHeuristics"/>), cached for the compilation.</summary>
    public DataKind? KindOfName(string name)
    {
        if (names.TryGetValue(name, out DataKind? known))
        {
            return known;
        }

        return names.GetOrAdd(name, NameHeuristics.Match(name));
    }

    /// <summary>The special category a name says (<see cref="SpecialCategoryNames"/>), cached for the compilation.</summary>
    public SensitiveKind? SpecialCategoryOfName(string name) =>
        specialNames.TryGetValue(name, out SensitiveKind? known) ? known : specialNames.GetOrAdd(name, SpecialCategoryNames.Match(name));

    /// <summary>Whether a type name turns a special-category word into software (<c>HealthStatus</c>), cached for the compilation.</summary>
    public bool NamesSoftware(string name) =>
        softwareNames.TryGetValue(name, out bool known) ? known : softwareNames.GetOrAdd(name, SpecialCategoryNames.NamesSoftware(name));

    /// <summary>What the symbol's name says, for a symbol whose type can carry personal data.</summary>
    public DataClassification ClassifyByName(ISymbol symbol)
    {
        // The name first: it is cached, and rules out almost every symbol before its type is looked at.
        DataKind? kind = KindOfName(symbol.Name);
        if (kind is null)
        {
            return DataClassification.None;
        }

        ITypeSymbol? type = TypeOf(symbol);
        if (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } awaited)
        {
            // GetUserNameAsync(): what the name describes is what the task gives.
            type = awaited.TypeArguments[0];
        }

        if (type is null || !CanCarryPersonalData(type) || IsLibraryService(type)
            || (kind == DataKind.PostalAddress && IsTechnicalAddressType(type))
            || IsFrameworkMember(symbol)
            || (symbol is IPropertySymbol or IFieldSymbol && symbol.ContainingType is { } owner && NameHeuristics.OwnerIsAThing(owner.Name, kind.Value))
            || (kind == DataKind.Location && !LocatesAPerson(symbol)))
        {
            return DataClassification.None;
        }

        return DataClassification.Likely(kind.Value);
    }

    // Assembly.FullName, Type.FullName, FileSystemInfo.FullName, Uri.UserInfo: a framework type's member describes the
    // framework's object, not a person, unless the type is one that holds a person's data.
    private static bool IsFrameworkMember(ISymbol symbol)
    {
        if (symbol is not (IPropertySymbol or IFieldSymbol or IMethodSymbol) || symbol.ContainingType is not { } type || IsDeclaredInSource(type))
        {
            return false;
        }

        string? root = RootNamespace(type);
        if (root is not ("System" or "Microsoft"))
        {
            return false;
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (PersonHoldingFrameworkTypes.Contains(current.Name))
            {
                return false;
            }
        }

        return true;
    }

    // Framework types whose members do hold a person's data: identity, claims, mail addresses, the client connection.
    private static readonly System.Collections.Generic.HashSet<string> PersonHoldingFrameworkTypes = new(StringComparer.Ordinal)
    {
        "ClaimsPrincipal", "ClaimsIdentity", "Claim", "IIdentity", "IdentityUser", "UserManager", "SignInManager",
        "IUserEmailStore", "IUserPhoneNumberStore", "UserLoginInfo", "ExternalLoginInfo", "MailAddress", "ConnectionInfo",
        "HttpConnection", "IPEndPoint", "HttpRequest", "IHeaderDictionary", "IFormCollection", "IQueryCollection",
    };

    private static bool IsDeclaredInSource(INamedTypeSymbol type)
    {
        foreach (Location location in type.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    private static string? RootNamespace(INamedTypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return null;
        }

        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        return ns.Name;
    }

    // Latitude and longitude are a person's location only when they belong to a person or their device: a venue's,
    // a store's or a photo's coordinates are a thing's ("UserLatitude", "Device.Longitude" are; "Store.Latitude" is not).
    private static bool LocatesAPerson(ISymbol symbol) =>
        NameHeuristics.NamesAPersonOrDevice(symbol.Name)
        || (symbol is IPropertySymbol or IFieldSymbol && symbol.ContainingType is { } owner && NameHeuristics.NamesAPersonOrDevice(owner.Name));

    /// <summary>The classification of every instance of a type (<c>[PersonalData]</c> on a class, struct or record).</summary>
    public DataClassification ClassifyType(ITypeSymbol type) =>
        GetOrCompute(types, type.OriginalDefinition, ComputeType);

    // An SmtpClient named EmailClient, an IOptions<EmailSettings> named emailOptions: a library object, not the data.
    private static bool IsLibraryService(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || type.IsValueType || type.TypeKind is TypeKind.Array or TypeKind.TypeParameter or TypeKind.Error
            || type.Name is "IPAddress" or "MailAddress" or "PhysicalAddress")
        {
            return false;
        }

        foreach (Location location in type.Locations)
        {
            if (location.IsInSource)
            {
                return false;
            }
        }

        // Collections of strings and the like still carry what their name says.
        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            if (@interface.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Values of these types carry no identity whatever their origin: a flag, a count.</summary>
    public static bool CanCarryPersonalData(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType != SpecialType.System_Boolean
            && type.SpecialType != SpecialType.System_Void
            && type.TypeKind != TypeKind.Enum
            && type.TypeKind != TypeKind.Delegate;
    }

    // netstandard2.0's ConcurrentDictionary has no GetOrAdd with state; a plain lookup first avoids the closure on hits.
    private static DataClassification GetOrCompute<TKey>(ConcurrentDictionary<TKey, DataClassification> cache, TKey key, Func<TKey, DataClassification> compute)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out DataClassification cached))
        {
            return cached;
        }

        return cache.GetOrAdd(key, compute(key));
    }

    private DataClassification ComputeDeclared(ISymbol symbol, int depth)
    {
        if (depth > 8)
        {
            return DataClassification.None;
        }

        DataClassification own = FromAttributes(symbol is IMethodSymbol returning ? returning.GetReturnTypeAttributes() : symbol.GetAttributes(), symbol);
        if (own.IsClassified || own.ExplicitlyClean)
        {
            return own;
        }

        if (!configuredSources.IsEmpty && symbol.GetDocumentationCommentId() is { } id && configuredSources.Contains(id))
        {
            return DataClassification.Personal(KindOfName(symbol.Name) ?? DataKind.Unspecified);
        }

        DataClassification inherited = symbol switch
        {
            IPropertySymbol property => FromProperty(property, depth),
            IMethodSymbol method => method.OverriddenMethod is { } overridden ? ComputeDeclared(overridden, depth + 1) : FromInterfaces(method, depth),
            IFieldSymbol field when field.AssociatedSymbol is IPropertySymbol property => ComputeDeclared(property, depth + 1),
            _ => DataClassification.None,
        };
        if (inherited.IsClassified || inherited.ExplicitlyClean)
        {
            return inherited;
        }

        return FromContainingType(symbol);
    }

    private DataClassification FromProperty(IPropertySymbol property, int depth)
    {
        // record Citizen([PersonalData] string Email): the attribute lands on the parameter, the data on the property.
        DataClassification fromParameter = FromPrimaryConstructorParameter(property);
        if (fromParameter.IsClassified || fromParameter.ExplicitlyClean)
        {
            return fromParameter;
        }

        if (property.OverriddenProperty is { } overridden)
        {
            DataClassification fromBase = ComputeDeclared(overridden, depth + 1);
            if (fromBase.IsClassified || fromBase.ExplicitlyClean)
            {
                return fromBase;
            }
        }

        return FromInterfaces(property, depth);
    }

    private DataClassification FromInterfaces(ISymbol member, int depth)
    {
        INamedTypeSymbol? type = member.ContainingType;
        if (type is null || type.TypeKind == TypeKind.Interface || member.IsStatic)
        {
            return DataClassification.None;
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            foreach (ISymbol candidate in @interface.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                {
                    DataClassification result = ComputeDeclared(candidate, depth + 1);
                    if (result.IsClassified || result.ExplicitlyClean)
                    {
                        return result;
                    }
                }
            }
        }

        // Explicit implementations have another name: look at what they implement.
        ImmutableArray<ISymbol> explicitImplementations = member switch
        {
            IPropertySymbol p => ImmutableArray<ISymbol>.CastUp(p.ExplicitInterfaceImplementations),
            IMethodSymbol m => ImmutableArray<ISymbol>.CastUp(m.ExplicitInterfaceImplementations),
            _ => ImmutableArray<ISymbol>.Empty,
        };
        foreach (ISymbol implemented in explicitImplementations)
        {
            DataClassification result = ComputeDeclared(implemented, depth + 1);
            if (result.IsClassified || result.ExplicitlyClean)
            {
                return result;
            }
        }

        return DataClassification.None;
    }

    private DataClassification FromPrimaryConstructorParameter(IPropertySymbol property)
    {
        // The syntax first: InstanceConstructors builds a new array out of all the type's members at every call, and
        // this is asked for every property classified.
        INamedTypeSymbol type = property.ContainingType;
        if (!PrimaryConstructorDeclares(type, property.Name))
        {
            return DataClassification.None;
        }

        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            if (!IsPrimaryConstructor(constructor))
            {
                continue;
            }

            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (string.Equals(parameter.Name, property.Name, StringComparison.Ordinal))
                {
                    return FromAttributes(parameter.GetAttributes(), property);
                }
            }
        }

        return DataClassification.None;
    }

    private static bool PrimaryConstructorDeclares(INamedTypeSymbol type, string name)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax { ParameterList: { } parameters })
            {
                foreach (Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax parameter in parameters.Parameters)
                {
                    if (string.Equals(parameter.Identifier.ValueText, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor)
    {
        foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
        {
            // A primary constructor is declared by the type declaration itself, not by a constructor declaration.
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private DataClassification FromContainingType(ISymbol symbol)
    {
        if (symbol is not (IPropertySymbol or IFieldSymbol) || symbol.IsStatic || symbol.ContainingType is null)
        {
            return DataClassification.None;
        }

        DataClassification typeLevel = ClassifyType(symbol.ContainingType);
        if (!typeLevel.IsClassified)
        {
            return DataClassification.None;
        }

        // A personal record's flags and surrogate key carry no identity (a key is already a pseudonym).
        ITypeSymbol? memberType = TypeOf(symbol);
        if (memberType is null || !CanCarryPersonalData(memberType) || NameSources.IsSurrogateKey(symbol.Name))
        {
            return DataClassification.None;
        }

        return typeLevel.Level == DataLevel.Sensitive
            ? typeLevel
            : DataClassification.Personal(KindOfName(symbol.Name) ?? typeLevel.Kind);
    }

    private DataClassification ComputeType(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            DataClassification result = FromAttributes(current.GetAttributes(), current);
            if (result.IsClassified || result.ExplicitlyClean)
            {
                return result;
            }
        }

        return DataClassification.None;
    }

    private DataClassification FromAttributes(ImmutableArray<AttributeData> attributes, ISymbol owner)
    {
        if (attributes.IsEmpty)
        {
            return DataClassification.None;
        }

        DataClassification result = DataClassification.None;
        foreach (AttributeData attribute in attributes)
        {
            INamedTypeSymbol? attributeClass = attribute.AttributeClass;
            if (attributeClass is null)
            {
                continue;
            }

            // An explicit statement that the value is safe beats any other attribute on the same symbol.
            if (Is(attributeClass, symbols.Pseudonymised))
            {
                return DataClassification.Pseudonymised;
            }

            if (Is(attributeClass, symbols.NotPersonalData) || Is(attributeClass, symbols.NoDataClassification))
            {
                return DataClassification.NotPersonal;
            }

            if (Is(attributeClass, symbols.SensitiveData))
            {
                result = DataClassification.Sensitive((SensitiveKind)ReadEnumArgument(attribute, (int)SensitiveKind.Health));
            }
            else if (result.Level < DataLevel.Personal && Is(attributeClass, symbols.PersonalData))
            {
                result = DataClassification.Personal((DataKind)ReadEnumArgument(attribute, (int)DataKind.Unspecified));
            }
            else if (result.Level < DataLevel.Personal && IsForeignPersonalDataAttribute(attributeClass, owner))
            {
                result = DataClassification.Personal(KindOfName(owner.Name) ?? DataKind.Unspecified);
            }
        }

        return result;
    }

    private bool IsForeignPersonalDataAttribute(INamedTypeSymbol attributeClass, ISymbol owner)
    {
        if (Is(attributeClass, symbols.IdentityPersonalData) || Is(attributeClass, symbols.IdentityProtectedPersonalData))
        {
            // Identity marks Id and the *Confirmed / TwoFactorEnabled flags too: neither identifies anyone.
            ITypeSymbol? type = TypeOf(owner);
            return type is not null && CanCarryPersonalData(type) && !NameSources.IsSurrogateKey(owner.Name);
        }

        if (symbols.DataClassification is not null && !Is(attributeClass, symbols.UnknownDataClassification))
        {
            for (INamedTypeSymbol? current = attributeClass; current is not null; current = current.BaseType)
            {
                if (Is(current, symbols.DataClassification))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int ReadEnumArgument(AttributeData attribute, int fallback)
    {
        // Half-typed code ([PersonalData(42)], [SensitiveData("x")]) must never throw: take what is readable.
        if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int value)
        {
            return value;
        }

        return fallback;
    }

    internal static bool IsTechnicalAddressType(ITypeSymbol type)
    {
        if (type.SpecialType is SpecialType.System_IntPtr or SpecialType.System_UIntPtr or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Int32 or SpecialType.System_UInt32)
        {
            return true;
        }

        string name = type.Name;
        return name is "IPAddress" or "EndPoint" or "IPEndPoint" or "Uri" or "PhysicalAddress" or "MailAddress";
    }

    internal static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    private static bool Is(INamedTypeSymbol candidate, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, known);
}
