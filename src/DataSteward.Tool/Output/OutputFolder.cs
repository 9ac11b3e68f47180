using System.IO;
using System.Text;

namespace DataSteward.Tool.Output;

/// <summary>Writes the files of a map folder: UTF-8 without BOM (as the build task writes), folders created as needed.</summary>
internal sealed class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public int FilesWritten { get; private set; }

    /// <summary>Writes <paramref name="relativePath"/> ('/' separators, produced by <see cref="MapLayout"/>).</summary>
    public void Write(string relativePath, string content) => Write(relativePath, content, Utf8);

    public void Write(string relativePath, string content, Encoding encoding) => Write(relativePath, encoding.GetBytes(content));

    /// <summary>Writes bytes as they are (a rendered document carries its own byte-order mark when it needs one).</summary>
    public void Write(string relativePath, byte[] content)
    {
        string path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        FilesWritten++;
    }
}
