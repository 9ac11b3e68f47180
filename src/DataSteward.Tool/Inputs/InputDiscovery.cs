using System;
using System.Collections.Generic;
using System.IO;

namespace DataSteward.Tool.Inputs;

/// <summary>
/// Turns the command line's paths into catalogues to read. A file is read as what it is (<c>.json</c>: a compact
/// catalogue; <c>.dll</c>/<c>.exe</c>: an assembly). A folder holding <c>catalogue.model.json</c> is one catalogue;
/// any other folder is searched recursively for such folders and for assemblies with a generated catalogue, skipping
/// <c>obj/</c> (intermediate copies) and reference assemblies, and skipping the assemblies of a folder that already has
/// a <c>datacatalogue/</c> (the same project, written by its build). A path that yields nothing is a problem.
/// </summary>
internal static class InputDiscovery
{
    public const string ModelFileName = "catalogue.model.json";
    public const string CatalogueFolderName = "datacatalogue";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "obj", "ref", "refint", ".git", "node_modules" };

    public static (List<CatalogueInput> Inputs, List<InputProblem> Problems) Discover(IEnumerable<string> paths)
    {
        var inputs = new List<CatalogueInput>();
        var problems = new List<InputProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            int before = inputs.Count;
            try
            {
                DiscoverOne(Path.GetFullPath(path), inputs, problems);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                problems.Add(new InputProblem(path, "cannot be read: " + exception.Message));
                continue;
            }

            // The same catalogue named twice (a folder and a file inside it) is read once.
            for (int i = inputs.Count - 1; i >= before; i--)
            {
                if (!seen.Add(inputs[i].Path))
                {
                    inputs.RemoveAt(i);
                }
            }
        }

        return (inputs, problems);
    }

    private static void DiscoverOne(string path, List<CatalogueInput> inputs, List<InputProblem> problems)
    {
        if (File.Exists(path))
        {
            string extension = Path.GetExtension(path);
            if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                inputs.Add(new CatalogueInput(path, InputKind.ModelFile));
            }
            else if (extension.Equals(".dll", StringComparison.OrdinalIgnoreCase) || extension.Equals(".exe", StringComparison.OrdinalIgnoreCase))
            {
                inputs.Add(new CatalogueInput(path, InputKind.Assembly));
            }
            else
            {
                problems.Add(new InputProblem(path, "is neither a catalogue (" + ModelFileName + ") nor an assembly (.dll, .exe)."));
            }

            return;
        }

        if (!Directory.Exists(path))
        {
            problems.Add(new InputProblem(path, "does not exist."));
            return;
        }

        int found = inputs.Count;
        string model = Path.Combine(path, ModelFileName);
        if (File.Exists(model))
        {
            inputs.Add(new CatalogueInput(model, InputKind.ModelFile));
            return;
        }

        Search(new DirectoryInfo(path), inputs, problems);
        if (inputs.Count == found)
        {
            problems.Add(new InputProblem(path, "holds no catalogue: no " + CatalogueFolderName + "/" + ModelFileName + " and no assembly built with DataSteward catalogue generation."));
        }
    }

    private static void Search(DirectoryInfo root, List<CatalogueInput> inputs, List<InputProblem> problems)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            DirectoryInfo folder = pending.Pop();
            FileInfo[] files;
            DirectoryInfo[] folders;
            try
            {
                files = folder.GetFiles();
                folders = folder.GetDirectories();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputProblem(folder.FullName, "cannot be searched: " + exception.Message));
                continue;
            }

            Array.Sort(files, (left, right) => string.CompareOrdinal(left.Name, right.Name));
            Array.Sort(folders, (left, right) => string.CompareOrdinal(right.Name, left.Name));
            bool hasModel = Array.Exists(files, file => file.Name.Equals(ModelFileName, StringComparison.OrdinalIgnoreCase));
            if (hasModel)
            {
                inputs.Add(new CatalogueInput(Path.Combine(folder.FullName, ModelFileName), InputKind.ModelFile));
                continue;
            }

            bool buildWroteCatalogue = File.Exists(Path.Combine(folder.FullName, CatalogueFolderName, ModelFileName));
            if (!buildWroteCatalogue)
            {
                foreach (FileInfo file in files)
                {
                    if (IsAssemblyName(file.Name) && AssemblyCatalogueProbe.HasCatalogue(file.FullName))
                    {
                        inputs.Add(new CatalogueInput(file.FullName, InputKind.Assembly));
                    }
                }
            }

            foreach (DirectoryInfo child in folders)
            {
                if (!SkippedFolders.Contains(child.Name))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool IsAssemblyName(string name) =>
        name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase);
}
