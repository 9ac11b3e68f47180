using System.Collections.Generic;
using System.Threading;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Sinks;

internal sealed partial class SinkArguments
{
    /// <summary>
    /// A logging call that does not bind is still a logging call. In a build that lacks one of the application's
    /// packages (or in code being typed) a single argument of an unknown type makes overload resolution fail —
    /// <c>_logger.LogWarning("… {@Command} … {@Errors}", request, failures)</c> with FluentValidation missing — and so
    /// does a logger field declared twice. The compiler then keeps the call as an invalid operation whose children are the
    /// receiver and the arguments. The template and the values after it are read from the call's syntax; the sink is the
    /// logging method its overload candidates name, or, when the receiver is ambiguous between loggers, the
    /// Microsoft.Extensions.Logging extension of that name. Other invalid calls stay silent (an undeclared receiver, a
    /// receiver of a missing type, a misspelt method): their sink, if any, is unknown.
    /// </summary>
    private void CollectUnboundLogCall(IInvalidOperation invalid, List<SinkArgument> into, CancellationToken cancellationToken)
    {
        // Cheapest first: only a member call with a template and a value, named like a sink of the table.
        if (invalid.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
            || invocation.ArgumentList.Arguments.Count < 2
            || !flow.Sinks.Names.IsMethod(access.Name.Identifier.ValueText, int.MaxValue)
            || invalid.SemanticModel is not { } model)
        {
            return;
        }

        if (LogMatchOfUnbound(model, invocation, access, cancellationToken) is not { } match)
        {
            return;
        }

        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        int template = -1;
        List<TemplateHole>? holes = null;
        for (int i = 0; i < arguments.Count && template < 0; i++)
        {
            if (arguments[i].NameColon is null && ChildFor(invalid, arguments[i].Expression) is { } value && TemplateText(value) is { } text)
            {
                template = i;
                holes = MessageTemplate.Parse(text);
            }
        }

        for (int i = template + 1; template >= 0 && i < arguments.Count; i++)
        {
            if (arguments[i].NameColon is null && ChildFor(invalid, arguments[i].Expression) is { ConstantValue.HasValue: false } value)
            {
                int hole = i - template - 1;
                into.Add(new SinkArgument(value, WithHole(match, holes, hole), HoleName(holes, hole)));
            }
        }
    }

    // The template sink the call's candidates name; by name on LoggerExtensions when the receiver is ambiguous between loggers.
    private SinkMatch? LogMatchOfUnbound(SemanticModel model, InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, CancellationToken cancellationToken)
    {
        SymbolInfo info = model.GetSymbolInfo(invocation, cancellationToken);
        if (!info.CandidateSymbols.IsEmpty)
        {
            foreach (ISymbol candidate in info.CandidateSymbols)
            {
                if (candidate is IMethodSymbol method && TemplateMatch(method) is { } match)
                {
                    return match;
                }
            }

            return null;
        }

        string name = access.Name.Identifier.ValueText;
        if (!name.StartsWith("Log", System.StringComparison.Ordinal) || !LoggerWrappers.IsLevelName(name)
            || flow.Compilation.ResolveType("Microsoft.Extensions.Logging.LoggerExtensions") is not { } extensions
            || !IsAmbiguousLogger(model, access.Expression, extensions, cancellationToken))
        {
            return null;
        }

        foreach (ISymbol member in extensions.GetMembers(name))
        {
            if (member is IMethodSymbol method && TemplateMatch(method) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    private SinkMatch? TemplateMatch(IMethodSymbol method)
    {
        IMethodSymbol definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (!flow.Sinks.MayBeSink(definition))
        {
            return null;
        }

        foreach (IParameterSymbol parameter in definition.Parameters)
        {
            if (flow.Sinks.Match(definition, parameter) is { Kind: SinkKind.Log, Rendering: SinkRendering.Template } match)
            {
                return match;
            }
        }

        return null;
    }

    // A receiver that does not bind only because several loggers answer to its name (a field declared twice): every
    // candidate is a Microsoft.Extensions.Logging ILogger. An undeclared name or a value of a missing type is not one.
    private static bool IsAmbiguousLogger(SemanticModel model, ExpressionSyntax receiver, INamedTypeSymbol extensions, CancellationToken cancellationToken)
    {
        SymbolInfo info = model.GetSymbolInfo(receiver, cancellationToken);
        if (info.Symbol is not null || info.CandidateSymbols.IsEmpty)
        {
            return false;
        }

        foreach (ISymbol candidate in info.CandidateSymbols)
        {
            ITypeSymbol? type = candidate switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            if (type is null || !IsLogger(type, extensions.ContainingNamespace))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLogger(ITypeSymbol type, INamespaceSymbol logging)
    {
        if (type.Name == "ILogger" && SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, logging))
        {
            return true;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented.Name == "ILogger" && SymbolEqualityComparer.Default.Equals(implemented.ContainingNamespace, logging))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation? ChildFor(IOperation parent, ExpressionSyntax syntax)
    {
        foreach (IOperation child in parent.ChildOperations)
        {
            if (child.Syntax == syntax)
            {
                return child;
            }
        }

        return null;
    }
}
