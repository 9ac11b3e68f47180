using DataSteward.Catalogue;

namespace DataSteward.Tool.Inputs;

/// <summary>
/// One project's catalogue as read: where it came from, the model, and its compact serialised form (which is also how
/// two inputs holding the same catalogue, a <c>bin/Debug</c> and a <c>bin/Release</c> build, are recognised).
/// </summary>
internal sealed record LoadedCatalogue(string Source, DataCatalogueModel Model, string CompactForm);
