using System.Collections.Immutable;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Every sink DataSteward knows, as data: metadata names, methods and the parameters that carry data.
/// Adding a library is adding rows here. Types absent from a compilation are simply skipped.
/// </summary>
internal static class SinkCatalog
{
    private static readonly ImmutableArray<string> All = ImmutableArray<string>.Empty;

    public static ImmutableArray<SinkSpec> Specs { get; } = new SinkSpec[]
    {
        // Microsoft.Extensions.Logging: every LoggerExtensions.Log* overload and BeginScope, ILogger.Log/BeginScope.
        // Their {@x} is Serilog's destructuring when Serilog is the provider; the other providers print ToString().
        Template("Microsoft.Extensions.Logging.LoggerExtensions", All, SerialiserFamily.Serilog),
        Template("Microsoft.Extensions.Logging.ILogger", M("Log", "BeginScope"), SerialiserFamily.Serilog),

        // Serilog: instance and static loggers, enrichment that ends up on every event.
        Template("Serilog.ILogger", SerilogMethods, SerialiserFamily.Serilog),
        Template("Serilog.Core.Logger", SerilogMethods, SerialiserFamily.Serilog),
        Template("Serilog.Log", SerilogMethods, SerialiserFamily.Serilog),
        Template("Serilog.Context.LogContext", M("PushProperty"), SerialiserFamily.Serilog),
        Text("Serilog.Core.ILogEventPropertyFactory", M("CreateProperty"), SinkKind.Log, P("value")),
        Text("Serilog.Events.ScalarValue", M(".ctor"), SinkKind.Log, P("value")),

        // NLog.
        Template("NLog.Logger", NLogMethods, SerialiserFamily.NLog),
        Template("NLog.ILogger", NLogMethods, SerialiserFamily.NLog),
        Template("NLog.ILoggerBase", NLogMethods, SerialiserFamily.NLog),
        Template("NLog.ScopeContext", M("PushProperty", "PushNestedState", "PushProperties"), SerialiserFamily.NLog),

        // log4net, matched by name (the package is not referenced).
        Text("log4net.ILog", M("Debug", "Info", "Warn", "Error", "Fatal"), SinkKind.Log),
        Template("log4net.ILog", M("DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat")),

        // Console, Debug, Trace.
        Text("System.Console", M("Write", "WriteLine"), SinkKind.Log),
        Text("System.Diagnostics.Debug", M("Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert"), SinkKind.Log),
        Text("System.Diagnostics.Trace", M("Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Fail", "Assert"), SinkKind.Log),
        Text("System.Diagnostics.TraceSource", M("TraceEvent", "TraceInformation", "TraceData"), SinkKind.Log),

        // Telemetry: traces, baggage, events, metric tags.
        Text("System.Diagnostics.Activity", M("SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "SetStatus"), SinkKind.Telemetry, P("value", "e", "description")),
        // ActivityTagsCollection and TagList only carry tags: they are reported where they are sent.
        Text("System.Diagnostics.ActivityEvent", M(".ctor"), SinkKind.Telemetry, P("tags")),
        Text("System.Diagnostics.ActivitySource", M("StartActivity", "CreateActivity"), SinkKind.Telemetry, P("tags", "name")),
        Text("System.Diagnostics.Metrics.Counter`1", M("Add"), SinkKind.Telemetry, P("tag", "tag1", "tag2", "tag3", "tags", "tagList")),
        Text("System.Diagnostics.Metrics.UpDownCounter`1", M("Add"), SinkKind.Telemetry, P("tag", "tag1", "tag2", "tag3", "tags", "tagList")),
        Text("System.Diagnostics.Metrics.Histogram`1", M("Record"), SinkKind.Telemetry, P("tag", "tag1", "tag2", "tag3", "tags", "tagList")),
        Text("System.Diagnostics.Metrics.Gauge`1", M("Record"), SinkKind.Telemetry, P("tag", "tag1", "tag2", "tag3", "tags", "tagList")),
        Text("OpenTelemetry.Baggage", M("SetBaggage"), SinkKind.Telemetry, P("value", "baggageItems")),
        Text("OpenTelemetry.Trace.TelemetrySpan", M("SetAttribute", "AddEvent", "UpdateName"), SinkKind.Telemetry, P("value", "name", "attributes")),
        Text("Microsoft.ApplicationInsights.TelemetryClient", M("TrackEvent", "TrackTrace", "TrackMetric", "TrackPageView", "TrackRequest", "TrackDependency"), SinkKind.Telemetry),

        // Error tracking (Sentry): messages, breadcrumbs, tags, extras and the user of a scope go to the vendor.
        Text("Sentry.SentrySdk", M("CaptureMessage", "AddBreadcrumb", "SetTag", "SetExtra"), SinkKind.Telemetry, P("message", "value", "category", "data")),
        Text("Sentry.IHub", M("CaptureMessage", "AddBreadcrumb"), SinkKind.Telemetry, P("message", "data")),
        Text("Sentry.Scope", M("SetTag", "SetExtra", "SetTags", "SetExtras", "AddBreadcrumb"), SinkKind.Telemetry, P("value", "tags", "extras", "message", "data")),
        Serialised("Sentry.Scope", M("set_User"), P("value")) with { Kind = SinkKind.Telemetry },

        // Serialisers.
        Serialised("System.Text.Json.JsonSerializer", M("Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToNode", "SerializeToElement", "SerializeToDocument"), P("value"), SerialiserFamily.SystemTextJson),
        Serialised("System.Net.Http.Json.JsonContent", M("Create"), P("inputValue", "value"), SerialiserFamily.SystemTextJson),
        Serialised("Newtonsoft.Json.JsonConvert", M("SerializeObject"), P("value"), SerialiserFamily.NewtonsoftJson),
        Serialised("Newtonsoft.Json.JsonSerializer", M("Serialize"), P("value"), SerialiserFamily.NewtonsoftJson),
        Serialised("Newtonsoft.Json.Linq.JToken", M("FromObject"), P("o"), SerialiserFamily.NewtonsoftJson),
        Serialised("Newtonsoft.Json.Linq.JObject", M("FromObject"), P("o"), SerialiserFamily.NewtonsoftJson),
        Serialised("Newtonsoft.Json.Linq.JArray", M("FromObject"), P("o"), SerialiserFamily.NewtonsoftJson),
        Serialised("System.Xml.Serialization.XmlSerializer", M("Serialize"), P("o"), SerialiserFamily.Xml),
        Serialised("System.Runtime.Serialization.XmlObjectSerializer", M("WriteObject", "WriteObjectContent"), P("graph"), SerialiserFamily.DataContract),
        Serialised("System.Runtime.Serialization.DataContractSerializer", M("WriteObject", "WriteObjectContent"), P("graph"), SerialiserFamily.DataContract),
        Serialised("System.Runtime.Serialization.Json.DataContractJsonSerializer", M("WriteObject", "WriteObjectContent"), P("graph"), SerialiserFamily.DataContract),
        // CsvHelper: typed records (every version), raw rows of strings and single fields (WriteRecord(string[]) in 34+).
        Serialised("CsvHelper.CsvWriter", M("WriteRecord", "WriteRecordAsync", "WriteRecords", "WriteRecordsAsync", "ParallelWriteRecords", "ParallelWriteRecordsAsync", "WriteRecordFields"), P("record", "records", "fields", "field"), SerialiserFamily.Csv),
        Serialised("CsvHelper.IWriter", M("WriteRecord", "WriteRecords", "WriteRecordsAsync"), P("record", "records"), SerialiserFamily.Csv),
        Text("CsvHelper.CsvWriter", M("WriteField"), SinkKind.Export, P("field", "value", "utf8")),
        Text("CsvHelper.IWriterRow", M("WriteField"), SinkKind.Export, P("field")),
        Text("System.Text.Json.Utf8JsonWriter", M("WriteString", "WriteStringValue", "WriteRawValue", "WriteNumber", "WriteNumberValue", "WriteBase64String", "WriteBase64StringValue"), SinkKind.Export, P("value", "json", "bytes")),
        Text("Newtonsoft.Json.JsonWriter", M("WriteValue", "WriteRawValue", "WriteRaw"), SinkKind.Export, P("value", "json")),
        Text("Newtonsoft.Json.JsonTextWriter", M("WriteValue", "WriteRawValue", "WriteRaw"), SinkKind.Export, P("value", "json")),

        // Files and streams (StringWriter stays in memory; Console's writers are logs, see CompilationModel).
        Text("System.IO.File", M("WriteAllText", "WriteAllTextAsync", "AppendAllText", "AppendAllTextAsync"), SinkKind.Export, P("contents")),
        // Lines and bytes are written as they are, not as the collection's ToString(): rendered like a serialiser's value.
        Serialised("System.IO.File", M("WriteAllLines", "WriteAllLinesAsync", "AppendAllLines", "AppendAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync", "AppendAllBytes", "AppendAllBytesAsync"), P("contents", "bytes")),
        Text("System.IO.TextWriter", M("Write", "WriteLine", "WriteAsync", "WriteLineAsync"), SinkKind.Export),
        Text("System.IO.StreamWriter", M("Write", "WriteLine", "WriteAsync", "WriteLineAsync"), SinkKind.Export),

        // ASP.NET Core responses.
        Serialised("Microsoft.AspNetCore.Mvc.ControllerBase", M("Ok", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted", "AcceptedAtAction", "AcceptedAtRoute", "BadRequest", "Conflict", "NotFound", "UnprocessableEntity", "StatusCode"), P("value", "error"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Mvc.Controller", M("Json"), P("data"), SerialiserFamily.SystemTextJson),
        Text("Microsoft.AspNetCore.Mvc.ControllerBase", M("File", "Content"), SinkKind.Export, P("fileContents", "content")),
        Serialised("Microsoft.AspNetCore.Mvc.ObjectResult", M(".ctor"), P("value"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Mvc.OkObjectResult", M(".ctor"), P("value"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Mvc.JsonResult", M(".ctor"), P("value"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Mvc.CreatedResult", M(".ctor"), P("value"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Mvc.CreatedAtActionResult", M(".ctor"), P("value"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Mvc.AcceptedResult", M(".ctor"), P("value"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Http.Results", M("Ok", "Json", "Created", "CreatedAtRoute", "Accepted", "AcceptedAtRoute", "BadRequest", "Conflict", "NotFound", "UnprocessableEntity"), P("value", "data", "error"), SerialiserFamily.SystemTextJson),
        Serialised("Microsoft.AspNetCore.Http.TypedResults", M("Ok", "Json", "Created", "CreatedAtRoute", "Accepted", "AcceptedAtRoute", "BadRequest", "Conflict", "NotFound", "UnprocessableEntity"), P("value", "data", "error"), SerialiserFamily.SystemTextJson),
        Text("Microsoft.AspNetCore.Http.Results", M("Content", "Text"), SinkKind.Export, P("content")),
        Text("Microsoft.AspNetCore.Http.TypedResults", M("Content", "Text"), SinkKind.Export, P("content")),
        Serialised("Microsoft.AspNetCore.Http.HttpResponseJsonExtensions", M("WriteAsJsonAsync"), P("value"), SerialiserFamily.SystemTextJson),
        Text("Microsoft.AspNetCore.Http.HttpResponseWritingExtensions", M("WriteAsync"), SinkKind.Export, P("text")),
        Text("Microsoft.AspNetCore.Http.IResponseCookies", M("Append"), SinkKind.Export, P("value")),

        // Legacy ASP.NET (System.Web), still common in administrations: cookies, headers and the response body.
        Text("System.Web.HttpCookie", M(".ctor", "set_Value"), SinkKind.Export, P("value")),
        Text("System.Web.HttpResponse", M("Write", "AppendHeader", "AddHeader", "AppendCookie", "SetCookie"), SinkKind.Export, P("s", "obj", "value", "ch", "buffer")),
        Text("System.Web.HttpResponseBase", M("Write", "AppendHeader", "AddHeader", "AppendCookie", "SetCookie"), SinkKind.Export, P("s", "obj", "value", "ch", "buffer")),

        // Outbound calls.
        Serialised("System.Net.Http.Json.HttpClientJsonExtensions", M("PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync"), P("value"), SerialiserFamily.SystemTextJson),
        Text("System.Net.Http.Json.HttpClientJsonExtensions", M("GetFromJsonAsync", "DeleteFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync"), SinkKind.Export, P("requestUri")),
        Text("System.Net.Http.HttpClient", M("GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync"), SinkKind.Export, P("requestUri")),
        Text("System.Net.Http.StringContent", M(".ctor"), SinkKind.Export, P("content")),
        Text("System.Net.Http.HttpRequestMessage", M(".ctor"), SinkKind.Export, P("requestUri")),
    }.ToImmutableArray();

    private static ImmutableArray<string> SerilogMethods => M("Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write", "ForContext");

    private static ImmutableArray<string> NLogMethods => M("Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "WithProperty", "ConditionalDebug", "ConditionalTrace");

    private static ImmutableArray<string> M(params string[] names) => ImmutableArray.Create(names);

    private static ImmutableArray<string> P(params string[] names) => ImmutableArray.Create(names);

    private static SinkSpec Template(string type, ImmutableArray<string> methods, SerialiserFamily destructuring = SerialiserFamily.Properties) =>
        new(type, methods, SinkKind.Log, SinkRendering.Template, destructuring);

    private static SinkSpec Text(string type, ImmutableArray<string> methods, SinkKind kind, ImmutableArray<string> parameters = default) =>
        new(type, methods, kind, SinkRendering.Text, SerialiserFamily.Properties, parameters);

    private static SinkSpec Serialised(string type, ImmutableArray<string> methods, ImmutableArray<string> parameters, SerialiserFamily family = SerialiserFamily.Properties) =>
        new(type, methods, SinkKind.Export, SinkRendering.Serialised, family, parameters);
}
