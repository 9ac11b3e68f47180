using DataSteward.Analyzers.Rules;
using DataSteward.CodeFixes.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DataSteward.Tests.CodeFixes;

public sealed class JsonIgnoreFixTests
{
    private static Task VerifyAsync(string source, string? fixedSource) =>
        new CodeFixTest(new PersonalDataFlowAnalyzer(), new JsonIgnoreFix())
        {
            Source = source,
            FixedSource = fixedSource,
            EquivalenceKey = JsonIgnoreFix.EquivalenceKey,
        }.RunAsync();

    [Fact]
    public async Task The_title_says_that_the_fix_changes_the_JSON_contract()
    {
        const string Source = """
            using System.Text.Json;
            using DataSteward;

            public sealed class Applicant
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataKind.ContactDetails)] public string Email { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);
            }
            """;
        Document document = CodeFixTest.CreateDocument(Source);
        Diagnostic diagnostic = Assert.Single(await FormatAnalyzersRun.DiagnosticsAsync(Source, RuleIdentifiers.PersonalDataExported, new PersonalDataFlowAnalyzer()));
        var titles = new List<string>();

        await new JsonIgnoreFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => titles.Add(action.Title), CancellationToken.None));

        Assert.Equal(["Add [JsonIgnore] (System.Text.Json) to the exported personal members (changes the JSON contract)"], titles);
        Assert.Equal([RuleIdentifiers.PersonalDataExported], new JsonIgnoreFix().FixableDiagnosticIds.ToArray());
    }

    [Fact]
    public async Task A_type_with_a_half_typed_attribute_is_left_alone_and_a_sound_one_is_marked()
    {
        // Found by the repository fuzz test: the formatter that cleans up the edit threw on the broken type.
        const string Source = """
            using System;
            using System.Text.Json;
            using DataSteward;

            public sealed class Applicant
            {
                public Guid Id { get; set; }

                /// <summary>Where we write to.</summary>
                [PersonalData(PersonalData= "";

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            public sealed class Citizen
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);

                public static string Keep(Citizen citizen) => JsonSerializer.Serialize(citizen);
            }
            """;
        Document document = CodeFixTest.CreateDocument(Source);
        Diagnostic[] diagnostics = [.. await FormatAnalyzersRun.DiagnosticsAsync(Source, RuleIdentifiers.PersonalDataExported, new PersonalDataFlowAnalyzer())];
        Assert.Equal(2, diagnostics.Length);

        var texts = new List<string>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            CodeAction? fix = null;
            await new JsonIgnoreFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => fix ??= action, CancellationToken.None));
            ApplyChangesOperation apply = (await fix!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            texts.Add((await apply.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString());
        }

        Assert.Equal(Source, texts[0]);
        Assert.Equal(
            Source.Replace("using System.Text.Json;\n", "using System.Text.Json;\nusing System.Text.Json.Serialization;\n", StringComparison.Ordinal)
                .Replace("    [PersonalData(PersonalDataKind.Name)]\n    public string Name { get; set; } = \"\";\n}\n\nstatic", "    [PersonalData(PersonalDataKind.Name)]\n    [JsonIgnore]\n    public string Name { get; set; } = \"\";\n}\n\nstatic", StringComparison.Ordinal),
            texts[1]);
    }

    [Fact]
    public async Task System_Text_Json_export_marks_each_personal_member_and_imports_the_namespace()
    {
        await VerifyAsync(
            """
            using System;
            using System.Text.Json;
            using DataSteward;

            public sealed class Applicant
            {
                public Guid Id { get; set; }

                /// <summary>Where we write to.</summary>
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            """
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using DataSteward;

            public sealed class Applicant
            {
                public Guid Id { get; set; }

                /// <summary>Where we write to.</summary>
                [PersonalData(PersonalDataKind.ContactDetails)]
                [JsonIgnore]
                public string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.Name)]
                [JsonIgnore]
                public string Name { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);
            }
            """);
    }

    [Fact]
    public async Task Newtonsoft_export_uses_Newtonsoft_JsonIgnore_on_properties_and_fields()
    {
        await VerifyAsync(
            """
            using DataSteward;
            using Newtonsoft.Json;

            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email = "";

                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string Nir { get; set; } = "";

                public int Rank { get; set; }
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonConvert.SerializeObject({|DS0002:applicant|});
            }
            """,
            """
            using DataSteward;
            using Newtonsoft.Json;

            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                [JsonIgnore]
                public string Email = "";

                [PersonalData(PersonalDataKind.NationalIdentifier)]
                [JsonIgnore]
                public string Nir { get; set; } = "";

                public int Rank { get; set; }
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonConvert.SerializeObject(applicant);
            }
            """);
    }

    [Fact]
    public async Task Nested_member_is_marked_where_it_is_declared_and_a_reported_parent_covers_its_children()
    {
        await VerifyAsync(
            """
            using System.Text.Json;
            using DataSteward;

            public sealed class Address
            {
                [PersonalData(PersonalDataKind.PostalAddress)]
                public string Street { get; set; } = "";

                public string City { get; set; } = "";
            }

            public sealed class Dossier
            {
                public Address Office { get; set; } = new();

                [PersonalData]
                public Address? Home { get; set; }
            }

            static class Archive
            {
                public static string Save(Dossier dossier) => JsonSerializer.Serialize({|DS0002:dossier|});
            }
            """,
            """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using DataSteward;

            public sealed class Address
            {
                [PersonalData(PersonalDataKind.PostalAddress)]
                [JsonIgnore]
                public string Street { get; set; } = "";

                public string City { get; set; } = "";
            }

            public sealed class Dossier
            {
                public Address Office { get; set; } = new();

                [PersonalData]
                [JsonIgnore]
                public Address? Home { get; set; }
            }

            static class Archive
            {
                public static string Save(Dossier dossier) => JsonSerializer.Serialize(dossier);
            }
            """);
    }

    [Fact]
    public async Task Positional_record_parameter_gets_a_property_targeted_attribute()
    {
        await VerifyAsync(
            """
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using DataSteward;

            public sealed record Applicant(Guid Id, [PersonalData(PersonalDataKind.ContactDetails)] string Email, int Rank);

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            """
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using DataSteward;

            public sealed record Applicant(Guid Id, [PersonalData(PersonalDataKind.ContactDetails)] [property: JsonIgnore] string Email, int Rank);

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);
            }
            """);
    }

    [Fact]
    public async Task Qualifies_the_attribute_when_the_other_library_is_imported()
    {
        await VerifyAsync(
            """
            using DataSteward;
            using Newtonsoft.Json;

            public sealed class Applicant
            {
                [JsonIgnore]
                public string Notes { get; set; } = "";

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => System.Text.Json.JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            """
            using DataSteward;
            using Newtonsoft.Json;

            public sealed class Applicant
            {
                [JsonIgnore]
                public string Notes { get; set; } = "";

                [PersonalData(PersonalDataKind.ContactDetails)]
                [System.Text.Json.Serialization.JsonIgnore]
                public string Email { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => System.Text.Json.JsonSerializer.Serialize(applicant);
            }
            """);
    }

    [Fact]
    public async Task Fix_all_marks_the_members_of_every_exported_type()
    {
        await VerifyAsync(
            """
            using System.Collections.Generic;
            using DataSteward;
            using Microsoft.AspNetCore.Mvc;

            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            public sealed class Referee
            {
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";

                public int Grade { get; set; }
            }

            [ApiController]
            public sealed class ApplicationsController : ControllerBase
            {
                public Applicant Get(Applicant applicant) => {|DS0002:applicant|};

                public IActionResult Referees(List<Referee> referees) => Ok({|DS0002:referees|});

                public IActionResult Again(Applicant applicant) => Ok({|DS0002:applicant|});
            }
            """,
            """
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using DataSteward;
            using Microsoft.AspNetCore.Mvc;

            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                [JsonIgnore]
                public string Email { get; set; } = "";
            }

            public sealed class Referee
            {
                [PersonalData(PersonalDataKind.Name)]
                [JsonIgnore]
                public string Name { get; set; } = "";

                public int Grade { get; set; }
            }

            [ApiController]
            public sealed class ApplicationsController : ControllerBase
            {
                public Applicant Get(Applicant applicant) => applicant;

                public IActionResult Referees(List<Referee> referees) => Ok(referees);

                public IActionResult Again(Applicant applicant) => Ok(applicant);
            }
            """);
    }

    [Fact]
    public async Task Conditional_JsonIgnore_is_left_alone()
    {
        await VerifyAsync(
            """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using DataSteward;

            public sealed class Applicant
            {
                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string? Email { get; set; }

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant|});
            }
            """,
            """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using DataSteward;

            public sealed class Applicant
            {
                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string? Email { get; set; }

                [PersonalData(PersonalDataKind.Name)]
                [JsonIgnore]
                public string Name { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize(applicant);
            }
            """);
    }

    [Fact]
    public async Task No_fix_for_a_scalar_value()
    {
        await VerifyAsync(
            """
            using System.Text.Json;
            using DataSteward;

            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:applicant.Email|});
            }
            """,
            null);
    }

    [Fact]
    public async Task No_fix_for_a_non_json_export()
    {
        await VerifyAsync(
            """
            using System.IO;
            using System.Xml.Serialization;
            using DataSteward;

            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            static class Archive
            {
                public static void Save(Stream stream, Applicant applicant) => new XmlSerializer(typeof(Applicant)).Serialize(stream, {|DS0002:applicant|});
            }
            """,
            null);
    }

    [Fact]
    public async Task No_fix_for_a_projection_that_copies_a_value()
    {
        await VerifyAsync(
            """
            using System.Text.Json;
            using DataSteward;

            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            static class Archive
            {
                public static string Save(Applicant applicant) => JsonSerializer.Serialize({|DS0002:new { applicant.Email }|});
            }
            """,
            null);
    }
}
