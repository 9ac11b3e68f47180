using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Classification;

/// <summary>
/// WinForms and WPF controls a person types into (<c>TextBox</c>, <c>ComboBox</c>, <c>MaskedTextBox</c>…), matched by
/// metadata name since desktop frameworks are rarely referenced by a library: the <c>Text</c> of one held in a field or
/// property named like personal data (<c>txtEmail.Text</c>, <c>NomTextBox.Text</c>) is what the person typed.
/// </summary>
internal static class TextControls
{
    /// <summary>The member whose name says what <c>control.Text</c> holds, or null when the value is not a text control's text.</summary>
    public static ISymbol? NamingMember(IPropertySymbol property, IOperation? instance)
    {
        if (property.Name is not ("Text" or "SelectedText") || instance?.Type is not INamedTypeSymbol type || !IsTextControl(type))
        {
            return null;
        }

        return Infrastructure.Operations.StripImplicitConversions(instance) switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation control => control.Property,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };
    }

    private static bool IsTextControl(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if ((current.Name is "TextBoxBase" or "ComboBox" && Namespaces.Is(current.ContainingNamespace, "System.Windows.Forms"))
                || (current.Name is "TextBox" or "ComboBox" or "RichTextBox" && Namespaces.Is(current.ContainingNamespace, "System.Windows.Controls")))
            {
                return true;
            }
        }

        return false;
    }
}
