namespace DataSteward.Tool.Inputs;

/// <summary>Where a project's catalogue is read from.</summary>
internal enum InputKind
{
    /// <summary>A compact catalogue file (<c>datacatalogue/catalogue.model.json</c>, or one given by name).</summary>
    ModelFile,

    /// <summary>A built assembly whose generated <c>DataCatalogue</c> class holds the compact catalogue.</summary>
    Assembly,
}
