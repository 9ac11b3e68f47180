using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DataSteward.Tool.Inputs;

/// <summary>
/// Whether an assembly holds a generated catalogue (<c>DataSteward.Generated.DataCatalogue</c>), answered from its
/// metadata with System.Reflection.Metadata: the assembly is never loaded, and only its metadata is read, so searching a
/// <c>bin/</c> full of dependencies stays cheap.
/// </summary>
internal static class AssemblyCatalogueProbe
{
    public const string Namespace = "DataSteward.Generated";
    public const string ClassName = "DataCatalogue";

    public static bool HasCatalogue(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            return pe.HasMetadata && FindCatalogue(pe.GetMetadataReader()) is not null;
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The generated catalogue class, or null.</summary>
    public static TypeDefinition? FindCatalogue(MetadataReader metadata)
    {
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            if (type.GetDeclaringType().IsNil &&
                metadata.StringComparer.Equals(type.Name, ClassName) &&
                metadata.StringComparer.Equals(type.Namespace, Namespace))
            {
                return type;
            }
        }

        return null;
    }
}
