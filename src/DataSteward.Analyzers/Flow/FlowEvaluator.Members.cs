using System;
using System.Collections.Generic;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Flow;

/// <summary>Members read: properties (declared, computed, Identity names), fields, tuple elements, and keys named like personal data.</summary>
internal sealed partial class FlowEvaluator
{
    private Taint? FromProperty(IPropertyReferenceOperation reference, int depth)
    {
        IPropertySymbol property = reference.Property;
        DataClassification declared = context.Classifier.ClassifyDeclared(property);
        if (declared.ExplicitlyClean)
        {
            return null;
        }

        if (declared.IsClassified)
        {
            return Taint.From(DisplayNames.Member(property), declared);
        }

        Taint? result = null;
        if (reference.Instance is { } instance && !property.IsIndexer && SourceSymbols.IsFromSource(property) == false && !IsShapeProperty(property.Name)
            && !IsClaimMetadata(property))
        {
            // A view of a personal value from a library type: date.Year, list[0], task.Result, nullable.Value.
            result = Eval(instance, depth);
        }
        else if (property.IsIndexer && reference.Instance is { } indexed)
        {
            result = Taint.Union(Eval(indexed, depth), FromConstantKey(reference.Arguments, context.Classifier));
        }

        if (result is null && SourceSymbols.IsFromSource(property) && property.GetMethod is { } getter)
        {
            // A computed property of this compilation (FullName => First + " " + Last) carries what its getter reads.
            result = context.Summaries.Get(getter, request).Own;
        }

        if (result is null && UseNames)
        {
            result = Taint.From(DisplayNames.Member(property), context.Classifier.ClassifyByName(property))
                ?? (NameSources.IdentityName(property) is { } identity ? Taint.From(identity.Display, identity.Classification) : null)
                ?? FromTextControl(property, reference.Instance);
        }

        return result;
    }

    // txtEmail.Text, NomTextBox.Text: what a person typed into a desktop form, named by the control's field.
    private Taint? FromTextControl(IPropertySymbol property, IOperation? instance) =>
        TextControls.NamingMember(property, instance) is { } control && context.Classifier.KindOfName(control.Name) is { } kind
            ? Taint.From(control.Name + "." + property.Name, DataClassification.Likely(kind))
            : null;

    private Taint? FromField(IFieldReferenceOperation reference, int depth)
    {
        IFieldSymbol field = reference.Field;
        DataClassification declared = context.Classifier.ClassifyDeclared(field);
        if (declared.ExplicitlyClean)
        {
            return null;
        }

        if (declared.IsClassified)
        {
            return Taint.From(DisplayNames.Member(field), declared);
        }

        if (reference.Instance is { } tupleInstance && field.ContainingType is { IsTupleType: true } tuple)
        {
            return FromTupleElement(tupleInstance, TupleIndex(tuple, field), depth);
        }

        if (reference.Instance is { } instance && !SourceSymbols.IsFromSource(field))
        {
            // Item1 of a tuple, a field of a library struct.
            Taint? viewed = Eval(instance, depth);
            if (viewed is not null)
            {
                return viewed;
            }
        }

        return UseNames && !field.IsConst ? Taint.From(DisplayNames.Member(field), context.Classifier.ClassifyByName(field)) : null;
    }

    // pair.Email of var pair = (citizen.Email, citizen.Municipality): only that element, not the whole tuple.
    private Taint? FromTupleElement(IOperation instance, int index, int depth)
    {
        IOperation natural = Operations.StripImplicitConversions(instance);
        if (index < 0)
        {
            return Eval(natural, depth);
        }

        if (natural is ITupleOperation literal)
        {
            return index < literal.Elements.Length ? Eval(literal.Elements[index], depth) : null;
        }

        if (natural is ILocalReferenceOperation local && localReadsInProgress.Add(local))
        {
            try
            {
                Taint? result = null;
                foreach (LocalWrite write in Writes.Reaching(local.Local, local))
                {
                    result = Taint.Union(result, write.Value is { } value ? FromTupleElement(value, index, depth) : null);
                }

                return result;
            }
            finally
            {
                localReadsInProgress.Remove(local);
            }
        }

        return Eval(natural, depth);
    }

    private static int TupleIndex(INamedTypeSymbol tuple, IFieldSymbol field)
    {
        // Item1…ItemN, whatever the element's friendly name.
        string underlying = (field.CorrespondingTupleField ?? field).Name;
        if (underlying.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(underlying.Substring(4), out int position) && position >= 1)
        {
            return position - 1;
        }

        for (int i = 0; i < tuple.TupleElements.Length; i++)
        {
            if (string.Equals(tuple.TupleElements[i].Name, field.Name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static Taint? FromConstantKey(IEnumerable<IArgumentOperation> arguments, PersonalDataClassifier classifier) =>
        NameSources.PersonalKey(arguments, classifier) is { } key ? Taint.From(key.Display, key.Classification) : null;

    private static Taint? FromClaimType(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (ClaimOfType(argument.Value) is { } claim)
            {
                return claim;
            }
        }

        return null;
    }

    // A constant claim type that names a person's data: "claim ClaimTypes.Email", "claim \"given_name\"".
    private static Taint? ClaimOfType(IOperation claimType)
    {
        if (claimType.ConstantValue is not { HasValue: true, Value: string type } || ClaimKeys.KindOf(type) is not { } kind)
        {
            return null;
        }

        string display = Operations.StripImplicitConversions(claimType) is IFieldReferenceOperation { Field: { } constant }
            ? DisplayNames.Member(constant)
            : "\"" + type + "\"";
        return Taint.From("claim " + display, DataClassification.Likely(kind));
    }

    // A claim's type, issuer or value type says what kind of claim it is, not the person's data its Value holds.
    private static bool IsClaimMetadata(IPropertySymbol property) =>
        property.Name is "Type" or "Issuer" or "OriginalIssuer" or "ValueType" && property.ContainingType?.Name == "Claim";

    // Length, Count and friends describe a value's shape, not its content; a surrogate key is already a pseudonym.
    private static bool IsShapeProperty(string name) =>
        name is "Length" or "Count" or "LongCount" or "IsEmpty" or "HasValue" or "Capacity" or "Rank" or "Kind"
        || NameSources.IsSurrogateKey(name);
}
