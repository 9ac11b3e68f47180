using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Rules;

/// <summary>
/// Every descriptor speaks English and French: its title, message and description come from the resources (so the
/// compiler's UI culture chooses), the French resource has all three, and the French message uses only placeholders
/// the English one has. A descriptor added with literal English texts fails here until it is translated.
/// </summary>
public sealed partial class DescriptorLocalizationTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    private static readonly ResourceManager Resources = new("DataSteward.Analyzers.Rules.DiagnosticResources", typeof(RuleIdentifiers).Assembly);

    public static TheoryData<string> DescriptorNames()
    {
        var data = new TheoryData<string>();
        foreach (FieldInfo field in DescriptorFields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptorNames))]
    public void Descriptor_has_English_and_French_texts(string name)
    {
        DiagnosticDescriptor descriptor = (DiagnosticDescriptor)DescriptorFields().Single(f => f.Name == name).GetValue(null)!;
        ResourceSet french = Resources.GetResourceSet(French, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("No French resources: fr/DataSteward.Analyzers.resources.dll is missing.");

        foreach ((string part, LocalizableString text) in new[] { ("Title", descriptor.Title), ("Message", descriptor.MessageFormat), ("Description", descriptor.Description) })
        {
            Assert.True(text is LocalizableResourceString, $"{descriptor.Id} {part} is a literal: move it to DiagnosticResources.resx and DiagnosticResources.fr.resx.");

            string english = text.ToString(CultureInfo.InvariantCulture);
            string? translated = french.GetString(descriptor.Id + "_" + part);
            Assert.False(string.IsNullOrWhiteSpace(english), $"{descriptor.Id}_{part} has no English text.");
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{descriptor.Id}_{part} has no French text in DiagnosticResources.fr.resx.");
            Assert.Equal(translated, text.ToString(French));
            Assert.NotEqual(english, translated);
            Assert.Subset(Placeholders(english), Placeholders(translated!));
        }
    }

    [Fact]
    public void French_and_English_resources_have_the_same_keys()
    {
        string[] Keys(CultureInfo culture) => Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(Keys(CultureInfo.InvariantCulture), Keys(French));
    }

    [Fact]
    public void Message_is_formatted_in_the_requested_culture()
    {
        Diagnostic diagnostic = Diagnostic.Create(Descriptors.PersonalDataLogged, Location.None, "Citizen.Email", "personal data: contact", "Console.WriteLine");

        Assert.Equal("'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("« Citizen.Email » (personal data: contact) est écrit dans un journal par « Console.WriteLine » sans pseudonymisation", diagnostic.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
    }

    private static HashSet<string> Placeholders(string format) =>
        [.. Placeholder().Matches(format).Select(m => m.Value)];

    private static FieldInfo[] DescriptorFields() =>
        typeof(RuleIdentifiers).Assembly.GetType("DataSteward.Analyzers.Rules.Descriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .ToArray();

    [GeneratedRegex(@"\{\d+\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
