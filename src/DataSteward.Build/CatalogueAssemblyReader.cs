using System;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DataSteward.Catalogue;

namespace DataSteward.Build;

/// <summary>
/// Reads the catalogue model that the DataSteward generator compiled into an assembly: the value of its
/// <c>[assembly: AssemblyMetadata("DataSteward.CatalogueModel", …)]</c> (<see cref="CatalogueModelSerializer.AssemblyMetadataKey"/>),
/// found with System.Reflection.Metadata, so nothing is loaded or executed. Used by the build task and by the data-map tool.
/// </summary>
public static class CatalogueAssemblyReader
{
    /// <summary>The generated class's namespace.</summary>
    public const string Namespace = "DataSteward.Generated";

    /// <summary>The generated class's name.</summary>
    public const string ClassName = "DataCatalogue";

    /// <summary>The packed model text (<see cref="CatalogueModelSerializer.Pack"/>), or null when the image has no generated catalogue.</summary>
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
        if (!metadata.IsAssembly)
        {
            return null;
        }

        foreach (CustomAttributeHandle handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = metadata.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(metadata, attribute.Constructor))
            {
                continue;
            }

            // The value blob: prolog 0x0001, then the two constructor arguments (key, value) as serialised UTF-8 strings.
            BlobReader blob = metadata.GetBlobReader(attribute.Value);
            if (blob.Length < 2 || blob.ReadUInt16() != 1)
            {
                continue;
            }

            string? key = blob.ReadSerializedString();
            if (string.Equals(key, CatalogueModelSerializer.AssemblyMetadataKey, StringComparison.Ordinal))
            {
                return blob.ReadSerializedString();
            }
        }

        return null;
    }

    /// <summary>The catalogue model compiled into the image, or null when it has none.</summary>
    /// <exception cref="BadImageFormatException">The bytes are not a PE image with .NET metadata.</exception>
    /// <exception cref="FormatException">The image holds a catalogue this version cannot read.</exception>
    public static DataCatalogueModel? ReadModel(byte[] image) =>
        ReadPackedModel(image) is { } packed ? CatalogueModelSerializer.ReadPacked(packed) : null;

    private static bool IsAssemblyMetadataAttribute(MetadataReader metadata, EntityHandle constructor)
    {
        EntityHandle type = constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference => metadata.GetTypeReference((TypeReferenceHandle)type) is var reference &&
                metadata.StringComparer.Equals(reference.Name, "AssemblyMetadataAttribute") &&
                metadata.StringComparer.Equals(reference.Namespace, "System.Reflection"),
            HandleKind.TypeDefinition => metadata.GetTypeDefinition((TypeDefinitionHandle)type) is var definition &&
                metadata.StringComparer.Equals(definition.Name, "AssemblyMetadataAttribute") &&
                metadata.StringComparer.Equals(definition.Namespace, "System.Reflection"),
            _ => false,
        };
    }
}
