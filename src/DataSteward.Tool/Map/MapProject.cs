using System.Collections.Generic;

namespace DataSteward.Tool.Map;

/// <summary>One project's catalogue, read from one input: its name (the assembly name), where it was read, and its datasets.</summary>
internal sealed record MapProject(string Name, string Source, string Title, string Language, IReadOnlyList<MapDataset> Datasets);
