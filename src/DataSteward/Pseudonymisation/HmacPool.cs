using System;
using System.Security.Cryptography;
using System.Threading;

namespace DataSteward;

/// <summary>
/// A small lock-free pool of <see cref="HMACSHA256"/> instances sharing one key. An instance is used
/// by one thread at a time (rented, used, returned); creating one per call costs a key schedule and,
/// on most platforms, a native context, which the pool avoids. Instances that do not fit back are
/// disposed.
/// </summary>
internal sealed class HmacPool : IDisposable
{
    private readonly byte[] _key;
    private readonly HMACSHA256?[] _items;
    private int _disposed;

    public HmacPool(byte[] key)
    {
        _key = key;
        _items = new HMACSHA256?[Math.Max(2, Environment.ProcessorCount * 2)];
    }

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    public HMACSHA256 Rent()
    {
        HMACSHA256?[] items = _items;
        for (int i = 0; i < items.Length; i++)
        {
            HMACSHA256? item = Volatile.Read(ref items[i]);
            if (item is not null && Interlocked.CompareExchange(ref items[i], null, item) == item)
            {
                return item;
            }
        }

        return new HMACSHA256(_key);
    }

    public void Return(HMACSHA256 hmac)
    {
        if (IsDisposed)
        {
            hmac.Dispose();
            return;
        }

        HMACSHA256?[] items = _items;
        for (int i = 0; i < items.Length; i++)
        {
            if (Interlocked.CompareExchange(ref items[i], hmac, null) is null)
            {
                if (IsDisposed)
                {
                    // Dispose ran while this one was going back: take it out again.
                    Interlocked.Exchange(ref items[i], null)?.Dispose();
                }

                return;
            }
        }

        hmac.Dispose();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        for (int i = 0; i < _items.Length; i++)
        {
            Interlocked.Exchange(ref _items[i], null)?.Dispose();
        }

        Array.Clear(_key, 0, _key.Length);
    }
}
