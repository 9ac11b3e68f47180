using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DataSteward.Tool.Diff;
using DataSteward.Tool.Inputs;
using DataSteward.Tool.Map;

namespace DataSteward.Tool.Cli;

/// <summary>
/// <c>datasteward diff</c>: reads each side as <c>map</c> reads its inputs (a map folder holds every project's compact
/// catalogue under <c>projects/</c>), compares, and writes Markdown or JSON to the output or to a file.
/// </summary>
internal static class DiffRunner
{
    public static int Run(string before, string after, bool json, string? file, TextWriter output, TextWriter error)
    {
        DataMap? old = Read(before, error);
        DataMap? current = Read(after, error);
        if (old is null || current is null)
        {
            return ExitCodes.InputProblem;
        }

        MapChanges changes = MapComparer.Compare(old, current);
        string report = json ? JsonChangesWriter.Write(changes) : MarkdownChangesWriter.Write(changes);
        if (file is null)
        {
            output.Write(report);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(file, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("datasteward: the report could not be written to '" + file + "': " + exception.Message);
            return ExitCodes.OutputError;
        }
    }

    // Both sides must be readable in full: a diff against a half-read map would report datasets as removed.
    private static DataMap? Read(string path, TextWriter error)
    {
        (List<CatalogueInput> inputs, List<InputProblem> problems) = InputDiscovery.Discover([path]);
        CatalogueSet catalogues = CatalogueReader.ReadAll(inputs, problems, null);
        foreach (InputProblem problem in problems)
        {
            error.WriteLine("datasteward: " + problem);
        }

        return problems.Count == 0 && catalogues.Count > 0 ? catalogues.ToMap() : null;
    }
}
