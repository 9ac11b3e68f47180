using System;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Thrown out of a summary that needs the body of a member which the analyser driver has not reached yet: the sink
/// check that asked is abandoned whole and runs again once the driver has bound <see cref="Method"/>
/// (<see cref="DriverBodies"/>). Caught by that check, never by the driver.
/// </summary>
internal sealed class BodyNotYetAnalysed : Exception
{
    public BodyNotYetAnalysed(IMethodSymbol method)
        : base("The body of " + method.Name + " has not been reached yet.")
    {
        Method = method;
    }

    /// <summary>The member whose body is awaited.</summary>
    public IMethodSymbol Method { get; }
}
