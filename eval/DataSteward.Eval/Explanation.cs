using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Eval;

/// <summary>
/// `--explain`: why a labelled leak was missed — the compiler's errors in the labelled statement and the operation tree
/// the analysers saw there (an invalid operation is a call that did not bind without the application's own packages).
/// </summary>
internal static class Explanation
{
    public static string Of(Compilation compilation, SyntaxTree tree, TextSpan span)
    {
        var text = new StringBuilder();
        SemanticModel model = compilation.GetSemanticModel(tree);
        foreach (Diagnostic error in model.GetDiagnostics(span))
        {
            if (error.Severity == DiagnosticSeverity.Error)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      error {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}");
            }
        }

        SyntaxNode statement = tree.GetRoot().FindNode(span, getInnermostNodeForTie: true);
        IOperation? operation = model.GetOperation(statement);
        for (SyntaxNode? node = statement; operation is null && node is not null; node = node.Parent)
        {
            operation = model.GetOperation(node);
        }

        if (operation is not null)
        {
            Append(text, operation, span, depth: 0);
        }

        return text.ToString().TrimEnd();
    }

    private static void Append(StringBuilder text, IOperation operation, TextSpan span, int depth)
    {
        if (!operation.Syntax.Span.IntersectsWith(span) || depth > 12)
        {
            return;
        }

        string what = operation switch
        {
            IInvocationOperation invocation => " " + invocation.TargetMethod.ToDisplayString(),
            ILocalReferenceOperation local => " " + local.Local.Name + ": " + local.Type?.ToDisplayString(),
            IParameterReferenceOperation parameter => " " + parameter.Parameter.Name + ": " + parameter.Type?.ToDisplayString(),
            IFieldReferenceOperation field => " " + field.Field.Name,
            IPropertyReferenceOperation property => " " + property.Property.Name,
            _ => string.Empty,
        };
        text.AppendLine(CultureInfo.InvariantCulture, $"      {new string(' ', depth * 2)}{operation.Kind}{what}");
        foreach (IOperation child in operation.ChildOperations)
        {
            Append(text, child, span, depth + 1);
        }
    }
}
