using System;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DataSteward.Catalogue;

namespace DataSteward.Build;

/// <summary>
/// Reads the catalogue model that the DataSteward generator compiled into an assembly: the <c>PackedModel</c>
/// constant of <c>DataSteward.Generated.DataCatalogue</c>, found with System.Reflection.Metadata in the image's
/// Constant table, so nothing is loaded or executed. Used by the build task and by the data-map tool.
/// </summary>
public static class CatalogueAssemblyReader
{
    /// <summary>The generated class's namespace.</summary>
    public const string Namespace = "DataSteward.Generated";

    /// <summary>The generated class's name.</summary>
    public const string ClassName = "DataCatalogue";

    /// <summary>The constant holding the packed model (<see cref="CatalogueModelSerializer.Pack"/>).</summary>
    public const string PackedModelConstant = "PackedModel";

    /// <summary>The packed model text, or null when the image has no generated catalogue.</summary>
    /// <exception cref="BadImageFormatException">The bytes are not a PE image with .NET metadata.</exception>
    public static string? ReadPackedModel(byte[] image)
    {
        if (image is null)
        {
            throw new ArgumentNullException(nameof(image));
        }

        using var pe = new PEReader(ImmutableArray.Create(image));
        if (!pe.HasMetadata)
        {
            return null;
        }

        MetadataReader metadata = pe.GetMetadataReader();
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            if (type.GetDeclaringType().IsNil &&
                metadata.StringComparer.Equals(type.Name, ClassName) &&
                metadata.StringComparer.Equals(type.Namespace, Namespace))
            {
                return ReadStringConstant(metadata, type, PackedModelConstant);
            }
        }

        return null;
    }

    /// <summary>The catalogue model compiled into the image, or null when it has none.</summary>
    /// <exception cref="BadImageFormatException">The bytes are not a PE image with .NET metadata.</exception>
    /// <exception cref="FormatException">The image holds a catalogue this version cannot read.</exception>
    public static DataCatalogueModel? ReadModel(byte[] image) =>
        ReadPackedModel(image) is { } packed ? CatalogueModelSerializer.ReadPacked(packed) : null;

    private static string? ReadStringConstant(MetadataReader metadata, TypeDefinition type, string name)
    {
        foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
        {
            FieldDefinition field = metadata.GetFieldDefinition(fieldHandle);
            if (!metadata.StringComparer.Equals(field.Name, name))
            {
                continue;
            }

            ConstantHandle constantHandle = field.GetDefaultValue();
            if (constantHandle.IsNil)
            {
                return null;
            }

            Constant constant = metadata.GetConstant(constantHandle);
            if (constant.TypeCode != ConstantTypeCode.String)
            {
                return null;
            }

            BlobReader blob = metadata.GetBlobReader(constant.Value);
            return blob.ReadUTF16(blob.Length);
        }

        return null;
    }
}
