using System.Collections.Generic;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Checks;

/// <summary>
/// One result of a cross-project check. <see cref="Subject"/> is what the holders share (an identifier, a URI, a field
/// name, a personal-data kind); each holder is a dataset, with the field and the value that matter to the check.
/// </summary>
internal sealed record Finding(CheckKind Kind, string Subject, IReadOnlyList<FindingHolder> Holders);

/// <summary>A dataset a finding is about, with the field (when the check is about fields) and the value compared.</summary>
internal sealed record FindingHolder(MapDataset Dataset, string? Field, string? Value);
