using System.Globalization;
using System.Text;

namespace DataSteward.Benchmarks.Corpus;

/// <summary>One generated source file.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>A generated corpus and what it was built to contain.</summary>
public sealed record GeneratedCorpus(IReadOnlyList<CorpusFile> Files, int SinkCallSites, int LeakingCallSites, int Datasets);

/// <summary>
/// Writes realistic ASP.NET Core / worker-service code: domain models with and without personal data, services that
/// log (Microsoft.Extensions.Logging, Serilog), serialise (System.Text.Json), throw and tag activities, API controllers,
/// minimal-API endpoint maps, background workers and plain helpers. About <see cref="LeakRate"/> of the sink call
/// sites pass classified data unprotected; the rest pass neutral values or pseudonyms.
/// </summary>
/// <remarks>
/// Deterministic: file <c>i</c> depends only on the seed and <c>i</c>, and refers only to files before it, so the
/// corpus of 500 files is the first 500 files of the corpus of 1,000 and sizes compare like for like.
/// </remarks>
public static class CorpusGenerator
{
    public const double LeakRate = 0.05;

    private const int KindCount = 10;

    private static readonly string[] Nouns =
    [
        "Citizen", "Patient", "Applicant", "Taxpayer", "Voter", "Pupil", "Tenant", "Employee", "Customer", "Claimant",
        "Benefit", "Permit", "Invoice", "Parcel", "Vehicle", "Appointment", "Grant", "Licence", "Inspection", "Complaint",
    ];

    private static readonly string[] Municipalities = ["Lyon", "Gent", "Tartu", "Porto", "Graz", "Aarhus", "Turku", "Brno"];

    /// <summary>Generates <paramref name="fileCount"/> files.</summary>
    public static GeneratedCorpus Generate(int fileCount, int seed = 20261123)
    {
        var files = new List<CorpusFile>(fileCount);
        int sinks = 0, leaks = 0, datasets = 0;
        for (int i = 0; i < fileCount; i++)
        {
            var writer = new FileWriter(seed, i);
            files.Add(writer.Write());
            sinks += writer.SinkCallSites;
            leaks += writer.LeakingCallSites;
            datasets += writer.Datasets;
        }

        return new GeneratedCorpus(files, sinks, leaks, datasets);
    }

    /// <summary>
    /// The generator benchmark's corpus: <paramref name="datasetCount"/> <c>[Dataset]</c> models, each in its own file,
    /// plus one service file whose method body the no-op incremental run edits (it is the last file).
    /// </summary>
    public static IReadOnlyList<CorpusFile> GenerateDatasets(int datasetCount, int seed = 20261123)
    {
        var files = new List<CorpusFile>(datasetCount + 2)
        {
            new("/corpus/Catalogue.cs", """
                using DataSteward;

                [assembly: DataCatalogue(Title = "Register of the municipality", Publisher = "Municipality of Lyon",
                    ContactPoint = "mailto:dpo@example.org", HomePage = "https://data.example.org", License = "etalab-2.0")]
                """),
        };
        for (int i = 0; i < datasetCount; i++)
        {
            var writer = new FileWriter(seed, i * KindCount);
            files.Add(writer.WriteModel(forceDataset: true));
        }

        files.Add(EditableService(0));
        return files;
    }

    /// <summary>The edited service file of the no-op run: only a method body changes with <paramref name="edit"/>.</summary>
    public static CorpusFile EditableService(int edit) => new("/corpus/Services/EditedService.cs", $$"""
        using System;

        namespace Corpus.Services;

        public static class EditedService
        {
            public static int Compute(int value)
            {
                int result = value * {{edit + 2}};
                return result + {{edit}};
            }
        }
        """);

    private sealed class FileWriter
    {
        private readonly Random _random;
        private readonly int _index;
        private readonly StringBuilder _text = new();
        private int _indent;

        public FileWriter(int seed, int index)
        {
            _index = index;
            _random = new Random(unchecked((seed * 397) ^ (index * 7919)));
        }

        public int SinkCallSites { get; private set; }

        public int LeakingCallSites { get; private set; }

        public int Datasets { get; private set; }

        public CorpusFile Write() => (_index % KindCount) switch
        {
            0 or 5 => WriteModel(forceDataset: false),
            1 or 6 => WriteService(),
            2 => WriteController(),
            3 => WriteWorker(),
            4 => WriteEndpoints(),
            7 => WriteExporter(),
            _ => WriteHelper(),
        };

        // ---------------------------------------------------------------- models

        public CorpusFile WriteModel(bool forceDataset)
        {
            ModelShape shape = ModelShape.Of(_index);
            bool dataset = forceDataset || _random.Next(10) == 0;
            Line("using System;");
            Line("using System.ComponentModel.DataAnnotations;");
            Line("using DataSteward;");
            Line();
            Line($"namespace Corpus.Domain.M{_index / 100};");
            Line();
            Line("/// <summary>A record of the register kept by the municipality.</summary>");
            if (dataset)
            {
                Datasets++;
                string access = shape.HasPersonalData ? "DatasetAccess.Restricted" : "DatasetAccess.Public";
                Line($"[Dataset(\"{shape.Name.ToLowerInvariant()}\", Title = \"{shape.Name} register\", Description = \"Every {shape.Name.ToLowerInvariant()} known to the service.\",");
                Line($"    Publisher = \"Municipality of {Pick(Municipalities)}\", ContactPoint = \"mailto:data@example.org\", License = \"etalab-2.0\", Access = {access},");
                Line($"    Themes = new[] {{ \"GOVE\" }}, Keywords = new[] {{ \"{shape.Name.ToLowerInvariant()}\", \"register\" }}, UpdateFrequency = \"DAILY\",");
                Line(shape.HasPersonalData
                    ? "    Purpose = \"Deliver the service\", LegalBasis = LawfulBasis.PublicTask, Retention = \"P5Y\")]"
                    : "    Purpose = \"Open data\")]");
            }

            bool asRecord = _random.Next(3) == 0;
            Line(asRecord ? $"public sealed record {shape.Name}" : $"public sealed class {shape.Name}");
            Open();
            Line("/// <summary>The identifier.</summary>");
            Line("[Key]");
            Line("public Guid Id { get; set; }");
            Line();
            if (shape.HasPersonalData)
            {
                Line("[PersonalData(PersonalDataKind.Name)]");
                Line("[Required, MaxLength(200)]");
                Line("public string FullName { get; set; } = \"\";");
                Line();
                Line("[PersonalData(PersonalDataKind.ContactDetails)]");
                Line("[EmailAddress]");
                Line("public string Email { get; set; } = \"\";");
                Line();
                Line("[PersonalData(PersonalDataKind.DateOfBirth)]");
                Line("public DateOnly BirthDate { get; set; }");
                Line();
                if (shape.HasSensitiveData)
                {
                    Line("[SensitiveData(SensitiveCategory.Health)]");
                    Line("public string? Diagnosis { get; set; }");
                    Line();
                }

                if (_random.Next(4) == 0)
                {
                    // Unclassified but named like personal data: DS0100 material.
                    Line("public string? Iban { get; set; }");
                    Line();
                }
            }

            Line("/// <summary>Where the case is handled.</summary>");
            Line("public string Municipality { get; set; } = \"\";");
            Line();
            Line("public string Status { get; set; } = \"open\";");
            Line();
            Line("[Range(0, 1_000_000)]");
            Line("public decimal Amount { get; set; }");
            Line();
            Line("public DateTimeOffset CreatedAt { get; set; }");
            Line();
            Line("public bool IsActive { get; set; }");
            Line();
            Line("public int Priority { get; set; }");
            Line();
            Line("public string Describe() => $\"{Status} in {Municipality} ({Priority})\";");
            Close();
            return new CorpusFile($"/corpus/Domain/{shape.Name}.cs", _text.ToString());
        }

        // ---------------------------------------------------------------- services

        private CorpusFile WriteService()
        {
            ModelShape model = EarlierModel();
            string name = $"{model.Name}Service{_index}";
            Usings("System", "System.Collections.Generic", "System.Diagnostics", "System.Linq", "System.Text.Json",
                "System.Threading", "System.Threading.Tasks", "Microsoft.Extensions.Logging", "DataSteward", model.Namespace);
            Line("namespace Corpus.Services;");
            Line();
            Line($"public sealed class {name}");
            Open();
            Line($"private static readonly ActivitySource Source = new(\"Corpus.{name}\");");
            Line($"private readonly ILogger<{name}> _logger;");
            Line("private readonly HmacPseudonymiser _pseudonymiser;");
            Line($"private readonly Dictionary<Guid, {model.Name}> _store = new();");
            Line();
            Line($"public {name}(ILogger<{name}> logger, HmacPseudonymiser pseudonymiser)");
            Open();
            Line("_logger = logger;");
            Line("_pseudonymiser = pseudonymiser;");
            Close();
            int methods = 3 + _random.Next(3);
            for (int m = 0; m < methods; m++)
            {
                Line();
                switch (_random.Next(4))
                {
                    case 0:
                        Line($"public async Task<{model.Name}?> FindAsync{m}(Guid id, CancellationToken cancellationToken)");
                        Open();
                        Line("await Task.Yield();");
                        Line($"if (!_store.TryGetValue(id, out {model.Name}? item))");
                        Open();
                        Line("_logger.LogWarning(\"No record {Id}\", id);");
                        Line("return null;");
                        Close();
                        Line();
                        Log("item", model);
                        Line("return item;");
                        Close();
                        break;
                    case 1:
                        Line($"public void Update{m}({model.Name} item, string status)");
                        Open();
                        Line("using Activity? activity = Source.StartActivity(\"update\");");
                        Tag("activity", "item", model);
                        Line("if (string.IsNullOrEmpty(status))");
                        Open();
                        Throw("item", model);
                        Close();
                        Line();
                        Line("item.Status = status;");
                        Line("_store[item.Id] = item;");
                        SerilogLog("item", model);
                        Close();
                        break;
                    case 2:
                        Line($"public string Snapshot{m}(IReadOnlyList<{model.Name}> items)");
                        Open();
                        Line("var active = items.Where(x => x.IsActive).OrderBy(x => x.Priority).ToList();");
                        Line("_logger.LogInformation(\"Snapshot of {Count} items\", active.Count);");
                        Line("foreach (var item in active)");
                        Open();
                        Log("item", model);
                        Close();
                        Line();
                        Serialise("active.FirstOrDefault() ?? items[0]", model, returns: true);
                        Close();
                        break;
                    default:
                        Line($"public int Score{m}({model.Name} item)");
                        Open();
                        Line("int score = item.Priority * 3;");
                        Line("if (item.Amount > 1000m)");
                        Open();
                        Line("score += 10;");
                        Line("_logger.LogDebug(\"High amount for {Id}: {Amount}\", item.Id, item.Amount);");
                        Close();
                        Line();
                        Line("return item.IsActive ? score : -score;");
                        Close();
                        break;
                }
            }

            Close();
            return new CorpusFile($"/corpus/Services/{name}.cs", _text.ToString());
        }

        private CorpusFile WriteController()
        {
            ModelShape model = EarlierModel();
            string name = $"{model.Name}Controller{_index}";
            Usings("System", "System.Collections.Generic", "System.Linq", "Microsoft.AspNetCore.Mvc", "Microsoft.Extensions.Logging",
                "DataSteward", model.Namespace);
            Line("namespace Corpus.Api;");
            Line();
            Line("[ApiController]");
            Line($"[Route(\"api/{model.Name.ToLowerInvariant()}s{_index}\")]");
            Line($"public sealed class {name} : ControllerBase");
            Open();
            Line($"private readonly ILogger<{name}> _logger;");
            Line("private readonly HmacPseudonymiser _pseudonymiser;");
            Line($"private readonly List<{model.Name}> _items = new();");
            Line();
            Line($"public {name}(ILogger<{name}> logger, HmacPseudonymiser pseudonymiser)");
            Open();
            Line("_logger = logger;");
            Line("_pseudonymiser = pseudonymiser;");
            Close();
            Line();
            Line("[HttpGet(\"{id:guid}\")]");
            Line("public IActionResult Get(Guid id)");
            Open();
            Line("var item = _items.FirstOrDefault(x => x.Id == id);");
            Line("if (item is null)");
            Open();
            Line("return NotFound();");
            Close();
            Line();
            Log("item", model);
            Respond("item", model);
            Close();
            Line();
            Line("[HttpGet]");
            Line("public ActionResult<IEnumerable<string>> List()");
            Open();
            Line("return Ok(_items.Where(x => x.IsActive).Select(x => x.Status).ToList());");
            Close();
            Line();
            Line("[HttpPost]");
            Line($"public IActionResult Create({model.Name} item)");
            Open();
            Line("if (item.Amount < 0)");
            Open();
            Throw("item", model);
            Close();
            Line();
            Line("_items.Add(item);");
            Log("item", model);
            Line("return CreatedAtAction(nameof(Get), new { id = item.Id }, new { item.Id, item.Status });");
            Close();
            Close();
            return new CorpusFile($"/corpus/Api/{name}.cs", _text.ToString());
        }

        private CorpusFile WriteWorker()
        {
            ModelShape model = EarlierModel();
            string name = $"{model.Name}Worker{_index}";
            Usings("System", "System.Collections.Concurrent", "System.Diagnostics", "System.Threading", "System.Threading.Tasks",
                "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging", "DataSteward", model.Namespace);
            Line("namespace Corpus.Workers;");
            Line();
            Line($"public sealed class {name} : BackgroundService");
            Open();
            Line($"private static readonly ActivitySource Source = new(\"Corpus.{name}\");");
            Line($"private readonly ConcurrentQueue<{model.Name}> _queue = new();");
            Line($"private readonly ILogger<{name}> _logger;");
            Line("private readonly HmacPseudonymiser _pseudonymiser;");
            Line();
            Line($"public {name}(ILogger<{name}> logger, HmacPseudonymiser pseudonymiser)");
            Open();
            Line("_logger = logger;");
            Line("_pseudonymiser = pseudonymiser;");
            Close();
            Line();
            Line($"public void Enqueue({model.Name} item) => _queue.Enqueue(item);");
            Line();
            Line("protected override async Task ExecuteAsync(CancellationToken stoppingToken)");
            Open();
            Line("while (!stoppingToken.IsCancellationRequested)");
            Open();
            Line("if (!_queue.TryDequeue(out var item))");
            Open();
            Line("await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);");
            Line("continue;");
            Close();
            Line();
            Line("using var activity = Source.StartActivity(\"process\");");
            Line("try");
            Open();
            Tag("activity", "item", model);
            Log("item", model);
            Line("await ProcessAsync(item, stoppingToken).ConfigureAwait(false);");
            Close();
            Line("catch (InvalidOperationException exception)");
            Open();
            Line("_logger.LogError(exception, \"Processing failed for {Id}\", item.Id);");
            SerilogLog("item", model);
            Close();
            Close();
            Close();
            Line();
            Line($"private static Task ProcessAsync({model.Name} item, CancellationToken cancellationToken)");
            Open();
            Line("item.IsActive = false;");
            Line("return Task.Delay(10, cancellationToken);");
            Close();
            Close();
            return new CorpusFile($"/corpus/Workers/{name}.cs", _text.ToString());
        }

        private CorpusFile WriteEndpoints()
        {
            ModelShape model = EarlierModel();
            string name = $"{model.Name}Endpoints{_index}";
            Usings("System", "System.Collections.Generic", "System.Linq", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http",
                "Microsoft.AspNetCore.Routing", "DataSteward", model.Namespace);
            Line("namespace Corpus.Endpoints;");
            Line();
            Line($"public static class {name}");
            Open();
            Line($"public static IEndpointRouteBuilder Map{name}(this IEndpointRouteBuilder routes, IReadOnlyList<{model.Name}> items, HmacPseudonymiser pseudonymiser)");
            Open();
            Line($"routes.MapGet(\"/{model.Name.ToLowerInvariant()}s{_index}/count\", () => Results.Ok(items.Count));");
            string value = Value("items[0]", model, "pseudonymiser");
            Line($"routes.MapGet(\"/{model.Name.ToLowerInvariant()}s{_index}/first\", () => Results.Ok(new {{ items[0].Id, Value = {value} }}));");
            Line($"routes.MapGet(\"/{model.Name.ToLowerInvariant()}s{_index}/status\", (Guid id) => items.Where(x => x.Id == id).Select(x => x.Status).FirstOrDefault() ?? \"unknown\");");
            Line("return routes;");
            Close();
            Close();
            return new CorpusFile($"/corpus/Endpoints/{name}.cs", _text.ToString());
        }

        private CorpusFile WriteExporter()
        {
            ModelShape model = EarlierModel();
            string name = $"{model.Name}Exporter{_index}";
            Usings("System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Text.Json",
                "Microsoft.Extensions.Logging", "DataSteward", model.Namespace);
            Line("namespace Corpus.Export;");
            Line();
            Line($"public sealed class {name}");
            Open();
            Line("private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };");
            Line($"private readonly ILogger<{name}> _logger;");
            Line("private readonly HmacPseudonymiser _pseudonymiser;");
            Line();
            Line($"public {name}(ILogger<{name}> logger, HmacPseudonymiser pseudonymiser)");
            Open();
            Line("_logger = logger;");
            Line("_pseudonymiser = pseudonymiser;");
            Close();
            Line();
            Line($"public string ExportOne({model.Name} item)");
            Open();
            Serialise("item", model, returns: true);
            Close();
            Line();
            Line($"public string ExportSummary(IEnumerable<{model.Name}> items)");
            Open();
            Line("var builder = new StringBuilder();");
            Line("foreach (var group in items.GroupBy(x => x.Municipality))");
            Open();
            Line("builder.Append(group.Key).Append(';').Append(group.Count()).AppendLine();");
            Close();
            Line();
            Line("_logger.LogInformation(\"Exported {Length} characters\", builder.Length);");
            Line("return builder.ToString();");
            Close();
            Close();
            return new CorpusFile($"/corpus/Export/{name}.cs", _text.ToString());
        }

        private CorpusFile WriteHelper()
        {
            string name = $"Helper{_index}";
            Usings("System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text");
            Line("namespace Corpus.Common;");
            Line();
            Line($"public static class {name}");
            Open();
            int methods = 3 + _random.Next(4);
            for (int m = 0; m < methods; m++)
            {
                switch (_random.Next(3))
                {
                    case 0:
                        Line($"public static string Slug{m}(string text)");
                        Open();
                        Line("var builder = new StringBuilder(text.Length);");
                        Line("foreach (char c in text.Trim().ToLowerInvariant())");
                        Open();
                        Line("builder.Append(char.IsLetterOrDigit(c) ? c : '-');");
                        Close();
                        Line();
                        Line("return builder.ToString();");
                        Close();
                        break;
                    case 1:
                        Line($"public static IReadOnlyList<int> Window{m}(IEnumerable<int> values, int size)");
                        Open();
                        Line("return values.Select((v, i) => (v, i)).Where(p => p.i % size == 0).Select(p => p.v * " + _random.Next(2, 9).ToString(CultureInfo.InvariantCulture) + ").ToList();");
                        Close();
                        break;
                    default:
                        Line($"public static string Format{m}(decimal amount, DateTimeOffset when)");
                        Open();
                        Line("return string.Create(CultureInfo.InvariantCulture, $\"{amount:F2} on {when:yyyy-MM-dd}\");");
                        Close();
                        break;
                }

                Line();
            }

            Line("public static int Checksum(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));");
            Close();
            return new CorpusFile($"/corpus/Common/{name}.cs", _text.ToString());
        }

        // ---------------------------------------------------------------- sink call sites

        /// <summary>
        /// A value to hand to a sink: usually neutral (a status, an identifier, a count) or pseudonymised; with
        /// probability <see cref="LeakRate"/> a classified member, unprotected.
        /// </summary>
        private string Value(string item, ModelShape model, string pseudonymiser = "_pseudonymiser")
        {
            SinkCallSites++;
            if (model.HasPersonalData && _random.NextDouble() < LeakRate)
            {
                LeakingCallSites++;
                return _random.Next(3) switch
                {
                    0 => $"{item}.Email",
                    1 => $"{item}.FullName",
                    _ => model.HasSensitiveData ? $"{item}.Diagnosis" : $"{item}.BirthDate",
                };
            }

            return _random.Next(5) switch
            {
                0 when model.HasPersonalData => $"{pseudonymiser}.Pseudonymise({item}.Email)",
                1 => $"{item}.Municipality",
                2 => $"{item}.Priority",
                3 when model.HasPersonalData => $"{item}.FullName.Length",
                _ => $"{item}.Status",
            };
        }

        private void Log(string item, ModelShape model)
        {
            string value = Value(item, model);
            string level = Pick(["LogInformation", "LogDebug", "LogWarning"]);
            Line($"_logger.{level}(\"Handled {{Id}} with {{Value}}\", {item}.Id, {value});");
        }

        private void SerilogLog(string item, ModelShape model)
        {
            string value = Value(item, model);
            Line($"Serilog.Log.Information(\"Record {{Id}} is now {{Value}}\", {item}.Id, {value});");
        }

        private void Tag(string activity, string item, ModelShape model)
        {
            string value = Value(item, model);
            Line($"{activity}?.SetTag(\"corpus.value\", {value});");
        }

        private void Throw(string item, ModelShape model)
        {
            string value = Value(item, model);
            Line($"throw new InvalidOperationException($\"Record {{{item}.Id}} rejected: {{{value}}}\");");
        }

        private void Respond(string item, ModelShape model)
        {
            SinkCallSites++;
            if (model.HasPersonalData && _random.NextDouble() < LeakRate)
            {
                LeakingCallSites++;
                Line($"return Ok({item});");
                return;
            }

            Line(model.HasPersonalData
                ? $"return Ok(new {{ {item}.Id, {item}.Status, Key = _pseudonymiser.Pseudonymise({item}.Email) }});"
                : $"return Ok({item});");
        }

        private void Serialise(string item, ModelShape model, bool returns)
        {
            SinkCallSites++;
            string prefix = returns ? "return " : "_ = ";
            if (!model.HasPersonalData || _random.NextDouble() < LeakRate)
            {
                if (model.HasPersonalData)
                {
                    LeakingCallSites++;
                }

                Line($"{prefix}JsonSerializer.Serialize({item});");
                return;
            }

            Line($"var selected = {item};");
            Line($"{prefix}JsonSerializer.Serialize(new {{ selected.Id, selected.Status, selected.Amount, Key = _pseudonymiser.Pseudonymise(selected.Email) }});");
        }

        // ---------------------------------------------------------------- plumbing

        private ModelShape EarlierModel()
        {
            // Models are files 0, 5, 10, ... : pick one before this file.
            int models = ((_index - 1) / 5) + 1;
            return ModelShape.Of(_random.Next(models) * 5);
        }

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

        private void Usings(params string[] namespaces)
        {
            foreach (string ns in namespaces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                Line($"using {ns};");
            }

            Line();
        }

        private void Open()
        {
            Line("{");
            _indent++;
        }

        private void Close()
        {
            _indent--;
            Line("}");
        }

        private void Line(string text = "")
        {
            if (text.Length > 0)
            {
                _text.Append(' ', _indent * 4).Append(text);
            }

            _text.Append('\n');
        }
    }

    /// <summary>What a model file holds; a function of its index only, so other files can refer to it.</summary>
    private readonly record struct ModelShape(string Name, string Namespace, bool HasPersonalData, bool HasSensitiveData)
    {
        public static ModelShape Of(int index)
        {
            string noun = Nouns[(index / 5) % Nouns.Length];
            // Two in three models hold personal data; one in six special-category data.
            int kind = (index / 5) % 6;
            return new ModelShape($"{noun}{index}", $"Corpus.Domain.M{index / 100}", kind is not (2 or 5), kind == 0);
        }
    }
}
