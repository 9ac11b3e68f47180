namespace DataSteward.Tool.Output;

/// <summary>
/// What the organisation's catalogue says of itself (<c>--base-uri</c>, <c>--title</c>, <c>--publisher</c>): the
/// projects' catalogues keep their own IRIs and publishers; these name the catalogue that gathers them.
/// </summary>
internal sealed record MapSettings(string BaseUri, string? Title, string? Publisher)
{
    /// <summary>Absolute, as the DCAT-AP shapes require, and reserved (RFC 2606) so that it is never taken for a real address.</summary>
    public const string DefaultBaseUri = "https://example.invalid/datamap/";
}
