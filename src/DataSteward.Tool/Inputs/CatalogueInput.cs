namespace DataSteward.Tool.Inputs;

/// <summary>One catalogue to read: a full path and how to read it.</summary>
internal sealed record CatalogueInput(string Path, InputKind Kind);
