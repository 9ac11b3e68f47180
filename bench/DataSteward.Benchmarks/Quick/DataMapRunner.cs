using System.Diagnostics;
using System.Globalization;
using DataSteward.Catalogue;
using DataSteward.Tool.Cli;
using DataSteward.Tool.Output;

namespace DataSteward.Benchmarks.Quick;

/// <summary>
/// The data-map tool at organisation scale (issue 13): writes <c>projects</c> catalogue folders of <c>datasets</c> datasets
/// each (as builds leave them: <c>Project/bin/Release/net10.0/datacatalogue/catalogue.model.json</c>), then runs
/// <c>datasteward map</c> in process over the root folder and reports the time and memory of reading, merging, checking
/// and publishing everything (catalogue, register, schemas, checks, site). One configuration per process, so the peak
/// working set is this run's own.
/// </summary>
internal static class DataMapRunner
{
    public static int Run(int projects, int datasetsPerProject, string? keep)
    {
        string root = keep ?? Path.Combine(Path.GetTempPath(), "datasteward-map-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var write = Stopwatch.StartNew();
            for (int project = 0; project < projects; project++)
            {
                DataCatalogueModel model = Catalogue(project, datasetsPerProject);
                string folder = Path.Combine(root, "inputs", model.AssemblyName, "bin", "Release", "net10.0", "datacatalogue");
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, CatalogueModelSerializer.FileName), CatalogueModelSerializer.Serialize(model) + "\n");
            }

            write.Stop();
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var error = new StringWriter();
            using var self = Process.GetCurrentProcess();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            var map = Stopwatch.StartNew();
            int exitCode = MapRunner.Run([Path.Combine(root, "inputs")], Path.Combine(root, "map"), new MapSettings(MapSettings.DefaultBaseUri, null, null), strict: true, TextWriter.Null, error, new Progress(error, enabled: true, interactive: false));
            map.Stop();
            self.Refresh();
            TimeSpan cpu = self.TotalProcessorTime - cpuBefore;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            int files = Directory.GetFiles(Path.Combine(root, "map"), "*", SearchOption.AllDirectories).Length;
            Console.Write(error.ToString());
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0:N0} × {1} | {2:N0} | {3:N2} s | {4:N2} s | {5:N0} | {6:N0} MB | {7:N0} MB | exit {8} | load {9} |",
                projects,
                datasetsPerProject,
                projects * datasetsPerProject,
                map.Elapsed.TotalSeconds,
                cpu.TotalSeconds,
                files,
                allocated / 1_048_576.0,
                self.PeakWorkingSet64 / 1_048_576.0,
                exitCode,
                LoadAverage()));
            return exitCode;
        }
        finally
        {
            if (keep is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    // The machine is shared: the one-minute load average says how much the wall time is worth.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    // A realistic project: one open reference dataset in five, the others personal, with kinds, special categories,
    // retention and legal bases varying by project so that the cross-project checks have work to do.
    private static DataCatalogueModel Catalogue(int project, int datasets)
    {
        string name = "Service" + project.ToString("D4", CultureInfo.InvariantCulture);
        var model = new DataCatalogueModel
        {
            AssemblyName = name,
            Title = name + " catalogue",
            Publisher = "Direction " + (project % 12).ToString(CultureInfo.InvariantCulture),
            ContactPoint = "mailto:data@service" + project.ToString(CultureInfo.InvariantCulture) + ".example",
            License = "etalab-2.0",
            Settings = new CatalogueSettings
            {
                BaseUri = "https://data.example.org/" + name.ToLowerInvariant() + "/",
                Controller = "Ministry of Examples",
                DpoContact = "mailto:dpo@example.org",
            },
        };
        for (int index = 0; index < datasets; index++)
        {
            bool open = index % 5 == 0;
            var dataset = new CatalogueDataset
            {
                Identifier = (open ? "reference-" : "records-") + index.ToString(CultureInfo.InvariantCulture),
                TypeName = name + ".Models.Record" + index.ToString(CultureInfo.InvariantCulture),
                Title = "Records " + index.ToString(CultureInfo.InvariantCulture) + " of " + name,
                Description = "Synthetic dataset " + index.ToString(CultureInfo.InvariantCulture) + " of " + name + ".",
                Access = open ? DatasetAccess.Public : (index % 2 == 0 ? DatasetAccess.Restricted : DatasetAccess.NonPublic),
                UpdateFrequency = "MONTHLY",
                Purpose = open ? null : "Serve the users of " + name,
                LegalBasis = open ? null : (LawfulBasis)((project + index) % 6),
                Retention = open ? null : "P" + (1 + (project % 10)).ToString(CultureInfo.InvariantCulture) + "Y",
            };
            dataset.Themes.Add(open ? "REGI" : "GOVE");
            dataset.Keywords.Add("synthetic");
            dataset.Fields.Add(new CatalogueField { Name = "Id", Type = "string", Format = "uuid", Required = true, PrimaryKey = true, Classification = FieldClassification.NotPersonal });
            dataset.Fields.Add(new CatalogueField { Name = "Label", Type = "string", Description = "A label." });
            dataset.Fields.Add(new CatalogueField { Name = "Email", Type = "string", Format = "email", Classification = open ? FieldClassification.None : FieldClassification.Personal, Kind = PersonalDataKind.ContactDetails });
            dataset.Fields.Add(new CatalogueField { Name = "CreatedAt", Type = "datetime", Required = true });
            if (!open)
            {
                dataset.Fields.Add(new CatalogueField { Name = "FullName", Type = "string", Classification = FieldClassification.Personal, Kind = PersonalDataKind.Name });
                dataset.Fields.Add(new CatalogueField { Name = "BirthDate", Type = "date", Classification = FieldClassification.Personal, Kind = PersonalDataKind.DateOfBirth });
                if (index % 3 == 0)
                {
                    dataset.Fields.Add(new CatalogueField { Name = "Condition", Type = "string", Classification = FieldClassification.SpecialCategory, SpecialCategory = SensitiveCategory.Health });
                }
            }

            model.Datasets.Add(dataset);
        }

        return model;
    }
}
