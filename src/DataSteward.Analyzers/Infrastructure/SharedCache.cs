using System.Collections.Concurrent;
using System.Collections.Generic;

namespace DataSteward.Analyzers.Infrastructure;

/// <summary>
/// A per-compilation cache that every analyser thread reads and fills. Sized for that: the default of one lock per
/// processor (two on a two-core machine) made threads queue behind each other's first additions and behind every resize of the table.
/// </summary>
internal static class SharedCache
{
    private const int InitialCapacity = 1024;

    // Enough for the thread pools of large build machines; a lock is one small object.
    private const int LockCount = 32;

    public static ConcurrentDictionary<TKey, TValue> Create<TKey, TValue>(IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        new(LockCount, InitialCapacity, comparer);
}
