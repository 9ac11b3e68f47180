using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// The sink catalogue resolved against one compilation, plus the sinks the user declared
/// (<c>[DataSink]</c> parameters, <c>datasteward.sinks.*</c> documentation ids). Read-only after creation.
/// </summary>
internal sealed class SinkTable
{
    private readonly Dictionary<INamedTypeSymbol, List<SinkSpec>> byType;
    private readonly Dictionary<ISymbol, SinkKind> configured;
    private readonly INamedTypeSymbol? dataSinkAttribute;
    private readonly INamedTypeSymbol? exception;

    private SinkTable(
        Dictionary<INamedTypeSymbol, List<SinkSpec>> byType,
        Dictionary<ISymbol, SinkKind> configured,
        INamedTypeSymbol? dataSinkAttribute,
        INamedTypeSymbol? exception,
        SinkNames names)
    {
        Names = names;
        this.byType = byType;
        this.configured = configured;
        this.dataSinkAttribute = dataSinkAttribute;
        this.exception = exception;
    }

    /// <summary>The names through which code reaches the table's sinks (catalogue rows and configured sinks).</summary>
    public SinkNames Names { get; }

    /// <summary>The <c>[DataSink]</c> attribute, when the compilation references it.</summary>
    public INamedTypeSymbol? DataSinkAttribute => dataSinkAttribute;

    public static SinkTable Create(Compilation compilation, ImmutableArray<string> configuredLogSinks, ImmutableArray<string> configuredExportSinks)
    {
        var names = new SinkNames();
        var byType = new Dictionary<INamedTypeSymbol, List<SinkSpec>>(SymbolEqualityComparer.Default);
        foreach (SinkSpec spec in SinkCatalog.Specs)
        {
            INamedTypeSymbol? type = compilation.ResolveType(spec.TypeName);
            if (type is null)
            {
                continue;
            }

            if (!byType.TryGetValue(type, out List<SinkSpec>? specs))
            {
                specs = new List<SinkSpec>(2);
                byType.Add(type, specs);
            }

            specs.Add(spec);
            names.AddRow(type, spec, CarriesData);
        }

        var configured = new Dictionary<ISymbol, SinkKind>(SymbolEqualityComparer.Default);
        AddConfigured(compilation, configuredLogSinks, SinkKind.Log, configured);
        AddConfigured(compilation, configuredExportSinks, SinkKind.Export, configured);
        foreach (ISymbol symbol in configured.Keys)
        {
            names.AddConfigured(symbol);
        }

        return new SinkTable(
            byType,
            configured,
            compilation.ResolveType(Classification.MetadataNames.DataSinkAttribute),
            compilation.ResolveType("System.Exception"),
            names);
    }

    /// <summary>
    /// The sink a parameter of <paramref name="method"/> leads to, or null. <paramref name="parameter"/> is the
    /// parameter that receives the value (for a <c>params</c> array, the array parameter).
    /// </summary>
    public SinkMatch? Match(IMethodSymbol method, IParameterSymbol parameter)
    {
        IMethodSymbol original = method.ReducedFrom ?? method;
        original = original.OriginalDefinition;

        if (dataSinkAttribute is not null)
        {
            foreach (AttributeData attribute in parameter.OriginalDefinition.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, dataSinkAttribute))
                {
                    SinkKind kind = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value
                        ? ToSinkKind(value)
                        : SinkKind.Log;
                    // An export helper taking an object writes the object (a serialiser would); text stays text.
                    SinkRendering rendering = kind == SinkKind.Export && parameter.Type.SpecialType != SpecialType.System_String ? SinkRendering.Serialised : SinkRendering.Text;
                    return new SinkMatch(kind, rendering, SerialiserFamily.Properties, Display(original), null);
                }
            }
        }

        if (configured.Count > 0 && configured.TryGetValue(original, out SinkKind configuredKind))
        {
            return new SinkMatch(configuredKind, configuredKind == SinkKind.Export ? SinkRendering.Serialised : SinkRendering.Text, SerialiserFamily.Properties, Display(original), null);
        }

        if (byType.TryGetValue(original.ContainingType.OriginalDefinition, out List<SinkSpec>? specs))
        {
            string name = original.MethodKind == MethodKind.Constructor ? ".ctor" : original.Name;
            foreach (SinkSpec spec in specs)
            {
                if ((spec.AllMethods || spec.Methods.Contains(name)) && CarriesData(spec, parameter))
                {
                    return new SinkMatch(spec.Kind, spec.Rendering, spec.Family, Display(original), spec);
                }
            }
        }

        if (original.MethodKind == MethodKind.Constructor && IsException(original.ContainingType) && IsExceptionMessageParameter(parameter))
        {
            return new SinkMatch(SinkKind.ExceptionMessage, SinkRendering.Text, SerialiserFamily.Properties, Display(original), null);
        }

        if (LoggerWrappers.IsLogMethod(original) && !SinkArgumentRoles.Default.IsInfrastructure(parameter.Type))
        {
            // IAppLogger<T>.LogWarning(message, args), AuditLogger.Info(message): the application's own log facade.
            return new SinkMatch(SinkKind.Log, SinkRendering.Template, SerialiserFamily.Properties, Display(original), null);
        }

        return null;
    }

    /// <summary>Whether any method of this type may be a sink: a quick filter before looking at parameters.</summary>
    public bool MayBeSink(IMethodSymbol method)
    {
        IMethodSymbol original = (method.ReducedFrom ?? method).OriginalDefinition;
        return byType.ContainsKey(original.ContainingType.OriginalDefinition)
            || (configured.Count > 0 && configured.ContainsKey(original))
            || (dataSinkAttribute is not null && HasDataSinkParameter(original))
            || (original.MethodKind == MethodKind.Constructor && IsException(original.ContainingType))
            || LoggerWrappers.IsLogMethod(original);
    }

    /// <summary>Whether the method's type is a row of the catalogue (a library compiled from source is still that library).</summary>
    public bool IsCatalogued(IMethodSymbol method) =>
        byType.ContainsKey((method.ReducedFrom ?? method).OriginalDefinition.ContainingType.OriginalDefinition);

    public bool IsException(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, exception))
            {
                return true;
            }
        }

        return false;
    }

    public static string Display(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor
            ? "new " + method.ContainingType.Name
            : method.ContainingType.Name + "." + method.Name;

    private static bool CarriesData(SinkSpec spec, IParameterSymbol parameter)
    {
        if (!spec.AllParameters)
        {
            return spec.DataParameters.Contains(parameter.Name);
        }

        return !spec.ArgumentRoles.IsInfrastructure(parameter.Type);
    }

    // The message, and ArgumentOutOfRangeException's actual value (it is printed in the message); a parameter name is code.
    private static bool IsExceptionMessageParameter(IParameterSymbol parameter) =>
        string.Equals(parameter.Name, "actualValue", StringComparison.Ordinal)
        || (parameter.Type.SpecialType == SpecialType.System_String && !string.Equals(parameter.Name, "paramName", StringComparison.Ordinal));

    // Asked for every call of the build: each method's parameters are read once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, bool> userSinks = SharedCache.Create<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

    private bool HasDataSinkParameter(IMethodSymbol method) =>
        method.Parameters.IsEmpty ? false
        : userSinks.TryGetValue(method, out bool known) ? known
        : userSinks.GetOrAdd(method, ComputeHasDataSinkParameter(method));

    private bool ComputeHasDataSinkParameter(IMethodSymbol method)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            foreach (AttributeData attribute in parameter.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, dataSinkAttribute))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static SinkKind ToSinkKind(int dataSinkKind) => dataSinkKind switch
    {
        1 => SinkKind.Export,
        2 => SinkKind.Telemetry,
        _ => SinkKind.Log,
    };

    private static void AddConfigured(Compilation compilation, ImmutableArray<string> ids, SinkKind kind, Dictionary<ISymbol, SinkKind> configured)
    {
        foreach (string id in ids)
        {
            foreach (ISymbol symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
            {
                configured[symbol.OriginalDefinition] = kind;
            }
        }
    }
}
