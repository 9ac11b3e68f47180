using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Sinks;

internal sealed partial class SinkReach
{
    /// <summary>
    /// The names a declaration's body can hold a caller's value in: its parameters and every variable it declares
    /// (locals, loop and pattern variables, lambda and local-function parameters). A value passed in can reach a call
    /// only through an argument that names one of them; fields and constants cannot carry it (the flow evaluator does
    /// not follow writes to fields either).
    /// </summary>
    private sealed class Scope
    {
        private readonly HashSet<string> variables = new(StringComparer.Ordinal);
        private HashSet<string>? localFunctions;

        /// <summary>An empty scope for <paramref name="declaration"/>; <see cref="Declare"/> fills it during the walk of its body.</summary>
        public Scope(SyntaxNode declaration)
        {
            if (declaration is AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax)
            {
                variables.Add("value");
            }
        }

        private Scope()
        {
        }

        public static Scope OfParameters(ParameterListSyntax parameters)
        {
            var scope = new Scope();
            foreach (ParameterSyntax parameter in parameters.Parameters)
            {
                scope.variables.Add(parameter.Identifier.ValueText);
            }

            return scope;
        }

        /// <summary>Adds what <paramref name="node"/> declares, if it declares a parameter, a variable or a local function.</summary>
        public void Declare(SyntaxNode node)
        {
            if (node is LocalFunctionStatementSyntax local)
            {
                (localFunctions ??= new HashSet<string>(StringComparer.Ordinal)).Add(local.Identifier.ValueText);
                return;
            }

            SyntaxToken identifier = node switch
            {
                ParameterSyntax parameter => parameter.Identifier,
                VariableDeclaratorSyntax variable => variable.Identifier,
                SingleVariableDesignationSyntax designation => designation.Identifier,
                ForEachStatementSyntax loop => loop.Identifier,
                CatchDeclarationSyntax caught => caught.Identifier,
                FromClauseSyntax from => from.Identifier,
                LetClauseSyntax let => let.Identifier,
                JoinClauseSyntax join => join.Identifier,
                JoinIntoClauseSyntax into => into.Identifier,
                QueryContinuationSyntax continuation => continuation.Identifier,
                _ => default,
            };
            if (identifier.ValueText.Length > 0)
            {
                variables.Add(identifier.ValueText);
            }
        }

        public bool IsLocalFunction(string name) => localFunctions is not null && localFunctions.Contains(name);

        public bool Carries(BaseArgumentListSyntax? arguments)
        {
            if (arguments is null)
            {
                return false;
            }

            foreach (ArgumentSyntax argument in arguments.Arguments)
            {
                if (Carries(argument.Expression))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the receiver of a call may be a variable's value (the first argument of an extension method).</summary>
        public bool ReceiverCarries(ExpressionSyntax target) => target switch
        {
            MemberAccessExpressionSyntax access => Carries(access.Expression),
            // a?.M(): the receiver is further up; assume it may.
            MemberBindingExpressionSyntax => true,
            _ => false,
        };

        public bool Carries(ExpressionSyntax expression)
        {
            foreach (SyntaxNode node in expression.DescendantNodesAndSelf(static n => !IsNameOf(n)))
            {
                if (node is IdentifierNameSyntax identifier && !IsMemberName(identifier) && variables.Contains(identifier.Identifier.ValueText))
                {
                    return true;
                }
            }

            return false;
        }

        // x.Name, x?.Name: the member's name is not a variable.
        private static bool IsMemberName(IdentifierNameSyntax identifier) => identifier.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Name == identifier,
            MemberBindingExpressionSyntax => true,
            _ => false,
        };

        private static bool IsNameOf(SyntaxNode node) =>
            node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };
    }
}
