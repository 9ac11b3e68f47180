namespace DataSteward.Analyzers.Sinks;

/// <summary>Serialisers differ in which members they write; the family picks the rules.</summary>
internal enum SerialiserFamily
{
    /// <summary>Public properties (System.Text.Json, CsvHelper, ASP.NET Core results, structured logging).</summary>
    Properties,

    /// <summary>Public properties and public fields (Newtonsoft.Json, XmlSerializer).</summary>
    PropertiesAndFields,
}
