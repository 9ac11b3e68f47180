using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>
/// The member and type declarations of a compilation's source, by simple name, read from syntax alone (no symbol is
/// built, no body is bound). Each tree is read once and kept with the tree, so a new compilation after an edit reads
/// only the trees that changed.
/// </summary>
internal sealed class DeclarationsByName
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeDeclarations> Trees = new();
    private static readonly IReadOnlyList<SyntaxNode> None = Array.Empty<SyntaxNode>();

    private readonly Dictionary<string, List<SyntaxNode>> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyntaxNode>> types = new(StringComparer.Ordinal);
    private readonly HashSet<string> delegates = new(StringComparer.Ordinal);

    public DeclarationsByName(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            TreeDeclarations declarations = Trees.GetValue(tree, static t => new TreeDeclarations(t));
            Merge(declarations.Members, members);
            Merge(declarations.Types, types);
            delegates.UnionWith(declarations.Delegates);
        }
    }

    /// <summary>Methods, constructors excepted, and fields, properties and events named <paramref name="name"/>.</summary>
    public IReadOnlyList<SyntaxNode> Members(string name) => members.TryGetValue(name, out List<SyntaxNode>? found) ? found : None;

    /// <summary>Whether a delegate type named <paramref name="name"/> is declared.</summary>
    public bool IsDelegate(string name) => delegates.Contains(name);

    /// <summary>Classes, records, structs and interfaces named <paramref name="name"/>.</summary>
    public IReadOnlyList<SyntaxNode> Types(string name) => types.TryGetValue(name, out List<SyntaxNode>? found) ? found : None;

    private static void Merge(List<(string Name, SyntaxNode Node)> from, Dictionary<string, List<SyntaxNode>> into)
    {
        foreach ((string name, SyntaxNode node) in from)
        {
            if (!into.TryGetValue(name, out List<SyntaxNode>? list))
            {
                list = new List<SyntaxNode>(1);
                into.Add(name, list);
            }

            list.Add(node);
        }
    }

    private sealed class TreeDeclarations
    {
        public TreeDeclarations(SyntaxTree tree)
        {
            Collect(tree.GetRoot());
        }

        public List<(string Name, SyntaxNode Node)> Members { get; } = new();

        public List<(string Name, SyntaxNode Node)> Types { get; } = new();

        public List<string> Delegates { get; } = new();

        private void Collect(SyntaxNode container)
        {
            foreach (SyntaxNode child in container.ChildNodes())
            {
                switch (child)
                {
                    case BaseNamespaceDeclarationSyntax:
                        Collect(child);
                        break;
                    case TypeDeclarationSyntax type:
                        Types.Add((type.Identifier.ValueText, type));
                        Collect(type);
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        Delegates.Add(@delegate.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method:
                        Members.Add((method.Identifier.ValueText, method));
                        break;
                    case PropertyDeclarationSyntax property:
                        Members.Add((property.Identifier.ValueText, property));
                        break;
                    case EventDeclarationSyntax @event:
                        Members.Add((@event.Identifier.ValueText, @event));
                        break;
                    case BaseFieldDeclarationSyntax field:
                        foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                        {
                            Members.Add((variable.Identifier.ValueText, field));
                        }

                        break;
                }
            }
        }
    }
}
