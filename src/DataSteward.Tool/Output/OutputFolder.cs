using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DataSteward.Tool.Output;

/// <summary>
/// Writes the files of a map folder: UTF-8 without BOM (as the build task writes), folders created as needed. Safe to
/// call from several threads: a map of ten thousand datasets is twenty thousand small files, and writing them is
/// bound by file-system latency, not by the processor.
/// </summary>
internal sealed class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, bool> folders = new();
    private readonly ConcurrentDictionary<string, bool> written = new(StringComparer.Ordinal);
    private int filesWritten;

    public OutputFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        folders.TryAdd(Root, true);
    }

    /// <summary>Small files wait on the file system more than on the processor: a few more workers than cores.</summary>
    public static ParallelOptions Parallelism { get; } = new() { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) };

    public string Root { get; }

    public int FilesWritten => Volatile.Read(ref filesWritten);

    /// <summary>Writes <paramref name="relativePath"/> ('/' separators, produced by <see cref="MapLayout"/>).</summary>
    public void Write(string relativePath, string content) => Write(relativePath, Utf8.GetBytes(content));

    /// <summary>Writes bytes as they are (a rendered document carries its own byte-order mark when it needs one).</summary>
    public void Write(string relativePath, byte[] content)
    {
        string path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        string folder = Path.GetDirectoryName(path)!;
        // The folder is recorded only once it exists (GetOrAdd adds after the factory returns), so no writer can see
        // it recorded before another has created it.
        folders.GetOrAdd(folder, static path => Directory.CreateDirectory(path).Exists);

        File.WriteAllBytes(path, content);
        written.TryAdd(path, true);
        Interlocked.Increment(ref filesWritten);
    }

    /// <summary>
    /// Deletes the files under <paramref name="relativeFolders"/> that this run did not write: what a previous map left
    /// of a dataset or project that is gone. Only the map's own subfolders are cleaned, never the folder's other files.
    /// </summary>
    public int RemoveStale(params string[] relativeFolders)
    {
        int removed = 0;
        foreach (string relative in relativeFolders)
        {
            string folder = Path.Combine(Root, relative);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (!written.ContainsKey(file))
                {
                    File.Delete(file);
                    removed++;
                }
            }

            // Deepest first, so that a project folder emptied of its pages goes too.
            string[] subfolders = Directory.GetDirectories(folder, "*", SearchOption.AllDirectories);
            Array.Sort(subfolders, (left, right) => right.Length.CompareTo(left.Length));
            foreach (string subfolder in subfolders)
            {
                if (!Directory.EnumerateFileSystemEntries(subfolder).Any())
                {
                    Directory.Delete(subfolder);
                }
            }
        }

        return removed;
    }
}
