using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Build;
using DataSteward.Catalogue;
using DataSteward.Tool.Output;

namespace DataSteward.Tool.Inputs;

/// <summary>
/// Reads each input's catalogue model with the library the build task uses: a compact catalogue file with
/// <see cref="CatalogueModelSerializer"/>, an assembly with <see cref="CatalogueAssemblyReader"/> (System.Reflection.Metadata:
/// never loaded). Inputs are read in parallel; each failure becomes one problem naming the input, and the others are kept.
/// </summary>
internal static class CatalogueReader
{
    public static CatalogueSet ReadAll(IReadOnlyList<CatalogueInput> inputs, List<InputProblem> problems, Action<int>? progress)
    {
        var results = new (LoadedCatalogue? Catalogue, InputProblem? Problem)[inputs.Count];
        int done = 0;
        Parallel.For(0, inputs.Count, OutputFolder.Parallelism, index =>
        {
            results[index] = Read(inputs[index]);
            progress?.Invoke(Interlocked.Increment(ref done));
        });

        var catalogues = new List<LoadedCatalogue>(inputs.Count);
        foreach ((LoadedCatalogue? catalogue, InputProblem? problem) in results)
        {
            if (catalogue is not null)
            {
                catalogues.Add(catalogue);
            }
            else if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return new CatalogueSet(catalogues);
    }

    // The build refuses such a catalogue (DS0205, DS0208); a hand-edited one is refused here rather than have one
    // dataset's pages and schema silently replace the other's.
    private static string? IdentifierProblem(DataCatalogueModel model)
    {
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (CatalogueDataset dataset in model.Datasets)
        {
            if (string.IsNullOrWhiteSpace(dataset.Identifier))
            {
                return "has a dataset without an identifier (" + (dataset.TypeName.Length == 0 ? "type not named" : dataset.TypeName) + ").";
            }

            if (!identifiers.Add(dataset.Identifier))
            {
                return "has two datasets with the identifier '" + dataset.Identifier + "'.";
            }
        }

        return null;
    }

    public static (LoadedCatalogue? Catalogue, InputProblem? Problem) Read(CatalogueInput input)
    {
        try
        {
            DataCatalogueModel? model = input.Kind == InputKind.Assembly
                ? CatalogueAssemblyReader.ReadModel(File.ReadAllBytes(input.Path))
                : CatalogueModelSerializer.Deserialize(File.ReadAllText(input.Path));
            if (model is null)
            {
                return (null, new InputProblem(input.Path, "has no DataSteward catalogue (no [Dataset] type, or built without the DataSteward package)."));
            }

            if (IdentifierProblem(model) is { } identifierProblem)
            {
                return (null, new InputProblem(input.Path, identifierProblem));
            }

            return (new LoadedCatalogue(input.Path, model, CatalogueModelSerializer.Serialize(model)), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, new InputProblem(input.Path, "cannot be read: " + exception.Message));
        }
        catch (BadImageFormatException)
        {
            return (null, new InputProblem(input.Path, "is not a .NET assembly."));
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            string what = input.Kind == InputKind.Assembly ? "holds a catalogue this version of the tool cannot read" : "is not a valid DataSteward catalogue (" + CatalogueModelSerializer.Format + ")";
            return (null, new InputProblem(input.Path, what + ": " + exception.Message));
        }
    }
}
