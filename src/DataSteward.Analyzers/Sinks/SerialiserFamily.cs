namespace DataSteward.Analyzers.Sinks;

/// <summary>Serialisers differ in which members they write; the family picks the rules.</summary>
internal enum SerialiserFamily
{
    /// <summary>Public properties (structured logging, configured sinks); every ignore attribute is honoured.</summary>
    Properties,

    /// <summary>Public properties and public fields; every ignore attribute is honoured.</summary>
    PropertiesAndFields,

    /// <summary>System.Text.Json (also ASP.NET Core results and <c>HttpClient</c> JSON): public properties, fields only with <c>[JsonInclude]</c>.</summary>
    SystemTextJson,

    /// <summary>Newtonsoft.Json: public properties and fields, <c>[JsonProperty]</c> members, <c>[DataContract]</c> and opt-in.</summary>
    NewtonsoftJson,

    /// <summary>XmlSerializer: public read/write properties and public fields, <c>[XmlIgnore]</c>.</summary>
    Xml,

    /// <summary>DataContractSerializer and DataContractJsonSerializer: <c>[DataMember]</c> opt-in, <c>[Serializable]</c> fields, or public members.</summary>
    DataContract,

    /// <summary>CsvHelper's automatic map: public properties, references flattened, <c>[Ignore]</c>.</summary>
    Csv,

    /// <summary>
    /// Serilog's <c>{@x}</c> destructuring (also Microsoft.Extensions.Logging's <c>{@x}</c>, which only Serilog as the
    /// provider honours): public readable instance properties, no fields; serialiser attributes such as
    /// <c>[JsonIgnore]</c> are not read; Destructurama.Attributed's <c>[NotLogged]</c> and <c>[LogMasked]</c> hide a
    /// property.
    /// </summary>
    Serilog,

    /// <summary>NLog's <c>{@x}</c>: public readable instance properties, no fields; no attribute hides a property.</summary>
    NLog,
}
