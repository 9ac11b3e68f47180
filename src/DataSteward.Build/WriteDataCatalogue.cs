using System;
using System.Collections.Generic;
using System.IO;
using DataSteward.Catalogue;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DataSteward.Build;

/// <summary>
/// Renders the data catalogue that the DataSteward generator compiled into an assembly and writes it to a folder:
/// catalogue.jsonld, catalogue.ttl, register.json, register.csv, schemas/*.schema.json, and the model itself
/// (catalogue.model.json, which the data-map tool merges). The assembly is read into memory and parsed with
/// System.Reflection.Metadata (never loaded, never locked); the documents come from the runtime library's
/// <see cref="CatalogueRenderer"/>. A file is rewritten only when its content changed, so timestamps stay stable;
/// stale schema files are removed. Writes and logs nothing when the assembly has no catalogue.
/// </summary>
public sealed class WriteDataCatalogue : Task
{
    /// <summary>The built assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The catalogue folder (<c>$(DataStewardCatalogueOutputPath)</c>).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>Every file of the catalogue, written or already up to date (for FileWrites and publish).</summary>
    [Output]
    public ITaskItem[] CatalogueFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Reads the assembly and writes the catalogue; false when the catalogue cannot be read or written.</summary>
    public override bool Execute()
    {
        if (!File.Exists(AssemblyPath))
        {
            Log.LogError("DataSteward: the assembly '{0}' does not exist.", AssemblyPath);
            return false;
        }

        string? packed;
        try
        {
            packed = CatalogueAssemblyReader.ReadPackedModel(File.ReadAllBytes(AssemblyPath));
        }
        catch (BadImageFormatException exception)
        {
            Log.LogWarning("DataSteward: '{0}' could not be read as a .NET assembly: {1}", AssemblyPath, exception.Message);
            return true;
        }

        if (packed is null)
        {
            return true;
        }

        DataCatalogueModel model;
        try
        {
            model = CatalogueModelSerializer.ReadPacked(packed);
        }
        catch (FormatException exception)
        {
            Log.LogError("DataSteward: the catalogue compiled into '{0}' could not be read (is the package's build task older than its generator?): {1}", AssemblyPath, exception.Message);
            return false;
        }

        if (!CatalogueRenderer.IsSupportedLanguage(model.Settings.Language))
        {
            Log.LogWarning(
                "DataSteward: DataStewardCatalogueLanguage '{0}' is not a catalogue language (en, fr); the catalogue is written in English.",
                model.Settings.Language);
        }

        IReadOnlyDictionary<string, IReadOnlyList<string>> duplicates = model.FindDuplicateIdentifiers();
        if (duplicates.Count > 0)
        {
            // DS0205 is an error; it only gets here when that was silenced. Never write a catalogue that lost a dataset.
            foreach (KeyValuePair<string, IReadOnlyList<string>> duplicate in duplicates)
            {
                Log.LogError(
                    null, "DS0205", null, AssemblyPath, 0, 0, 0, 0,
                    "DataSteward: dataset identifier '{0}' is used by {1}; the catalogue is not written, because one dataset would replace the other. Give each dataset its own identifier.",
                    duplicate.Key,
                    string.Join(" and ", duplicate.Value));
            }

            return false;
        }

        IReadOnlyList<CatalogueDocument> documents = CatalogueRenderer.RenderAll(model);
        try
        {
            CatalogueFiles = Write(documents);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("DataSteward: the catalogue could not be written to '{0}': {1}", OutputDirectory, exception.Message);
            return false;
        }

        string noun = model.Datasets.Count == 1 ? "dataset" : "datasets";
        Log.LogMessage(MessageImportance.High, "DataSteward: {0} {1} → {2}", model.Datasets.Count, noun, OutputDirectory);
        return true;
    }

    private ITaskItem[] Write(IReadOnlyList<CatalogueDocument> documents)
    {
        string root = Path.GetFullPath(OutputDirectory);
        var written = new List<ITaskItem>(documents.Count);
        var expected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (CatalogueDocument document in documents)
        {
            string path = Path.Combine(root, document.Path.Replace('/', Path.DirectorySeparatorChar));
            expected.Add(Path.GetFullPath(path));
            WriteIfChanged(path, document.ToBytes());
            written.Add(new TaskItem(path));
        }

        // A dataset that was removed or renamed leaves its schema behind: remove what the catalogue no longer lists.
        string schemas = Path.Combine(root, "schemas");
        if (Directory.Exists(schemas))
        {
            foreach (string stale in Directory.GetFiles(schemas, "*.schema.json"))
            {
                if (!expected.Contains(Path.GetFullPath(stale)))
                {
                    File.Delete(stale);
                }
            }
        }

        return written.ToArray();
    }

    private static void WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path))
        {
            byte[] existing = File.ReadAllBytes(path);
            if (existing.Length == content.Length && AreEqual(existing, content))
            {
                return;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private static bool AreEqual(byte[] left, byte[] right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }
}
