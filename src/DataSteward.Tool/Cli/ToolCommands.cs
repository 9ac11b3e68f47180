using System;
using System.CommandLine;
using System.IO;
using DataSteward.Tool.Output;

namespace DataSteward.Tool.Cli;

/// <summary>
/// The command line, described once: <c>map</c> and <c>diff</c> with their arguments and options; <c>--help</c> is
/// generated from these descriptions. A command line that does not parse exits with <see cref="ExitCodes.UsageError"/>.
/// </summary>
internal static class ToolCommands
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        RootCommand root = Build(output, error);
        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in result.Errors)
            {
                error.WriteLine("datasteward: " + parseError.Message);
            }

            error.WriteLine("Run 'datasteward --help' for usage.");
            return ExitCodes.UsageError;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "The organisation's data map: merges the DataSteward catalogues of many projects and reports what changed. " + ExitCodes.Help);
        root.Subcommands.Add(MapCommand(output, error));
        root.Subcommands.Add(DiffCommand(output, error));
        return root;
    }

    private static Command MapCommand(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "datacatalogue/ folders, catalogue.model.json files, built assemblies (read, never loaded), or folders searched recursively for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var folder = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the map to (created if needed): catalogue.jsonld, catalogue.ttl, register.json, register.csv, schemas/, checks.json and the site (index.html).",
            Required = true,
        };
        var baseUri = new Option<string>("--base-uri")
        {
            Description = "The base IRI of the organisation's catalogue (absolute). The projects' datasets keep their own IRIs.",
            DefaultValueFactory = _ => MapSettings.DefaultBaseUri,
        };
        baseUri.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                result.AddError("--base-uri must be an absolute http(s) IRI, not '" + value + "'.");
            }
        });
        var title = new Option<string?>("--title") { Description = "The title of the organisation's catalogue (default: \"Data map\" and the projects' common publisher)." };
        var publisher = new Option<string?>("--publisher") { Description = "The organisation publishing the merged catalogue (default: the projects' most common publisher)." };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 1 when any input could not be read (by default only when none could)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on the error stream (problems are still reported)." };
        var command = new Command("map", "Merge the catalogues of many projects into one DCAT-AP catalogue, one article 30 register, the Table Schemas, cross-project checks and a static HTML site.")
        {
            inputs, folder, baseUri, title, publisher, strict, quiet,
        };
        command.SetAction(parse =>
        {
            var progress = new Progress(error, !parse.GetValue(quiet), Progress.IsTerminal(error));
            var settings = new MapSettings(parse.GetRequiredValue(baseUri), parse.GetValue(title), parse.GetValue(publisher));
            return MapRunner.Run(parse.GetValue(inputs) ?? [], parse.GetRequiredValue(folder), settings, parse.GetValue(strict), output, error, progress);
        });
        return command;
    }

    private static Command DiffCommand(TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("old") { Description = "The earlier map folder, catalogue folder, catalogue.model.json or assembly." };
        var after = new Argument<string>("new") { Description = "The later one, of any of the same kinds." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "markdown (for a pull request or a DPO review) or json.",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "json");
        var file = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the standard output." };
        var command = new Command("diff", "Report what changed between two maps or catalogues: datasets added and removed, fields that became personal data or stopped being, access, retention and legal-basis changes.")
        {
            before, after, format, file,
        };
        command.SetAction(parse => DiffRunner.Run(
            parse.GetRequiredValue(before),
            parse.GetRequiredValue(after),
            string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal),
            parse.GetValue(file),
            output,
            error));
        return command;
    }
}
