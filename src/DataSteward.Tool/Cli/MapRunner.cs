using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DataSteward.Tool.Checks;
using DataSteward.Tool.Inputs;
using DataSteward.Tool.Map;
using DataSteward.Tool.Output;
using DataSteward.Tool.Site;

namespace DataSteward.Tool.Cli;

/// <summary>
/// <c>datasteward map</c>: find the inputs, read each catalogue (one message per input that cannot be read, naming it),
/// merge, check across projects, and write the documents and the site. Progress goes to the error stream, problems too;
/// the summary to the output.
/// </summary>
internal static class MapRunner
{
    public static int Run(IReadOnlyList<string> paths, string outputPath, MapSettings settings, bool strict, TextWriter output, TextWriter error, Progress progress)
    {
        progress.Start("Finding catalogues");
        (List<CatalogueInput> inputs, List<InputProblem> problems) = InputDiscovery.Discover(paths);
        progress.Done(Count(inputs.Count, "catalogue") + " found");

        progress.Start("Reading catalogues", inputs.Count);
        CatalogueSet catalogues = CatalogueReader.ReadAll(inputs, problems, progress.Report);
        progress.Done(Count(catalogues.Count, "catalogue") + " read");

        foreach (InputProblem problem in problems)
        {
            error.WriteLine("datasteward: " + problem);
        }

        if (catalogues.Count == 0)
        {
            error.WriteLine("datasteward: no catalogue could be read; nothing was written.");
            return ExitCodes.InputProblem;
        }

        progress.Start("Merging and checking");
        DataMap map = catalogues.ToMap();
        IReadOnlyList<Finding> findings = CrossProjectChecks.Run(map);
        progress.Done(Count(map.Datasets.Count, "dataset") + ", " + Count(findings.Count, "finding"));

        OutputFolder folder;
        try
        {
            folder = new OutputFolder(outputPath);
            progress.Start("Writing catalogue, register and schemas");
            MapDocuments.Write(catalogues, settings, folder);
            folder.Write(MapLayout.ChecksJson, ChecksJsonWriter.Write(findings));
            progress.Done();

            progress.Start("Writing site", map.Datasets.Count);
            SiteWriter.Write(map, findings, folder, settings.Title, progress.Report);
            folder.RemoveStale(MapLayout.DatasetsFolder, MapLayout.SchemasFolder, MapLayout.ProjectsFolder);
            progress.Done();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("datasteward: the map could not be written to '" + outputPath + "': " + exception.Message);
            return ExitCodes.OutputError;
        }

        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} from {1} merged into {2} ({3}); {4}{5}.",
            Count(map.Datasets.Count, "dataset"),
            Count(map.Projects.Count, "project"),
            folder.Root,
            Path.Combine(folder.Root, MapLayout.Index),
            Count(findings.Count, "cross-project finding"),
            problems.Count == 0 ? string.Empty : "; " + Count(problems.Count, "input") + " could not be read"));
        return strict && problems.Count > 0 ? ExitCodes.InputProblem : ExitCodes.Success;
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
