namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// Every end-to-end class shares one packed package (packing takes a while) and runs one after the other
/// (each build already uses the machine's cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed DataSteward package";
}
