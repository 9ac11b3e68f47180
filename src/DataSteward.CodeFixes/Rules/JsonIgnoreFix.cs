using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Analyzers.Rules;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// DS0002 on a whole object written as JSON: marks the personal members of the exported type <c>[JsonIgnore]</c>
/// (System.Text.Json's or Newtonsoft's, whichever library the sink uses), when the recipient does not need them.
/// The members come from the diagnostic (<see cref="ExportFixData"/>); only those declared in source are edited,
/// in whichever document declares them. The namespace is imported, or the attribute qualified when importing it
/// would make <c>JsonIgnore</c> ambiguous with the other library's. Fix All marks the members of every report at once.
/// Only JSON exports carry the data (never a log sink: a logging library's destructuring does not read
/// <c>[JsonIgnore]</c>), and the title says that the fix changes the JSON contract: the recipients stop receiving
/// those members. Fix All also gives the other DS0002 reports in scope their own first fix (pseudonymise, mask,
/// remove from the template, see <see cref="ValueFixAll"/>): <c>dotnet format analyzers --diagnostics DS0002</c> runs
/// this provider first and keeps only the first change it makes to a document.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JsonIgnoreFix)), Shared]
public sealed class JsonIgnoreFix : CodeFixProvider
{
    public const string EquivalenceKey = "DataSteward.JsonIgnore";

    private const string StjNamespace = "System.Text.Json.Serialization";

    private const string NewtonsoftNamespace = "Newtonsoft.Json";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PersonalDataExported);

    public override FixAllProvider GetFixAllProvider() => new JsonIgnoreAllFix();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        if (Requests([diagnostic]).Count == 0)
        {
            return Task.CompletedTask;
        }

        string library = diagnostic.Properties[ExportFixData.SerialiserProperty] == ExportFixData.NewtonsoftJson ? "Newtonsoft.Json" : "System.Text.Json";
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Add [JsonIgnore] ({library}) to the exported personal members (changes the JSON contract)",
                cancellationToken => ApplyAsync(context.Document.Project.Solution, [diagnostic], cancellationToken),
                EquivalenceKey),
            diagnostic);
        return Task.CompletedTask;
    }

    internal static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Dictionary<string, HashSet<string>> requests = Requests(diagnostics);
        if (requests.Count == 0)
        {
            return solution;
        }

        // Declarations to mark, grouped by document: declaration node -> the libraries whose attribute it needs.
        var byDocument = new Dictionary<DocumentId, Dictionary<SyntaxNode, SortedSet<string>>>();
        foreach (Project project in solution.Projects)
        {
            if (project.Language != LanguageNames.CSharp || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                continue;
            }

            foreach (KeyValuePair<string, HashSet<string>> request in requests)
            {
                if (DocumentationCommentId.GetFirstSymbolForDeclarationId(request.Key, compilation) is not { } symbol)
                {
                    continue;
                }

                foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
                {
                    SyntaxNode syntax = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
                    if (Declaration(syntax) is not { } declaration || solution.GetDocumentId(syntax.SyntaxTree) is not { } documentId)
                    {
                        continue;
                    }

                    // A type still being typed (a half-written attribute) is left alone: the formatter that cleans up
                    // the edit cannot lay out a broken type and throws.
                    if (declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { ContainsDiagnostics: true })
                    {
                        continue;
                    }

                    if (!byDocument.TryGetValue(documentId, out Dictionary<SyntaxNode, SortedSet<string>>? declarations))
                    {
                        declarations = new Dictionary<SyntaxNode, SortedSet<string>>();
                        byDocument.Add(documentId, declarations);
                    }

                    if (!declarations.TryGetValue(declaration, out SortedSet<string>? libraries))
                    {
                        libraries = new SortedSet<string>(System.StringComparer.Ordinal);
                        declarations.Add(declaration, libraries);
                    }

                    foreach (string ns in request.Value)
                    {
                        // A member that already has this library's JsonIgnore (a conditional one) is left for a person to decide.
                        if (!HasAttribute(symbol, ns + ".JsonIgnoreAttribute"))
                        {
                            libraries.Add(ns);
                        }
                    }
                }
            }
        }

        foreach (KeyValuePair<DocumentId, Dictionary<SyntaxNode, SortedSet<string>>> entry in byDocument)
        {
            Document document = solution.GetDocument(entry.Key)!;
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit)
            {
                solution = solution.WithDocumentSyntaxRoot(entry.Key, Mark(unit, entry.Value));
            }
        }

        return solution;
    }

    // Member documentation id -> the namespaces of the JsonIgnore attributes it needs.
    private static Dictionary<string, HashSet<string>> Requests(IEnumerable<Diagnostic> diagnostics)
    {
        var requests = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ExportFixData.SerialiserProperty, out string? serialiser)
                || !diagnostic.Properties.TryGetValue(ExportFixData.MembersProperty, out string? members)
                || members is null)
            {
                continue;
            }

            string ns = serialiser == ExportFixData.NewtonsoftJson ? NewtonsoftNamespace : StjNamespace;
            foreach (string id in members.Split(ExportFixData.Separator))
            {
                if (id.Length == 0)
                {
                    continue;
                }

                if (!requests.TryGetValue(id, out HashSet<string>? namespaces))
                {
                    namespaces = new HashSet<string>(System.StringComparer.Ordinal);
                    requests.Add(id, namespaces);
                }

                namespaces.Add(ns);
            }
        }

        return requests;
    }

    private static bool HasAttribute(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == metadataName)
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxNode? Declaration(SyntaxNode syntax) => syntax switch
    {
        PropertyDeclarationSyntax property => property,
        ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } parameter => parameter,
        VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field,
        _ => null,
    };

    private static CompilationUnitSyntax Mark(CompilationUnitSyntax unit, Dictionary<SyntaxNode, SortedSet<string>> declarations)
    {
        string endOfLine = AttributeInsertion.EndOfLine(unit);
        var needed = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (SortedSet<string> libraries in declarations.Values)
        {
            needed.UnionWith(libraries);
        }

        // A short JsonIgnore must resolve to one library: System.Text.Json is settled first, then Newtonsoft, each
        // short when its namespace is (or becomes) imported, qualified when only the other library's is.
        var qualified = new HashSet<string>(System.StringComparer.Ordinal);
        var imports = new List<string>();
        bool importsStj = Imports(unit, StjNamespace);
        bool importsNewtonsoft = Imports(unit, NewtonsoftNamespace);
        foreach (string ns in new[] { StjNamespace, NewtonsoftNamespace })
        {
            bool stj = ns == StjNamespace;
            if (!needed.Contains(ns) || (stj ? importsStj : importsNewtonsoft))
            {
                continue;
            }

            if (stj ? importsNewtonsoft : importsStj)
            {
                qualified.Add(ns);
                continue;
            }

            imports.Add(ns);
            importsStj |= stj;
            importsNewtonsoft |= !stj;
        }

        CompilationUnitSyntax updated = unit.ReplaceNodes(declarations.Keys, (original, rewritten) =>
        {
            SyntaxNode result = rewritten;
            foreach (string ns in declarations[original])
            {
                // Newtonsoft.Json first, then System.Text.Json (ordinal order of the namespaces).
                AttributeSyntax attribute = SyntaxFactory.Attribute(SyntaxFactory.ParseName(qualified.Contains(ns) ? ns + ".JsonIgnore" : "JsonIgnore"));
                result = result is ParameterSyntax parameter ? AddPropertyTargeted(parameter, attribute) : AttributeInsertion.AddAttribute(result, attribute, endOfLine);
            }

            return result;
        });

        foreach (string ns in imports)
        {
            updated = AddImport(updated, ns, endOfLine);
        }

        return updated;
    }

    // record Citizen([property: JsonIgnore] string Email): the attribute must reach the generated property.
    private static ParameterSyntax AddPropertyTargeted(ParameterSyntax parameter, AttributeSyntax attribute)
    {
        // Parsed rather than built, so that it carries no elastic trivia for the formatter to collapse: "] [property: …] string".
        AttributeListSyntax list = SyntaxFactory.ParseParameterList("([property: " + attribute.Name + "] int x)").Parameters[0].AttributeLists[0]
            .WithTrailingTrivia(SyntaxFactory.Space);
        if (parameter.AttributeLists.Count == 0)
        {
            return parameter.WithoutLeadingTrivia().AddAttributeLists(list.WithLeadingTrivia(parameter.GetLeadingTrivia()));
        }

        // One space between the lists and before the type, wherever the original spacing was.
        SyntaxList<AttributeListSyntax> lists = parameter.AttributeLists;
        AttributeListSyntax last = lists[lists.Count - 1];
        lists = lists.Replace(last, last.WithTrailingTrivia(SyntaxFactory.Space)).Add(list);
        return parameter.Type is { } type
            ? parameter.WithAttributeLists(lists).WithType(type.WithoutLeadingTrivia())
            : parameter.WithAttributeLists(lists);
    }

    private static bool Imports(CompilationUnitSyntax unit, string ns)
    {
        foreach (UsingDirectiveSyntax directive in unit.Usings)
        {
            if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name?.ToString() == ns)
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

    // Where dotnet_sort_system_directives_first would put it: System namespaces first, then ordinal order.
    private static CompilationUnitSyntax AddImport(CompilationUnitSyntax unit, string ns, string endOfLine)
    {
        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine));
        SyntaxList<UsingDirectiveSyntax> usings = unit.Usings;
        if (usings.Count == 0)
        {
            SyntaxTriviaList leading = unit.GetLeadingTrivia();
            return unit.WithoutLeadingTrivia().WithUsings(SyntaxFactory.SingletonList(
                directive.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine), SyntaxFactory.EndOfLine(endOfLine))));
        }

        bool system = IsSystem(ns);
        int index = 0;
        while (index < usings.Count && usings[index].Alias is null && usings[index].StaticKeyword.IsKind(SyntaxKind.None)
            && usings[index].Name?.ToString() is { } existing
            && ((IsSystem(existing) && !system) || (IsSystem(existing) == system && string.CompareOrdinal(existing, ns) < 0)))
        {
            index++;
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal);

    private sealed class JsonIgnoreAllFix : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = new List<Diagnostic>();
            switch (fixAllContext.Scope)
            {
                case FixAllScope.Document when fixAllContext.Document is not null:
                    diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                    break;
                case FixAllScope.Project:
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                    break;
                case FixAllScope.Solution:
                    foreach (Project project in fixAllContext.Solution.Projects)
                    {
                        diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    break;
            }

            // The other exports of the same rule get their own first fix (pseudonymise, mask, remove from the template):
            // dotnet format runs this provider first for DS0002 and keeps only the first change made to a document.
            List<Diagnostic> json = diagnostics.Where(d => Requests([d]).Count > 0).ToList();
            List<Diagnostic> others = diagnostics.Where(d => !json.Contains(d)).ToList();
            Solution solution = fixAllContext.Solution;
            var fixedDocuments = new List<Document>();
            foreach (IGrouping<SyntaxTree?, Diagnostic> group in others.GroupBy(d => d.Location.SourceTree))
            {
                if (group.Key is not null && solution.GetDocument(group.Key) is { } document
                    && await ValueFixAll.FixDocumentAsync(document, group, EquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false) is { } fixedDocument)
                {
                    fixedDocuments.Add(fixedDocument);
                }
            }

            if (json.Count == 0 && fixedDocuments.Count == 0)
            {
                return null;
            }

            return CodeAction.Create(
                json.Count == 0
                    ? "Pseudonymise, mask or remove every exported personal value"
                    : "Add [JsonIgnore] to every exported personal member (changes the JSON contracts); pseudonymise, mask or remove the other exported values",
                async cancellationToken =>
                {
                    Solution updated = solution;
                    foreach (Document fixedDocument in fixedDocuments)
                    {
                        SyntaxNode root = (await fixedDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
                        updated = updated.WithDocumentSyntaxRoot(fixedDocument.Id, root);
                    }

                    return await ApplyAsync(updated, json, cancellationToken).ConfigureAwait(false);
                },
                EquivalenceKey);
        }
    }
}
