using System;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Thrown out of a summary that needs the body of a member of the type being analysed which the analyser driver has
/// not reached yet: the sink check that asked is abandoned whole and runs again at the type's end
/// (<see cref="TypeMemberBodies"/>). Caught by that check, never by the driver.
/// </summary>
internal sealed class BodyNotYetAnalysed : Exception
{
    public BodyNotYetAnalysed(IMethodSymbol method)
        : base("The body of " + method.Name + " has not been reached yet.")
    {
    }
}
