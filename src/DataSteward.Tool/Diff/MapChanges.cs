using System.Collections.Generic;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Diff;

/// <summary>What changed between two maps: datasets added and removed, and the reviewed facts of the others.</summary>
internal sealed record MapChanges(
    IReadOnlyList<MapDataset> Added,
    IReadOnlyList<MapDataset> Removed,
    IReadOnlyList<DatasetChange> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}

/// <summary>
/// One change to a dataset present in both maps (<see cref="Dataset"/> is the new one). <see cref="Field"/> is set for
/// field changes; <see cref="Before"/> and <see cref="After"/> are the category, access level, retention or legal basis.
/// </summary>
internal sealed record DatasetChange(MapDataset Dataset, ChangeKind Kind, string? Field, string? Before, string? After);
