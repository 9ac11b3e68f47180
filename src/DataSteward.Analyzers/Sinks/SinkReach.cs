using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Whether a method of this compilation can reach a sink at all, read from syntax alone, before its body is bound for
/// a forwarded-sink summary (in a document's analysis, and outside the analyser driver; the whole compilation's analysis
/// reads the bodies the driver binds anyway). A body may reach a sink when it passes one of its parameters or locals to a call, creation
/// or property set named like one of the sink table's, to an exception it creates, to a level-named method (a logger
/// wrapper) or a logger delegate, or to a method of this compilation whose body — found by name, followed
/// transitively — may.
/// Names over-approximate symbols: "no" is sound, "yes" only a maybe. On the five code bases of eval/, it spares 41 % of
/// the helper bodies that were bound before (eval/results/helper-bodies-before-after.txt).
/// </summary>
internal sealed partial class SinkReach
{
    // Deep enough for real call chains; beyond it the answer is "may reach", never a wrong "no".
    private const int MaxDepth = 24;

    private readonly SinkNames sinkNames;
    private readonly DeclarationsByName declarations;
    private readonly bool sinksDeclaredElsewhere;
    private readonly ConcurrentDictionary<string, bool> calledNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> calledOnReceiverNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> createdNames = new(StringComparer.Ordinal);

    public SinkReach(Compilation compilation, SinkTable sinks)
    {
        sinkNames = sinks.Names;
        sinksDeclaredElsewhere = ReferencesDeclareSinks(compilation, sinks.DataSinkAttribute);
        declarations = sinksDeclaredElsewhere ? null! : new DeclarationsByName(compilation);
    }

    /// <summary>False when no path from <paramref name="method"/>'s body can reach a sink, whatever is passed to it.</summary>
    public bool MayReachSink(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (sinksDeclaredElsewhere)
        {
            return true;
        }

        var query = new Query(this, cancellationToken);
        bool result = false;
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            if (declaration is TypeDeclarationSyntax type)
            {
                // A primary constructor: only its base call runs as its body.
                result = query.PrimaryBase(type);
            }
            else
            {
                result = query.Declaration(declaration, depth: 0);
            }

            if (result)
            {
                break;
            }
        }

        query.Finish(result);
        return result;
    }

    // A library whose methods carry [DataSink] declares sinks no name of the table covers: no syntactic answer then.
    private static bool ReferencesDeclareSinks(Compilation compilation, INamedTypeSymbol? dataSinkAttribute)
    {
        if (dataSinkAttribute is null)
        {
            return false;
        }

        IAssemblySymbol annotations = dataSinkAttribute.ContainingAssembly;
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, annotations))
            {
                continue;
            }

            foreach (IModuleSymbol module in assembly.Modules)
            {
                foreach (IAssemblySymbol referenced in module.ReferencedAssemblySymbols)
                {
                    if (SymbolEqualityComparer.Default.Equals(referenced, annotations))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// One question, followed depth first. A name met again while it is still being answered (recursion) counts as
    /// "no" for now; an answer that relied on such a guess is cached only if the whole question ends in "no" (then
    /// nothing it met reaches a sink, the guesses included).
    /// </summary>
    private sealed class Query
    {
        private readonly SinkReach owner;
        private readonly CancellationToken cancellationToken;
        private readonly HashSet<string> open = new(StringComparer.Ordinal);
        private List<string>? provisional;
        private int guesses;

        public Query(SinkReach owner, CancellationToken cancellationToken)
        {
            this.owner = owner;
            this.cancellationToken = cancellationToken;
        }

        public void Finish(bool result)
        {
            if (result || provisional is null)
            {
                return;
            }

            foreach (string key in provisional)
            {
                owner.CacheFor(key[0]).TryAdd(key.Substring(1), false);
            }
        }

        public bool PrimaryBase(TypeDeclarationSyntax type)
        {
            if (type.BaseList is { } bases && type.ParameterList is { Parameters.Count: > 0 } parameters)
            {
                foreach (BaseTypeSyntax baseType in bases.Types)
                {
                    if (baseType is PrimaryConstructorBaseTypeSyntax primaryBase && Scope.OfParameters(parameters).Carries(primaryBase.ArgumentList))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A method or constructor declaration, or a local function, accessor or lambda's syntax.</summary>
        public bool Declaration(SyntaxNode declaration, int depth)
        {
            if (declaration is MethodDeclarationSyntax method)
            {
                if (HasModifier(method.Modifiers, SyntaxKind.PartialKeyword) || HasDataSinkParameter(method.ParameterList))
                {
                    // A [LoggerMessage] or generated partial method, a [DataSink] parameter: a sink itself.
                    return true;
                }

                if (method.Body is null && method.ExpressionBody is null)
                {
                    // Abstract, extern, an interface's: no body, no summary, nothing forwarded.
                    return false;
                }
            }

            return Body(declaration, depth);
        }

        private bool Body(SyntaxNode declaration, int depth)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (depth > MaxDepth)
            {
                return true;
            }

            // One walk in source order: a variable is declared before it is used, so the scope is complete where it is read.
            var scope = new Scope(declaration);
            foreach (SyntaxNode node in declaration.DescendantNodes())
            {
                scope.Declare(node);
                bool reaches = node switch
                {
                    InvocationExpressionSyntax invocation => Invocation(invocation, scope, depth),
                    ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation =>
                        scope.Carries(creation.ArgumentList) && Creation(creation.Type, depth),
                    ImplicitObjectCreationExpressionSyntax creation =>
                        scope.Carries(creation.ArgumentList) && (DeclaredType(creation) is not { } declared || Creation(declared, depth)),
                    ConstructorInitializerSyntax initializer => scope.Carries(initializer.ArgumentList),
                    AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment =>
                        scope.Carries(assignment.Right) && Assignment(assignment.Left),
                    _ => false,
                };
                if (reaches)
                {
                    return true;
                }
            }

            return false;
        }

        private bool Invocation(InvocationExpressionSyntax invocation, Scope scope, int depth)
        {
            ExpressionSyntax target = invocation.Expression;
            bool argumentsCarry = scope.Carries(invocation.ArgumentList);
            if (!argumentsCarry && !scope.ReceiverCarries(target))
            {
                return false;
            }

            string? name = SimpleName(target);
            if (name is null)
            {
                // getDelegate()(x), handlers[i](x): a delegate of unknown origin.
                return true;
            }

            if (target is IdentifierNameSyntax && (name == "nameof" || scope.IsLocalFunction(name)))
            {
                // nameof(x) is a constant; a local function's body is part of this body.
                return false;
            }

            int arguments = invocation.ArgumentList.Arguments.Count;
            if (name == "Invoke" || owner.sinkNames.IsMethod(name, HasNamedArgument(invocation.ArgumentList) ? int.MaxValue : arguments) || LoggerWrappers.IsLevelName(name)
                || (name == "Add" && target is MemberAccessExpressionSyntax { Expression: var receiver } && SimpleName(receiver) == "Data"))
            {
                return true;
            }

            if (owner.declarations.Members(name).Count > 0)
            {
                // Only the receiver carries a value: it is passed on only if the method is an extension method.
                return Named(argumentsCarry ? 'm' : 'x', name, arguments, depth);
            }

            // A bare name that no member of this compilation has: a delegate in a local or a parameter (a logger delegate
            // of LoggerMessage.Define), or a method imported with "using static".
            return target is SimpleNameSyntax;
        }

        private bool Creation(TypeSyntax type, int depth)
        {
            string? name = SimpleName(type);
            if (name is null || name.EndsWith("Exception", StringComparison.Ordinal) || owner.sinkNames.IsCreatedType(name))
            {
                return true;
            }

            return owner.declarations.Types(name).Count > 0 && Named('t', name, arguments: -1, depth);
        }

        // "Options x = new(...)": the type a target-typed creation takes from its declaration, when it is written there.
        private static TypeSyntax? DeclaredType(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } } => type,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            _ => null,
        };

        private bool Assignment(ExpressionSyntax target)
        {
            if (target is ElementAccessExpressionSyntax element)
            {
                // Exception.Data[key] = value, or a configured indexer.
                return owner.sinkNames.AnyIndexer || SimpleName(element.Expression) == "Data";
            }

            return SimpleName(target) is { } name && (owner.sinkNames.IsProperty(name) || AnyDataSinkProperty(name));
        }

        // kind: 'm' a called name with that many arguments, 'x' the same with only the receiver carrying a value, 't' a
        // created type's name (arguments: -1).
        private bool Named(char kind, string name, int arguments, int depth)
        {
            ConcurrentDictionary<string, bool> cache = owner.CacheFor(kind);
            string key = arguments < 0 ? kind + name : kind + name + "/" + arguments.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string cacheKey = key.Substring(1);
            if (cache.TryGetValue(cacheKey, out bool known))
            {
                return known;
            }

            if (!open.Add(key))
            {
                guesses++;
                return false;
            }

            int guessesBefore = guesses;
            bool result = kind == 't' ? AnyTypeCreated(name, depth) : AnyMemberCalled(name, arguments, receiverOnly: kind == 'x', depth);
            open.Remove(key);
            if (result || guesses == guessesBefore)
            {
                cache.TryAdd(cacheKey, result);
            }
            else
            {
                (provisional ??= new List<string>()).Add(key);
            }

            return result;
        }

        private bool AnyMemberCalled(string name, int arguments, bool receiverOnly, int depth)
        {
            foreach (SyntaxNode member in owner.declarations.Members(name))
            {
                bool reaches = member switch
                {
                    MethodDeclarationSyntax method => (!receiverOnly || IsExtension(method.ParameterList)) && Accepts(method.ParameterList, arguments) && Declaration(method, depth + 1),
                    // A field or property holding a delegate, invoked: a LoggerMessage.Define logger delegate.
                    BaseFieldDeclarationSyntax field => !receiverOnly && IsDelegateType(field.Declaration.Type),
                    PropertyDeclarationSyntax property => !receiverOnly && IsDelegateType(property.Type),
                    _ => false,
                };
                if (reaches)
                {
                    return true;
                }
            }

            return false;
        }

        private bool AnyTypeCreated(string name, int depth)
        {
            foreach (SyntaxNode node in owner.declarations.Types(name))
            {
                var type = (TypeDeclarationSyntax)node;
                if (IsExceptionType(type, depth) || PrimaryBase(type))
                {
                    return true;
                }

                foreach (MemberDeclarationSyntax member in type.Members)
                {
                    if (member is ConstructorDeclarationSyntax { ParameterList.Parameters.Count: > 0 } constructor && Declaration(constructor, depth + 1))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // By the base type's name: ": Exception", ": ArgumentException", ": DomainException" where that one derives from an exception.
        private bool IsExceptionType(TypeDeclarationSyntax type, int depth)
        {
            if (type.BaseList is not { Types: { Count: > 0 } bases } || SimpleName(bases[0].Type) is not { } baseName)
            {
                return false;
            }

            if (baseName.EndsWith("Exception", StringComparison.Ordinal))
            {
                return true;
            }

            if (depth > MaxDepth)
            {
                return true;
            }

            foreach (SyntaxNode node in owner.declarations.Types(baseName))
            {
                if (node != type && IsExceptionType((TypeDeclarationSyntax)node, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AnyDataSinkProperty(string name)
        {
            foreach (SyntaxNode member in owner.declarations.Members(name))
            {
                if (member is PropertyDeclarationSyntax property && HasDataSinkAttribute(property.AccessorList?.Accessors))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsDelegateType(TypeSyntax type) =>
            SimpleName(type) is { } name && (name == "Action" || owner.declarations.IsDelegate(name));
    }

    private ConcurrentDictionary<string, bool> CacheFor(char kind) => kind switch
    {
        'm' => calledNames,
        'x' => calledOnReceiverNames,
        _ => createdNames,
    };

    private static bool IsExtension(ParameterListSyntax parameters) =>
        parameters.Parameters.Count > 0 && HasModifier(parameters.Parameters[0].Modifiers, SyntaxKind.ThisKeyword);

    private static bool HasModifier(SyntaxTokenList modifiers, SyntaxKind kind)
    {
        foreach (SyntaxToken modifier in modifiers)
        {
            if (modifier.IsKind(kind))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNamedArgument(ArgumentListSyntax arguments)
    {
        foreach (ArgumentSyntax argument in arguments.Arguments)
        {
            if (argument.NameColon is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a call with that many arguments can bind to the method: between its required and all its parameters,
    // more with a params array, one fewer when an extension method is called on its receiver.
    private static bool Accepts(ParameterListSyntax parameters, int arguments)
    {
        int all = parameters.Parameters.Count;
        int required = 0;
        bool paramsArray = false;
        bool extension = false;
        foreach (ParameterSyntax parameter in parameters.Parameters)
        {
            foreach (SyntaxToken modifier in parameter.Modifiers)
            {
                paramsArray |= modifier.IsKind(SyntaxKind.ParamsKeyword);
                extension |= modifier.IsKind(SyntaxKind.ThisKeyword);
            }

            if (parameter.Default is null && !paramsArray)
            {
                required++;
            }
        }

        return Fits(arguments) || (extension && Fits(arguments + 1));

        bool Fits(int count) => count >= required && (count <= all || paramsArray);
    }

    private static bool HasDataSinkParameter(ParameterListSyntax parameters)
    {
        foreach (ParameterSyntax parameter in parameters.Parameters)
        {
            if (HasDataSinkAttribute(parameter.AttributeLists))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDataSinkAttribute(SyntaxList<AccessorDeclarationSyntax>? accessors)
    {
        if (accessors is { } list)
        {
            foreach (AccessorDeclarationSyntax accessor in list)
            {
                if (HasDataSinkAttribute(accessor.AttributeLists))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasDataSinkAttribute(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (AttributeListSyntax list in lists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (SimpleName(attribute.Name) is "DataSink" or "DataSinkAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? SimpleName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
