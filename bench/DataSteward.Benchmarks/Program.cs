using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DataSteward.Benchmarks.Corpus;
using DataSteward.Benchmarks.Quick;

namespace DataSteward.Benchmarks;

internal static class Program
{
    private const int DefaultSeed = 20261123;

    public static async Task<int> Main(string[] args)
    {
        int seed = IntOption(args, "--seed") ?? DefaultSeed;
        if (args.Contains("--quick"))
        {
            int[] sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
                ?? [250, 500, 1000, 2000];
            int code = await QuickRunner.RunAsync(sizes, seed, IntOption(args, "--repeat") ?? 1, Option(args, "--out")).ConfigureAwait(false);
            return args.Contains("--no-generator") ? code : GeneratorRunner.Run(IntOption(args, "--datasets") ?? 500, seed, 50);
        }

        if (args.Contains("--real-build"))
        {
            int[] sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
                ?? [1000, 2000, 4000];
            string work = Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "datasteward-real-build");
            return await RealBuildRunner.RunAsync(sizes, seed, IntOption(args, "--repeat") ?? 2, work, Option(args, "--out")).ConfigureAwait(false);
        }

        if (args.Contains("--per-document"))
        {
            return await PerDocumentRunner.RunAsync(
                IntOption(args, "--files") ?? 1000, IntOption(args, "--documents") ?? 60, seed, Option(args, "--code-base"), Option(args, "--out")).ConfigureAwait(false);
        }

        if (args.Contains("--profile"))
        {
            return await CallbackProfiler.RunAsync(IntOption(args, "--files") ?? 1000, seed, Option(args, "--code-base")).ConfigureAwait(false);
        }

        if (args.Contains("--deep-graph"))
        {
            return await DeepGraphRunner.RunAsync(IntOption(args, "--types") ?? 50, IntOption(args, "--calls") ?? 200).ConfigureAwait(false);
        }

        if (args.Contains("--pseudonymiser"))
        {
            return PseudonymiserRunner.Run(IntOption(args, "--iterations") ?? 200_000);
        }

        if (args.Contains("--data-map"))
        {
            return DataMapRunner.Run(IntOption(args, "--projects") ?? 1000, IntOption(args, "--datasets") ?? 10, Option(args, "--keep"));
        }

        if (args.Contains("--generator-build"))
        {
            return GeneratorBuildRunner.Run(IntOption(args, "--files") ?? 2000, seed, IntOption(args, "--repeat") ?? 5);
        }

        if (args.Contains("--generator"))
        {
            return GeneratorRunner.Run(IntOption(args, "--datasets") ?? 500, seed, IntOption(args, "--edits") ?? 50);
        }

        if (Option(args, "--write-corpus") is { } directory)
        {
            GeneratedCorpus corpus = CorpusGenerator.Generate(IntOption(args, "--files") ?? 250, seed);
            foreach (CorpusFile file in corpus.Files)
            {
                string path = Path.Combine(directory, file.Path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, file.Text).ConfigureAwait(false);
            }

            Console.WriteLine($"{corpus.Files.Count} files, {corpus.SinkCallSites} sink call sites, {corpus.LeakingCallSites} leaking, {corpus.Datasets} datasets → {directory}");
            return 0;
        }

        // BenchmarkDotNet, in process (the corpus references come from this process's own dependencies).
        IConfig config = DefaultConfig.Instance.AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithId("InProcess"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;
}
