using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Flow;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// A message-template hole named like personal data (<c>"Sent to {Email}", to</c>, <c>{NomUsager}</c>, a
/// <c>[LoggerMessage]</c> parameter <c>email</c>) says what a local or a parameter holds when its value says nothing:
/// the developer named it. A member or a call is judged by its own name (<c>citizen.Municipality</c>,
/// <c>Mask.Email(x)</c>), and so is a local or parameter whose name says something else (<c>serverIp</c> for
/// <c>{Address}</c>); a number, a flag or a Guid is a count, a state or an identifier; a local that only ever holds
/// constants, or a parameter classified clean, is not personal; <c>{EmailTemplateId}</c> and <c>{UserCount}</c> are
/// not personal names.
/// </summary>
internal static class TemplateHoleEvidence
{
    private const int MaxDisplayLength = 40;

    public static Taint? For(IOperation argument, string holeName, CompilationModel flow)
    {
        // The name first: cached, and it rules out almost every hole.
        if (flow.Classifier.KindOfName(holeName) is not { } kind)
        {
            return null;
        }

        IOperation value = Operations.StripImplicitConversions(argument);
        if (value.ConstantValue.HasValue || (value.Type is { } type && !CanNameAPerson(type)))
        {
            return null;
        }

        if (kind == DataKind.PostalAddress && value.Type is { } addressType && PersonalDataClassifier.IsTechnicalAddressType(addressType))
        {
            return null;
        }

        bool unnamedValue = value switch
        {
            ILocalReferenceOperation local => !NameHeuristics.SaysSomethingElse(local.Local.Name, kind) && !OnlyConstantsWritten(local),
            IParameterReferenceOperation parameter => !NameHeuristics.SaysSomethingElse(parameter.Parameter.Name, kind)
                && !flow.Classifier.ClassifyDeclared(parameter.Parameter).ExplicitlyClean,
            _ => false,
        };

        return unnamedValue ? Taint.From(Display(value, holeName), DataClassification.Likely(kind)) : null;
    }

    /// <summary>
    /// The other way round: a hole named after a thing (<c>{Path}</c>, <c>{File}</c>, <c>{ServerAddress}</c>) says what a
    /// local or a parameter holds when the only evidence against it is its own name (<c>fullName</c> of a file).
    /// </summary>
    public static bool NamesAThing(IOperation argument, string holeName, Taint taint)
    {
        string? variable = Operations.StripImplicitConversions(argument) switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => null,
        };
        if (variable is null)
        {
            return false;
        }

        foreach (DataOrigin origin in taint.Origins)
        {
            if (origin.Display != variable || origin.Classification.Level != DataLevel.Likely || !NameHeuristics.OwnerIsAThing(holeName, origin.Classification.Kind))
            {
                return false;
            }
        }

        return true;
    }

    // A number, a flag, an enum or a Guid is a count, a state or an identifier, whatever the hole is called.
    private static bool CanNameAPerson(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return PersonalDataClassifier.CanCarryPersonalData(type)
            && type.SpecialType is not (SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal)
            && type.Name != "Guid";
    }

    // var postcode = "75001": a local whose every write is a constant holds no one's data.
    private static bool OnlyConstantsWritten(ILocalReferenceOperation reference)
    {
        IOperation root = reference;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        bool anyWrite = false;
        foreach (IOperation operation in root.Descendants())
        {
            IOperation? written = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local) => declarator.Initializer?.Value,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local) => assignment.Value,
                _ => null,
            };
            if (written is null)
            {
                continue;
            }

            anyWrite = true;
            if (!written.ConstantValue.HasValue)
            {
                return false;
            }
        }

        return anyWrite;
    }

    private static string Display(IOperation value, string holeName)
    {
        string text = value.Syntax.ToString();
        if (text.Length > MaxDisplayLength || text.IndexOf('\n') >= 0)
        {
            text = "the argument";
        }

        return text + " (as {" + holeName + "})";
    }
}
