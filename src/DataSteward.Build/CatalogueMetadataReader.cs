using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DataSteward.Build;

/// <summary>The catalogue documents found in an assembly: how many datasets, and each file's relative path and content.</summary>
public sealed class CatalogueDocuments
{
    internal CatalogueDocuments(int datasetCount, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        DatasetCount = datasetCount;
        Files = files;
    }

    /// <summary>The <c>DatasetCount</c> constant: how many datasets the catalogue describes.</summary>
    public int DatasetCount { get; }

    /// <summary>Relative path (with '/' separators) → content, in the generator's order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files { get; }
}

/// <summary>
/// Reads the constants of <c>DataSteward.Generated.DataCatalogue</c> (and its nested <c>Schemas</c> class) from an
/// assembly image with System.Reflection.Metadata: the Constant table holds them, so nothing is loaded or executed.
/// <c>FileManifest</c> (path TAB constant, one a line) says which constant is which file.
/// </summary>
public static class CatalogueMetadataReader
{
    /// <summary>The generated class's namespace.</summary>
    public const string Namespace = "DataSteward.Generated";
    /// <summary>The generated class's name.</summary>
    public const string ClassName = "DataCatalogue";
    /// <summary>The constant listing the files.</summary>
    public const string ManifestConstant = "FileManifest";
    /// <summary>The constant holding the dataset count.</summary>
    public const string DatasetCountConstant = "DatasetCount";

    /// <summary>The documents, or null when the image has no generated catalogue (or is not a .NET assembly).</summary>
    public static CatalogueDocuments? Read(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        if (!pe.HasMetadata)
        {
            return null;
        }

        MetadataReader metadata = pe.GetMetadataReader();
        TypeDefinition? catalogue = null;
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            if (type.GetDeclaringType().IsNil &&
                metadata.StringComparer.Equals(type.Name, ClassName) &&
                metadata.StringComparer.Equals(type.Namespace, Namespace))
            {
                catalogue = type;
                break;
            }
        }

        if (catalogue is null)
        {
            return null;
        }

        var constants = new Dictionary<string, object?>(StringComparer.Ordinal);
        ReadConstants(metadata, catalogue.Value, prefix: string.Empty, constants);
        foreach (TypeDefinitionHandle nestedHandle in catalogue.Value.GetNestedTypes())
        {
            TypeDefinition nested = metadata.GetTypeDefinition(nestedHandle);
            ReadConstants(metadata, nested, metadata.GetString(nested.Name) + ".", constants);
        }

        if (!constants.TryGetValue(ManifestConstant, out object? manifestValue) || manifestValue is not string manifest)
        {
            return null;
        }

        int count = constants.TryGetValue(DatasetCountConstant, out object? countValue) && countValue is int n ? n : 0;
        var files = new List<KeyValuePair<string, string>>();
        foreach (string line in manifest.Split('\n'))
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            string path = line.Substring(0, tab);
            string constant = line.Substring(tab + 1);
            if (IsSafeRelativePath(path) && constants.TryGetValue(constant, out object? content) && content is string text)
            {
                files.Add(new KeyValuePair<string, string>(path, text));
            }
        }

        return new CatalogueDocuments(count, files);
    }

    private static void ReadConstants(MetadataReader metadata, TypeDefinition type, string prefix, Dictionary<string, object?> constants)
    {
        foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
        {
            FieldDefinition field = metadata.GetFieldDefinition(fieldHandle);
            ConstantHandle constantHandle = field.GetDefaultValue();
            if (constantHandle.IsNil)
            {
                continue;
            }

            Constant constant = metadata.GetConstant(constantHandle);
            BlobReader blob = metadata.GetBlobReader(constant.Value);
            object? value = constant.TypeCode switch
            {
                ConstantTypeCode.String => blob.ReadUTF16(blob.Length),
                ConstantTypeCode.Int32 => blob.ReadInt32(),
                _ => null,
            };
            constants[prefix + metadata.GetString(field.Name)] = value;
        }
    }

    // The manifest comes from our generator, but the assembly is input: never write outside the catalogue folder.
    private static bool IsSafeRelativePath(string path)
    {
        if (path.Length == 0 || path[0] is '/' or '\\' || path.IndexOf(':') >= 0)
        {
            return false;
        }

        foreach (string part in path.Split('/', '\\'))
        {
            if (part.Length == 0 || part == "." || part == "..")
            {
                return false;
            }
        }

        return true;
    }
}
