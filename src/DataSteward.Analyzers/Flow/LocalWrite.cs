using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// A write to a local: <see cref="Value"/> is what it receives (null for a write that carries nothing the analysis
/// reads, such as an <c>out</c> argument). A killing write replaces the previous value; a non-killing one adds
/// to it (<c>+=</c>, <c>builder.Append(x)</c>, <c>list.Add(x)</c>, a <c>foreach</c> element).
/// </summary>
internal sealed record LocalWrite(IOperation Operation, IOperation? Value, bool Killing, bool IsElementOf = false, bool IsMutation = false)
{
    public int Position => Operation.Syntax.SpanStart;
}
