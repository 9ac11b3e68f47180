namespace DataSteward.Tests.Rules;

/// <summary>CsvHelper 34 (source-generated record writers): typed records, raw rows, single fields.</summary>
public sealed class DS0002CsvTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Threading.Tasks;
        using CsvHelper;
        using DataSteward;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Fact]
    public async Task WriteRecords_of_entities()
    {
        await VerifyAsync("""
            class Extract
            {
                void Write(TextWriter writer, List<Citizen> citizens)
                {
                    using CsvWriter csv = CsvWriter.Create(writer, new CsvWriterOptions(), false);
                    csv.WriteRecords({|DS0002:citizens|});
                }
            }
            """,
            DS0002.WholeCitizen("CsvWriter.WriteRecords"));
    }

    [Fact]
    public async Task WriteRecord_and_the_async_and_parallel_variants()
    {
        await VerifyAsync("""
            class Extract
            {
                async Task WriteAsync(CsvWriter csv, Citizen citizen, IEnumerable<Citizen> citizens)
                {
                    csv.WriteRecord({|DS0002:citizen|});
                    await csv.WriteRecordsAsync({|DS0002:citizens|});
                    csv.ParallelWriteRecords({|DS0002:citizens|}, 2);
                }
            }
            """,
            DS0002.WholeCitizen("CsvWriter.WriteRecord"),
            DS0002.WholeCitizen("CsvWriter.WriteRecordsAsync"),
            DS0002.WholeCitizen("CsvWriter.ParallelWriteRecords"));
    }

    [Fact]
    public async Task Raw_row_of_strings()
    {
        await VerifyAsync("""
            class Extract
            {
                void Write(CsvWriter csv, Citizen citizen)
                {
                    csv.WriteRecord(new[] { citizen.Id.ToString(), {|DS0002:citizen.Email|} });
                    csv.WriteRecord(new[] { citizen.Id.ToString(), citizen.Municipality });
                }
            }
            """,
            DS0002.Email("CsvWriter.WriteRecord"));
    }

    [Fact]
    public async Task WriteField_of_a_personal_value()
    {
        await VerifyAsync("""
            class Extract
            {
                void Write(CsvWriter csv, Citizen citizen)
                {
                    csv.WriteField(citizen.Id, "");
                    csv.WriteField({|DS0002:citizen.Email|});
                    csv.WriteField(citizen.Municipality);
                    csv.WriteField({|DS0002:citizen.BirthDate|}, "");
                    csv.EndRecord();
                }
            }
            """,
            DS0002.Email("CsvWriter.WriteField"),
            DS0002.Message("Citizen.BirthDate", "personal data: date of birth", "CsvWriter.WriteField"));
    }

    [Fact]
    public async Task CsvIgnore_is_honoured()
    {
        await VerifyAsync("""
            [CsvRecord]
            public sealed partial class ExtractRow
            {
                public Guid Id { get; set; }

                [CsvIgnore]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            [CsvRecord]
            public sealed partial class ControlRow
            {
                public Guid Id { get; set; }

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            class Extract
            {
                void Write(CsvWriter csv, List<ExtractRow> rows) => csv.WriteRecords(rows);

                void Control(CsvWriter csv, List<ControlRow> rows) => csv.WriteRecords({|DS0002:rows|});
            }
            """,
            DS0002.Message("ControlRow.Email", "personal data: contact", "CsvWriter.WriteRecords"));
    }

    [Fact]
    public async Task Get_only_and_private_members_are_not_columns()
    {
        await VerifyAsync("""
            [CsvRecord]
            public sealed partial class ExtractRow
            {
                public ExtractRow(string email) => Email = email;

                public Guid Id { get; set; }

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; }

                [PersonalData(PersonalDataKind.Name)]
                private string Name { get; set; } = "";
            }

            [CsvRecord]
            public sealed partial class ControlRow
            {
                public Guid Id { get; set; }

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            class Extract
            {
                void Write(CsvWriter csv, List<ExtractRow> rows) => csv.WriteRecords(rows);

                void Control(CsvWriter csv, List<ControlRow> rows) => csv.WriteRecords({|DS0002:rows|});
            }
            """,
            DS0002.Message("ControlRow.Name", "personal data: name", "CsvWriter.WriteRecords"));
    }

    [Fact]
    public async Task Internal_settable_members_are_columns()
    {
        await VerifyAsync("""
            [CsvRecord]
            public sealed partial class ExtractRow
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                internal string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public string Nir = "";
            }

            class Extract
            {
                void Write(CsvWriter csv, List<ExtractRow> rows) => csv.WriteRecords({|DS0002:rows|});
            }
            """,
            DS0002.Message("ExtractRow.Email, ExtractRow.Nir", "personal data: contact; personal data: national identifier", "CsvWriter.WriteRecords"));
    }

    [Fact]
    public async Task CsvIgnoreBase_skips_inherited_members()
    {
        await VerifyAsync("""
            public class Party
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            [CsvRecord]
            [CsvIgnoreBase]
            public sealed partial class ExtractRow : Party
            {
                public Guid Id { get; set; }
            }

            [CsvRecord]
            public sealed partial class ControlRow : Party
            {
                public Guid Id { get; set; }
            }

            class Extract
            {
                void Write(CsvWriter csv, List<ExtractRow> rows) => csv.WriteRecords(rows);

                void Control(CsvWriter csv, List<ControlRow> rows) => csv.WriteRecords({|DS0002:rows|});
            }
            """,
            "'ControlRow.Email' (personal data: contact) is exported by 'CsvWriter.WriteRecords' without pseudonymisation");
    }

    [Fact]
    public async Task Projection_to_an_extract_row_without_personal_members_is_clean()
    {
        await VerifyAsync("""
            [CsvRecord]
            public sealed partial record ExtractRow(Guid Id, string Municipality);

            class Extract
            {
                void Write(CsvWriter csv, List<Citizen> citizens) =>
                    csv.WriteRecords(citizens.Select(c => new ExtractRow(c.Id, c.Municipality)));

                void Control(CsvWriter csv, List<Citizen> citizens) =>
                    csv.WriteRecords({|DS0002:citizens.Select(c => new ExtractRow(c.Id, c.Email))|});
            }
            """,
            DS0002.Email("CsvWriter.WriteRecords"));

    }

    [Fact]
    public async Task Projection_to_an_extract_row_that_copies_a_personal_value()
    {
        await VerifyAsync("""
            [CsvRecord]
            public sealed partial record ExtractRow(Guid Id, string Contact);

            class Extract
            {
                void Write(CsvWriter csv, List<Citizen> citizens) =>
                    csv.WriteRecords({|DS0002:citizens.Select(c => new ExtractRow(c.Id, c.Email))|});
            }
            """,
            DS0002.Email("CsvWriter.WriteRecords"));
    }

    [Fact]
    public async Task Nested_record_is_flattened()
    {
        await VerifyAsync("""
            [CsvRecord]
            public sealed partial class ExtractRow
            {
                public Guid Id { get; set; }
                public Address Address { get; set; } = new();
            }

            class Extract
            {
                void Write(CsvWriter csv, ExtractRow[] rows) => csv.WriteRecords({|DS0002:rows|});
            }
            """,
            DS0002.Message("ExtractRow.Address.Street", "personal data: postal address", "CsvWriter.WriteRecords"));
    }
}
