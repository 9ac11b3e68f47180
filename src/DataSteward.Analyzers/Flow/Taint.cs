using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using DataSteward.Analyzers.Classification;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// The personal data a value carries: the set of its origins. Immutable; <c>null</c> stands for a clean value,
/// so the common case allocates nothing.
/// </summary>
internal sealed class Taint
{
    private const int MaxOrigins = 16;

    private Taint(ImmutableArray<DataOrigin> origins)
    {
        Origins = origins;
        DataLevel level = DataLevel.None;
        foreach (DataOrigin origin in origins)
        {
            if (origin.Classification.Level > level)
            {
                level = origin.Classification.Level;
            }
        }

        Level = level;
    }

    public ImmutableArray<DataOrigin> Origins { get; }

    /// <summary>The highest protection level among the origins.</summary>
    public DataLevel Level { get; }

    public static Taint? From(DataOrigin origin) => new(ImmutableArray.Create(origin));

    public static Taint? From(string display, DataClassification classification) =>
        classification.IsTracked ? new Taint(ImmutableArray.Create(new DataOrigin(display, classification))) : null;

    /// <summary>Every origin given, uncapped (a serialised rendering counts its members exactly); null when empty.</summary>
    public static Taint? FromAll(ImmutableArray<DataOrigin> origins) => origins.IsDefaultOrEmpty ? null : new Taint(origins);

    public static Taint? Union(Taint? left, Taint? right)
    {
        if (left is null || ReferenceEquals(left, right))
        {
            return right;
        }

        if (right is null)
        {
            return left;
        }

        ImmutableArray<DataOrigin>.Builder builder = ImmutableArray.CreateBuilder<DataOrigin>(left.Origins.Length + right.Origins.Length);
        builder.AddRange(left.Origins);
        foreach (DataOrigin origin in right.Origins)
        {
            if (builder.Count >= MaxOrigins)
            {
                break;
            }

            if (!builder.Contains(origin))
            {
                builder.Add(origin);
            }
        }

        return builder.Count == left.Origins.Length ? left : new Taint(builder.ToImmutable());
    }

    /// <summary>True when both are clean or both name the same origins, in any order.</summary>
    public static bool SameOrigins(Taint? left, Taint? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Origins.Length != right.Origins.Length)
        {
            return false;
        }

        foreach (DataOrigin origin in left.Origins)
        {
            if (!right.Origins.Contains(origin))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only the origins at or above <paramref name="level"/>; null when none is.</summary>
    public Taint? AtLeast(DataLevel level)
    {
        if (Level < level)
        {
            return null;
        }

        bool all = true;
        foreach (DataOrigin origin in Origins)
        {
            all &= origin.Classification.Level >= level;
        }

        if (all)
        {
            return this;
        }

        ImmutableArray<DataOrigin>.Builder builder = ImmutableArray.CreateBuilder<DataOrigin>();
        foreach (DataOrigin origin in Origins)
        {
            if (origin.Classification.Level >= level)
            {
                builder.Add(origin);
            }
        }

        return new Taint(builder.ToImmutable());
    }

    /// <summary>The origins without the parameter placeholders of a method summary; null when nothing is left.</summary>
    public Taint? WithoutPlaceholders()
    {
        bool any = false;
        foreach (DataOrigin origin in Origins)
        {
            any |= origin.IsParameterPlaceholder;
        }

        if (!any)
        {
            return this;
        }

        ImmutableArray<DataOrigin>.Builder builder = ImmutableArray.CreateBuilder<DataOrigin>();
        foreach (DataOrigin origin in Origins)
        {
            if (!origin.IsParameterPlaceholder)
            {
                builder.Add(origin);
            }
        }

        return builder.Count == 0 ? null : new Taint(builder.ToImmutable());
    }

    /// <summary>The origins at the highest level, as the message names them: <c>Citizen.Email, Citizen.Nir and 2 more</c>.</summary>
    public string DescribeOrigins(int max = 3)
    {
        List<DataOrigin> top = TopOrigins();
        var text = new StringBuilder();
        for (int i = 0; i < top.Count && i < max; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(top[i].Display);
        }

        if (top.Count > max)
        {
            text.Append(" and ").Append(top.Count - max).Append(" more");
        }

        return text.ToString();
    }

    /// <summary>The classification phrase of the highest-level origins (<c>personal data: contact</c>), in the message's language.</summary>
    public ClassificationPhrase DescribeClassification()
    {
        List<DataOrigin> top = TopOrigins();
        var classifications = new DataClassification[top.Count];
        for (int i = 0; i < classifications.Length; i++)
        {
            classifications[i] = top[i].Classification;
        }

        return new ClassificationPhrase(classifications);
    }

    /// <summary>The data kind shared by the highest-level origins, or null when they differ or none has one.</summary>
    public DataKind? SingleKind()
    {
        DataKind? found = null;
        foreach (DataOrigin origin in TopOrigins())
        {
            DataKind kind = origin.Classification.Kind;
            if (origin.Classification.Level == DataLevel.Sensitive || kind == DataKind.Unspecified || (found is not null && found != kind))
            {
                return null;
            }

            found = kind;
        }

        return found;
    }

    private List<DataOrigin> TopOrigins()
    {
        var top = new List<DataOrigin>(Origins.Length);
        foreach (DataOrigin origin in Origins)
        {
            if (origin.Classification.Level == Level && !origin.IsParameterPlaceholder)
            {
                top.Add(origin);
            }
        }

        return top;
    }
}
