using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DataSteward.Build;

/// <summary>
/// Writes the data catalogue that the DataSteward generator compiled into an assembly to a folder: catalogue.jsonld,
/// catalogue.ttl, register.json, register.csv and schemas/*.schema.json. The assembly is read into memory and parsed
/// with System.Reflection.Metadata (never loaded, never locked). A file is rewritten only when its content changed,
/// so timestamps stay stable; stale schema files are removed. UTF-8 without BOM, <c>\n</c> line ends (as generated).
/// Writes and logs nothing when the assembly has no catalogue.
/// </summary>
public sealed class WriteDataCatalogue : Task
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The built assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The catalogue folder (<c>$(DataStewardCatalogueOutputPath)</c>).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>Every file of the catalogue, written or already up to date (for FileWrites and publish).</summary>
    [Output]
    public ITaskItem[] CatalogueFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Reads the assembly and writes the catalogue; false only when writing failed.</summary>
    public override bool Execute()
    {
        if (!File.Exists(AssemblyPath))
        {
            Log.LogError("DataSteward: the assembly '{0}' does not exist.", AssemblyPath);
            return false;
        }

        CatalogueDocuments? documents;
        try
        {
            documents = CatalogueMetadataReader.Read(File.ReadAllBytes(AssemblyPath));
        }
        catch (BadImageFormatException exception)
        {
            Log.LogWarning("DataSteward: '{0}' could not be read as a .NET assembly: {1}", AssemblyPath, exception.Message);
            return true;
        }

        if (documents is null)
        {
            return true;
        }

        try
        {
            CatalogueFiles = Write(documents);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("DataSteward: the catalogue could not be written to '{0}': {1}", OutputDirectory, exception.Message);
            return false;
        }

        string noun = documents.DatasetCount == 1 ? "dataset" : "datasets";
        Log.LogMessage(MessageImportance.High, "DataSteward: {0} {1} → {2}", documents.DatasetCount, noun, OutputDirectory);
        return true;
    }

    private ITaskItem[] Write(CatalogueDocuments documents)
    {
        string root = Path.GetFullPath(OutputDirectory);
        var written = new List<ITaskItem>(documents.Files.Count);
        var expected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> file in documents.Files)
        {
            string path = Path.Combine(root, file.Key.Replace('/', Path.DirectorySeparatorChar));
            expected.Add(Path.GetFullPath(path));
            WriteIfChanged(path, Utf8.GetBytes(file.Value));
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
