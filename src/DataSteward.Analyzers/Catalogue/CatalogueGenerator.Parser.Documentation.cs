using System;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Catalogue;

public sealed partial class CatalogueGenerator
{
    /// <summary>
    /// The descriptions a dataset takes from documentation comments: a member's <c>&lt;summary&gt;</c>, or the
    /// <c>&lt;param&gt;</c> of the positional parameter it comes from, collapsed to one line. Read from the syntax of
    /// the declaration, so it stays cached while the comment does not change.
    /// </summary>
    internal static partial class Parser
    {
        private static string? MemberDescription(ISymbol member, INamedTypeSymbol datasetType, CancellationToken cancellationToken)
        {
            string? own = Summary(member, cancellationToken);
            if (own is not null || PrimaryParameter(member) is null)
            {
                return own;
            }

            // A positional record's property is documented by the <param> of the record.
            return DocumentationElement(DocumentationXml(datasetType, cancellationToken), "param", member.Name);
        }

        /// <summary>The <c>&lt;summary&gt;</c> of the symbol's documentation comment, whitespace collapsed; null when there is none.</summary>
        public static string? Summary(ISymbol symbol, CancellationToken cancellationToken) =>
            DocumentationElement(DocumentationXml(symbol, cancellationToken), "summary", null);

        /// <summary>
        /// The documentation comment as XML. When the compiler does not parse documentation comments
        /// (<c>GenerateDocumentationFile</c> off: <see cref="DocumentationMode.None"/>), the <c>///</c> lines are plain
        /// comments and the symbol API returns nothing; they are then read from the declaration's leading trivia, so the
        /// catalogue and DS0201 do not depend on a build setting.
        /// </summary>
        private static string? DocumentationXml(ISymbol symbol, CancellationToken cancellationToken)
        {
            string? xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
            if (!string.IsNullOrEmpty(xml))
            {
                return xml;
            }

            foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree.Options.DocumentationMode != DocumentationMode.None)
                {
                    continue;
                }

                SyntaxNode node = reference.GetSyntax(cancellationToken);
                if (node is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field })
                {
                    node = field;
                }

                var lines = new StringBuilder();
                foreach (SyntaxTrivia trivia in node.GetLeadingTrivia())
                {
                    string text = trivia.ToString();
                    if (trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineCommentTrivia) &&
                        text.StartsWith("///", StringComparison.Ordinal) && !text.StartsWith("////", StringComparison.Ordinal))
                    {
                        lines.Append(text.Substring(3)).Append('\n');
                    }
                    else if (!trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.WhitespaceTrivia) &&
                             !trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.EndOfLineTrivia))
                    {
                        // Another comment or a directive between the doc lines and the declaration: start again after it.
                        lines.Clear();
                    }
                }

                if (lines.Length > 0)
                {
                    return "<doc>" + lines + "</doc>";
                }
            }

            return null;
        }

        private static string? DocumentationElement(string? xml, string element, string? name)
        {
            if (xml is null || xml.Length == 0)
            {
                return null;
            }

            XElement root;
            try
            {
                root = XElement.Parse(xml, LoadOptions.None);
            }
            catch (XmlException)
            {
                return null;
            }

            foreach (XElement candidate in root.Elements(element))
            {
                if (name is null || string.Equals((string?)candidate.Attribute("name"), name, StringComparison.Ordinal))
                {
                    string text = Collapse(candidate);
                    return text.Length == 0 ? null : text;
                }
            }

            return null;
        }

        private static string Collapse(XElement element)
        {
            var text = new StringBuilder();
            foreach (XNode node in element.DescendantNodes())
            {
                if (node is XText part)
                {
                    text.Append(part.Value);
                }
                else if (node is XElement { IsEmpty: true } reference)
                {
                    // <see cref="T:Ns.Type"/>, <paramref name="x"/>: keep the name they point at.
                    string? target = (string?)reference.Attribute("cref") ?? (string?)reference.Attribute("name") ?? (string?)reference.Attribute("langword");
                    if (target is not null)
                    {
                        int colon = target.IndexOf(':');
                        string shown = colon >= 0 ? target.Substring(colon + 1) : target;
                        int dot = shown.LastIndexOf('.');
                        text.Append(dot >= 0 ? shown.Substring(dot + 1) : shown);
                    }
                }
            }

            var collapsed = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text.ToString())
            {
                if (char.IsWhiteSpace(c))
                {
                    space = collapsed.Length > 0;
                    continue;
                }

                if (space)
                {
                    collapsed.Append(' ');
                    space = false;
                }

                collapsed.Append(c);
            }

            return collapsed.ToString();
        }
    }
}
