using System.Text.Json;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Catalogue;

public sealed class CatalogueMappingTests
{
    [Fact]
    public void Member_types_map_to_table_schema_types_and_formats()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using DataSteward;

            public class Audited { public DateTimeOffset CreatedAt { get; set; } }

            public sealed class Address { public string Street { get; set; } = ""; }

            /// <summary>Has no key.</summary>
            [Dataset("tags", Title = "Tags")]
            public sealed class Tag { public string Label { get; set; } = ""; }

            /// <summary>Everything.</summary>
            [Dataset("everything", Title = "Everything")]
            public sealed class Everything : Audited
            {
                public byte[] Photo { get; set; } = [];
                public Uri? Home { get; set; }
                [Url] public string? Blog { get; set; }
                [DataType(DataType.EmailAddress)] public string? Mail { get; set; }
                public char Initial { get; set; }
                public long Big { get; set; }
                public float Ratio { get; set; }
                [DataType(DataType.Time)] public DateTime At { get; set; }
                public TimeSpan Wait { get; set; }
                public List<int> Numbers { get; set; } = [];
                public Address? Address { get; set; }
                public Tag? Tag { get; set; }
                public object? Anything { get; set; }
                [Required, MinLength(2)] public string? Code { get; set; }
                [Range(0.5, 2.5)] public int Clipped { get; set; }
                public static int Ignored { get; set; }
                internal int Hidden { get; set; }
                public int this[int i] => i;
                public readonly int Field = 1;
                public const int Constant = 2;
            }
            """;

        SortedDictionary<string, string> documents = CatalogueHarness.Documents(CatalogueHarness.Run(null, source));

        using JsonDocument schema = JsonDocument.Parse(documents["schemas/everything.schema.json"]);
        string[] fields = schema.RootElement.GetProperty("fields").EnumerateArray()
            .Select(f => string.Join(" ", new[] { f.GetProperty("name").GetString(), f.GetProperty("type").GetString(), f.TryGetProperty("format", out JsonElement format) ? format.GetString() : null, f.TryGetProperty("constraints", out JsonElement c) ? c.GetRawText().Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal) : null }.Where(s => s is not null)))
            .ToArray();
        Assert.Equal(
            [
                "CreatedAt datetime {\"required\":true}",
                "Photo string binary {\"required\":true}",
                "Home string uri",
                "Blog string uri",
                "Mail string email",
                "Initial string {\"required\":true}",
                "Big integer {\"required\":true}",
                "Ratio number {\"required\":true}",
                "At time {\"required\":true}",
                "Wait duration {\"required\":true}",
                "Numbers array {\"required\":true}",
                "Address object",
                "Tag object",
                "Anything any",
                "Code string {\"required\":true,\"minLength\":2}",
                "Clipped integer {\"required\":true}",
                "Field integer {\"required\":true}",
            ],
            fields);
        Assert.False(schema.RootElement.TryGetProperty("foreignKeys", out _));
        Assert.False(schema.RootElement.TryGetProperty("primaryKey", out _));
    }

    [Fact]
    public void Catalogue_title_and_publisher_come_from_msbuild_when_the_assembly_attribute_is_absent()
    {
        const string source = """
            using DataSteward;

            /// <summary>Parcels.</summary>
            [Dataset("parcels", Title = "Parcels", License = "CC0-1.0", ContactPoint = "cadastre@town.example")]
            public sealed class Parcel { public int Id { get; set; } }
            """;
        const string options = """
            build_property.DataStewardCatalogueTitle = Town open data
            build_property.DataStewardPublisher = Town of Example
            build_property.DataStewardCatalogueBaseUri = urn:example:town
            """;

        SortedDictionary<string, string> documents = CatalogueHarness.Documents(CatalogueHarness.Run(options, source));

        Assert.Equal(
            """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix dpv: <https://w3id.org/dpv#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

            <urn:example:town/catalogue>
                a dcat:Catalog ;
                dct:title "Town open data" ;
                dct:description "Datasets of TestProject, described from its annotated models." ;
                dct:publisher <urn:example:town/agent/Town%20of%20Example> ;
                dcat:dataset <urn:example:town/dataset/parcels> .

            <urn:example:town/dataset/parcels>
                a dcat:Dataset ;
                dct:identifier "parcels" ;
                dct:title "Parcels" ;
                dct:description "Parcels." ;
                dct:publisher <urn:example:town/agent/Town%20of%20Example> ;
                dcat:contactPoint [
                    a vcard:Kind ;
                    vcard:fn "Town of Example" ;
                    vcard:hasEmail <mailto:cadastre@town.example>
                ] ;
                dct:license <https://creativecommons.org/publicdomain/zero/1.0/> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC> ;
                dcat:distribution <urn:example:town/dataset/parcels/distribution> .

            <urn:example:town/dataset/parcels/distribution>
                a dcat:Distribution ;
                dct:title "Parcels (CSV)" ;
                dcat:accessURL <urn:example:town/dataset/parcels> ;
                dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ;
                dct:conformsTo <urn:example:town/schemas/parcels.schema.json> ;
                dct:license <https://creativecommons.org/publicdomain/zero/1.0/> .

            <urn:example:town/agent/Town%20of%20Example>
                a foaf:Agent ;
                foaf:name "Town of Example" .

            """.ReplaceLineEndings("\n"),
            documents["catalogue.ttl"]);
        // No personal data: the register has its header only.
        Assert.Equal("dataset,title,controller,dpo_contact,purpose,legal_basis,data_subjects,personal_data,special_categories,special_category_condition,recipients,retention,security_measures\n", documents["register.csv"]);
    }

    [Fact]
    public void Csv_cells_are_quoted_per_rfc_4180()
    {
        const string source = """
            using DataSteward;

            /// <summary>Complaints.</summary>
            [Dataset("complaints", Title = "Complaints, \"urgent\" ones", Purpose = "Answer\ncomplaints", LegalBasis = LawfulBasis.PublicTask, Retention = "P1Y",
                DataSubjects = new[] { "authors, \"vexatious\" or not" }, Recipients = new[] { "the ombudsman" })]
            public sealed class Complaint { [PersonalData(PersonalDataKind.Name)] public string Author { get; set; } = ""; }
            """;

        string csv = CatalogueHarness.Documents(CatalogueHarness.Run(null, source))["register.csv"];

        Assert.Equal(
            "complaints,\"Complaints, \"\"urgent\"\" ones\",TestProject,,\"Answer\ncomplaints\",public task (GDPR art. 6(1)(e)),\"authors, \"\"vexatious\"\" or not\",Author (name),,,the ombudsman,P1Y,access: non-public\n",
            csv.Split('\n', 2)[1]);
    }
}
