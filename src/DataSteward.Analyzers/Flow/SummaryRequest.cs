using System.Threading;
using DataSteward.Analyzers.Sinks;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// The state of one top-level question ("what does this sink argument carry?") while it follows calls into this
/// compilation's methods: the recursion state of each kind of summary and the cancellation token. Passed explicitly
/// down every evaluation, never kept in thread-static or shared fields; used by one thread at a time.
/// </summary>
internal sealed class SummaryRequest
{
    // Most requests never leave the method they start in: the recursion state is made on first use.
    private RecursionState<MethodSummary>? returns;
    private RecursionState<ForwardedSinkSet>? forwards;

    public SummaryRequest(CancellationToken cancellationToken, DriverBodies? bodies = null)
    {
        CancellationToken = cancellationToken;
        Bodies = bodies;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Under the analyser driver, the member bodies as the driver reaches them; null elsewhere (a code fix, the
    /// generator, the other rules), where any body is bound when asked for.
    /// </summary>
    public DriverBodies? Bodies { get; }

    /// <summary>Recursion state of <see cref="MethodSummaries"/>.</summary>
    internal RecursionState<MethodSummary> Returns => returns ??= new();

    /// <summary>Recursion state of <see cref="ForwardedSinks"/>.</summary>
    internal RecursionState<ForwardedSinkSet> Forwards => forwards ??= new();

    /// <summary>
    /// How many provisional summaries (of methods still being solved higher up the stack) this request has handed
    /// out. A cache of derived results (an object's rendering) stores a result only if this did not move while it
    /// was computed: only complete results are cached.
    /// </summary>
    public int ProvisionalReads { get; internal set; }

    /// <summary>True while some summary is being computed: results read now may be provisional.</summary>
    public bool IsInsideSummary => returns?.Depth > 0 || forwards?.Depth > 0;

    /// <summary>True while a return summary is being computed (a value's evaluation, which keeps what it finds as it goes).</summary>
    public bool IsInsideReturnSummary => returns?.Depth > 0;

    /// <summary>
    /// A body a forwarded-sink summary needs and the driver has not reached: the question is abandoned as with
    /// <see cref="BodyNotYetAnalysed"/>, without an exception's cost (set only where no evaluation is under way, so
    /// nothing half-computed is kept), and the check that asked waits for the body.
    /// </summary>
    public IMethodSymbol? Awaited { get; internal set; }
}
