using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Whether what a call passes to a helper of this compilation is worth the helper's summary, which binds the helper's
/// body. The analyser asks whether an argument may carry personal data; a summary asks whether an argument may carry
/// one of its own parameters on.
/// </summary>
internal delegate bool HelperArgumentsGate(IMethodSymbol helper, ImmutableArray<IArgumentOperation> arguments);
