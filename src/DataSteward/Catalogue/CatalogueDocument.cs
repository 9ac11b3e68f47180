using System.Text;

namespace DataSteward.Catalogue;

/// <summary>One rendered file of a catalogue folder: its relative path and its text.</summary>
public sealed class CatalogueDocument
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a document.</summary>
    /// <param name="path">The path relative to the catalogue folder, with '/' separators.</param>
    /// <param name="text">The content, with <c>\n</c> line ends.</param>
    /// <param name="byteOrderMark">Whether the file starts with a UTF-8 byte-order mark (a French <c>register.csv</c>, for spreadsheets).</param>
    public CatalogueDocument(string path, string text, bool byteOrderMark = false)
    {
        Path = path;
        Text = text;
        ByteOrderMark = byteOrderMark;
    }

    /// <summary>The path relative to the catalogue folder, with '/' separators (<c>schemas/x.schema.json</c>).</summary>
    public string Path { get; }

    /// <summary>The content.</summary>
    public string Text { get; }

    /// <summary>Whether the file starts with a UTF-8 byte-order mark.</summary>
    public bool ByteOrderMark { get; }

    /// <summary>The file's bytes: UTF-8, with the byte-order mark when <see cref="ByteOrderMark"/> is set.</summary>
    public byte[] ToBytes()
    {
        byte[] body = Utf8.GetBytes(Text);
        if (!ByteOrderMark)
        {
            return body;
        }

        byte[] bytes = new byte[body.Length + 3];
        bytes[0] = 0xEF;
        bytes[1] = 0xBB;
        bytes[2] = 0xBF;
        System.Array.Copy(body, 0, bytes, 3, body.Length);
        return bytes;
    }
}
