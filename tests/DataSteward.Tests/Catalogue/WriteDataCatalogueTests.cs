using System.Collections;
using System.Text;
using DataSteward.Build;
using DataSteward.Tests.Verification;
using Microsoft.Build.Framework;

namespace DataSteward.Tests.Catalogue;

public sealed class WriteDataCatalogueTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "datasteward-task-" + Guid.NewGuid().ToString("N"));

    public WriteDataCatalogueTests()
    {
        Directory.CreateDirectory(root);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Writes_every_document_and_logs_one_message()
    {
        (string assembly, SortedDictionary<string, string> documents) = BuildAssembly(CatalogueSources.All);
        string output = Path.Combine(root, "bin", "datacatalogue") + "/";
        var engine = new FakeBuildEngine();

        var task = new WriteDataCatalogue { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = output };
        Assert.True(task.Execute());

        string[] written = Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(documents.Keys, written);
        foreach ((string path, string content) in documents)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(output, path));
            Assert.Equal(new UTF8Encoding(false).GetBytes(content), bytes);
        }

        Assert.Equal(
            documents.Keys.Select(p => Path.GetFullPath(Path.Combine(output, p))).Order(StringComparer.Ordinal),
            task.CatalogueFiles.Select(i => Path.GetFullPath(i.ItemSpec)).Order(StringComparer.Ordinal));
        (MessageImportance importance, string text) = Assert.Single(engine.Messages);
        Assert.Equal(MessageImportance.High, importance);
        Assert.Equal("DataSteward: 3 datasets → " + output, text);
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Unchanged_files_keep_their_timestamps_and_stale_schemas_go()
    {
        (string assembly, _) = BuildAssembly(CatalogueSources.All);
        string output = Path.Combine(root, "out");
        new WriteDataCatalogue { BuildEngine = new FakeBuildEngine(), AssemblyPath = assembly, OutputDirectory = output }.Execute();
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (string file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, past);
        }

        string stale = Path.Combine(output, "schemas", "removed-dataset.schema.json");
        File.WriteAllText(stale, "{}");
        string changed = Path.Combine(output, "register.csv");
        File.WriteAllText(changed, "edited by hand");

        Assert.True(new WriteDataCatalogue { BuildEngine = new FakeBuildEngine(), AssemblyPath = assembly, OutputDirectory = output }.Execute());

        Assert.False(File.Exists(stale));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(changed));
        Assert.StartsWith("dataset,title,controller,", File.ReadAllText(changed), StringComparison.Ordinal);
        Assert.All(
            Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => f != changed),
            f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void Assembly_without_catalogue_writes_and_logs_nothing()
    {
        (string assembly, _) = BuildAssembly([CatalogueSources.Catalogue, CatalogueSources.Unrelated], expectCatalogue: false);
        string output = Path.Combine(root, "none");
        var engine = new FakeBuildEngine();
        var task = new WriteDataCatalogue { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = output };

        Assert.True(task.Execute());

        Assert.False(Directory.Exists(output));
        Assert.Empty(task.CatalogueFiles);
        Assert.Empty(engine.Messages);
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Assembly_is_neither_locked_nor_loaded()
    {
        (string assembly, _) = BuildAssembly(CatalogueSources.All);
        Assert.True(new WriteDataCatalogue { BuildEngine = new FakeBuildEngine(), AssemblyPath = assembly, OutputDirectory = Path.Combine(root, "out") }.Execute());

        using (new FileStream(assembly, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            // The compiler can overwrite the assembly on the next build.
        }

        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "CatalogueConsumer");
    }

    [Fact]
    public void Missing_assembly_is_an_error()
    {
        var engine = new FakeBuildEngine();

        Assert.False(new WriteDataCatalogue { BuildEngine = engine, AssemblyPath = Path.Combine(root, "missing.dll"), OutputDirectory = root }.Execute());

        Assert.Equal("DataSteward: the assembly '" + Path.Combine(root, "missing.dll") + "' does not exist.", Assert.Single(engine.Errors));
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_skipped_with_a_warning()
    {
        string notAssembly = Path.Combine(root, "notes.dll");
        File.WriteAllText(notAssembly, "not a PE file");
        var engine = new FakeBuildEngine();

        Assert.True(new WriteDataCatalogue { BuildEngine = engine, AssemblyPath = notAssembly, OutputDirectory = Path.Combine(root, "out") }.Execute());

        Assert.StartsWith("DataSteward: '" + notAssembly + "' could not be read as a .NET assembly", Assert.Single(engine.Warnings), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    private (string Path, SortedDictionary<string, string> Documents) BuildAssembly(string[] sources, bool expectCatalogue = true)
    {
        GeneratorRun run = CatalogueHarness.Run(CatalogueSources.EditorConfig, TestCompilation.Create(sources).WithAssemblyName("CatalogueConsumer"));
        string path = Path.Combine(root, "obj", "CatalogueConsumer.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, CatalogueHarness.Emit(run.OutputCompilation));
        return (path, expectCatalogue ? CatalogueHarness.Documents(run) : new SortedDictionary<string, string>(StringComparer.Ordinal));
    }

    private sealed class FakeBuildEngine : IBuildEngine
    {
        public List<(MessageImportance Importance, string Text)> Messages { get; } = [];

        public List<string> Warnings { get; } = [];

        public List<string> Errors { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e.Message ?? string.Empty);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add((e.Importance, e.Message ?? string.Empty));

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e.Message ?? string.Empty);
    }
}
