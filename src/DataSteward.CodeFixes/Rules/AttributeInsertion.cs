using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// Adds a DataSteward attribute to a declaration the way a developer would type it: on its own line above a
/// member (keeping doc comments above it), inline before a parameter; and imports <c>DataSteward</c> unless that
/// would make <c>PersonalData</c> ambiguous with ASP.NET Core Identity's, in which case the name is qualified.
/// </summary>
internal static class AttributeInsertion
{
    private const string Namespace = "DataSteward";

    public static SyntaxNode? FindDeclaration(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        SyntaxNode? node = root.FindToken(span.Start).Parent;
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case PropertyDeclarationSyntax:
                case ParameterSyntax:
                case FieldDeclarationSyntax:
                    return current;
                case VariableDeclaratorSyntax when current.Parent?.Parent is FieldDeclarationSyntax field:
                    return field;
            }
        }

        return null;
    }

    /// <summary>True when the file imports Identity and not DataSteward: a short <c>PersonalData</c> would be ambiguous or wrong.</summary>
    public static bool MustQualify(CompilationUnitSyntax unit) =>
        !Imports(unit, Namespace) && Imports(unit, "Microsoft.AspNetCore.Identity");

    public static SyntaxNode AddAttribute(SyntaxNode declaration, AttributeSyntax attribute, string endOfLine)
    {
        AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        switch (declaration)
        {
            case ParameterSyntax parameter:
                return parameter.AttributeLists.Count == 0
                    ? parameter.WithoutLeadingTrivia().AddAttributeLists(list.WithLeadingTrivia(parameter.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space))
                    : parameter.AddAttributeLists(list.WithTrailingTrivia(SyntaxFactory.Space));
            case MemberDeclarationSyntax member:
                SyntaxTriviaList leading = member.GetLeadingTrivia();
                SyntaxTrivia indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last() : SyntaxFactory.Whitespace(string.Empty);
                if (member.AttributeLists.Count == 0)
                {
                    return member.WithLeadingTrivia(indentation)
                        .AddAttributeLists(list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine)));
                }

                return member.AddAttributeLists(list.WithLeadingTrivia(indentation).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine)));
            default:
                return declaration;
        }
    }

    public static CompilationUnitSyntax EnsureImport(CompilationUnitSyntax unit, string endOfLine)
    {
        if (Imports(unit, Namespace) || MustQualify(unit))
        {
            return unit;
        }

        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine));
        SyntaxList<UsingDirectiveSyntax> usings = unit.Usings;
        int index = 0;
        // System namespaces first, then ordinal order: where dotnet_sort_system_directives_first would put it.
        while (index < usings.Count && usings[index].Alias is null && usings[index].StaticKeyword.IsKind(SyntaxKind.None)
            && (IsSystem(usings[index]) || string.CompareOrdinal(usings[index].Name?.ToString(), Namespace) < 0))
        {
            index++;
        }

        if (usings.Count == 0)
        {
            SyntaxTriviaList leading = unit.GetLeadingTrivia();
            CompilationUnitSyntax stripped = unit.WithoutLeadingTrivia();
            return stripped.WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine), SyntaxFactory.EndOfLine(endOfLine))));
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static bool IsSystem(UsingDirectiveSyntax directive) =>
        directive.Name?.ToString() is { } name && (name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal));

    public static string EndOfLine(SyntaxNode root)
    {
        foreach (SyntaxTrivia trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }

    public static string Qualified(bool qualify, string name) => qualify ? Namespace + "." + name : name;

    private static bool Imports(CompilationUnitSyntax unit, string ns)
    {
        foreach (UsingDirectiveSyntax directive in unit.Usings)
        {
            if (directive.Alias is null && directive.Name?.ToString() == ns)
            {
                return true;
            }
        }

        foreach (MemberDeclarationSyntax member in unit.Members)
        {
            if (member is BaseNamespaceDeclarationSyntax declaration && declaration.Usings.Any(u => u.Alias is null && u.Name?.ToString() == ns))
            {
                return true;
            }
        }

        return false;
    }
}
