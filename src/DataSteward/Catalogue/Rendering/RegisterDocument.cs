using System.Collections.Generic;
using System.Text;
using DataSteward.Catalogue.Json;

namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// The GDPR article 30(1) record of processing, one entry per dataset holding personal data: controller and DPO,
/// purpose, legal basis, categories of data subjects and of personal data (special categories flagged, with their
/// article 9(2) condition), recipients, retention (the time limit for erasure) and the security measures the code shows
/// (pseudonymised fields, access restriction). It states only what the code declares: anything else is written as
/// "not stated" (<see cref="RegisterTexts.NotStated"/>). As JSON, and as CSV (RFC 4180 quoting, <c>\n</c> line ends,
/// header row; in French <c>;</c>-separated with a byte-order mark).
/// </summary>
internal static class RegisterDocument
{
    public static string ToJson(CatalogueFacts facts)
    {
        RegisterTexts texts = facts.Texts;
        var json = new JsonWriter();
        json.StartObject();
        json.Property("controller", facts.Controller);
        json.OptionalProperty("dataProtectionOfficer", facts.Settings.DpoContact);
        json.Property("catalogue", facts.CatalogueIri);
        json.OptionalProperty("language", facts.LanguageTag);
        json.Name("records").StartArray();
        foreach (Entry entry in Entries(facts))
        {
            json.StartObject();
            json.Property("dataset", entry.Dataset.Identifier);
            json.Property("title", facts.Title(entry.Dataset));
            json.Property("purpose", entry.Dataset.Purpose ?? texts.NotStated);
            json.Property("legalBasis", entry.Dataset.LegalBasis is { } basis ? texts.LawfulBasis(basis) : texts.NotStated);
            json.StringArray("dataSubjects", OrNotStated(entry.Dataset.DataSubjects, texts));
            json.Name("personalData").StartArray();
            foreach (CatalogueField field in entry.PersonalFields)
            {
                json.StartObject()
                    .Property("field", field.Name)
                    .Property("category", texts.Category(field)!)
                    .Property("specialCategory", field.Classification == FieldClassification.SpecialCategory)
                    .EndObject();
            }

            json.EndArray();
            json.StringArray("specialCategories", entry.SpecialCategories);
            if (entry.SpecialCategoryCondition is { } condition)
            {
                json.Property("specialCategoryCondition", condition);
            }

            json.StringArray("recipients", OrNotStated(entry.Dataset.Recipients, texts));
            json.Property("retention", entry.Dataset.Retention ?? texts.NotStated);
            json.StringArray("securityMeasures", entry.SecurityMeasures);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    public static string ToCsv(CatalogueFacts facts)
    {
        RegisterTexts texts = facts.Texts;
        var csv = new StringBuilder();
        Row(csv, texts.CsvSeparator, texts.CsvHeadings);
        foreach (Entry entry in Entries(facts))
        {
            var personal = new List<string>();
            foreach (CatalogueField field in entry.PersonalFields)
            {
                personal.Add(field.Name + " (" + texts.Category(field) + (field.Classification == FieldClassification.SpecialCategory ? ", " + texts.SpecialCategoryMarker + ")" : ")"));
            }

            Row(
                csv,
                texts.CsvSeparator,
                entry.Dataset.Identifier,
                facts.Title(entry.Dataset),
                facts.Controller,
                facts.Settings.DpoContact ?? string.Empty,
                entry.Dataset.Purpose ?? texts.NotStated,
                entry.Dataset.LegalBasis is { } basis ? texts.LawfulBasis(basis) : texts.NotStated,
                string.Join("; ", OrNotStated(entry.Dataset.DataSubjects, texts)),
                string.Join("; ", personal),
                string.Join("; ", entry.SpecialCategories),
                entry.SpecialCategoryCondition ?? string.Empty,
                string.Join("; ", OrNotStated(entry.Dataset.Recipients, texts)),
                entry.Dataset.Retention ?? texts.NotStated,
                string.Join("; ", entry.SecurityMeasures));
        }

        return csv.ToString();
    }

    private static IList<string> OrNotStated(IList<string> values, RegisterTexts texts) =>
        values.Count > 0 ? values : new[] { texts.NotStated };

    private static IEnumerable<Entry> Entries(CatalogueFacts facts)
    {
        foreach (CatalogueDataset dataset in facts.Model.Datasets)
        {
            if (dataset.HoldsPersonalData)
            {
                yield return new Entry(facts.Texts, dataset);
            }
        }
    }

    private static void Row(StringBuilder csv, char separator, params string[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(separator);
            }

            string cell = cells[i];
            if (cell.IndexOfAny(['"', separator, '\n', '\r']) >= 0)
            {
                csv.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                csv.Append(cell);
            }
        }

        csv.Append('\n');
    }

    private sealed class Entry
    {
        public Entry(RegisterTexts texts, CatalogueDataset dataset)
        {
            Dataset = dataset;
            var special = new SortedSet<string>(System.StringComparer.Ordinal);
            var pseudonymised = new List<string>();
            foreach (CatalogueField field in dataset.Fields)
            {
                if (field.Classification is FieldClassification.Personal or FieldClassification.SpecialCategory)
                {
                    PersonalFields.Add(field);
                }

                if (field.Classification == FieldClassification.SpecialCategory)
                {
                    special.Add(texts.Category(field)!);
                }

                if (field.Classification == FieldClassification.Pseudonymised)
                {
                    pseudonymised.Add(field.Name);
                }
            }

            SpecialCategories = [.. special];
            if (special.Count > 0)
            {
                SpecialCategoryCondition = dataset.SpecialCategoryCondition is { } condition ? texts.Condition(condition) : texts.NotStated;
            }

            if (pseudonymised.Count > 0)
            {
                SecurityMeasures.Add(texts.PseudonymisedFields + string.Join(", ", pseudonymised));
            }

            SecurityMeasures.Add(texts.Access(dataset.Access));
        }

        public CatalogueDataset Dataset { get; }

        public List<CatalogueField> PersonalFields { get; } = [];

        public List<string> SpecialCategories { get; }

        /// <summary>The article 9(2) condition, or not stated; null when the dataset holds no special-category data.</summary>
        public string? SpecialCategoryCondition { get; }

        public List<string> SecurityMeasures { get; } = [];
    }
}
