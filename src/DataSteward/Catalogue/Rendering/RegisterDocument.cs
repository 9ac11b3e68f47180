using System.Collections.Generic;
using System.Text;
using DataSteward.Catalogue.Json;

namespace DataSteward.Catalogue.Rendering;

/// <summary>
/// The GDPR article 30(1) record of processing, one entry per dataset holding personal data: controller and DPO,
/// purpose, legal basis, categories of data subjects and of personal data (special categories flagged), recipients
/// (from the access level), retention (the time limit for erasure) and the security measures the code shows
/// (pseudonymised fields, access restriction). As JSON, and as CSV (RFC 4180 quoting, <c>\n</c> line ends, header row).
/// </summary>
internal static class RegisterDocument
{
    private const string NotStated = "not stated";

    public static string ToJson(CatalogueFacts facts)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Property("controller", facts.Controller);
        json.OptionalProperty("dataProtectionOfficer", facts.Settings.DpoContact);
        json.Property("catalogue", facts.CatalogueIri);
        json.Name("records").StartArray();
        foreach (Entry entry in Entries(facts))
        {
            json.StartObject();
            json.Property("dataset", entry.Dataset.Identifier);
            json.Property("title", facts.Title(entry.Dataset));
            json.Property("purpose", entry.Dataset.Purpose ?? NotStated);
            json.Property("legalBasis", entry.Dataset.LegalBasis is { } basis ? CatalogueTerms.LawfulBasisText(basis) : NotStated);
            json.StringArray("dataSubjects", [entry.DataSubjects]);
            json.Name("personalData").StartArray();
            foreach (CatalogueField field in entry.PersonalFields)
            {
                json.StartObject()
                    .Property("field", field.Name)
                    .Property("category", CatalogueTerms.Category(field)!)
                    .Property("specialCategory", field.Classification == FieldClassification.SpecialCategory)
                    .EndObject();
            }

            json.EndArray();
            json.StringArray("specialCategories", entry.SpecialCategories);
            json.Property("recipients", CatalogueTerms.Recipients(entry.Dataset.Access));
            json.Property("retention", entry.Dataset.Retention ?? NotStated);
            json.StringArray("securityMeasures", entry.SecurityMeasures);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    public static string ToCsv(CatalogueFacts facts)
    {
        var csv = new StringBuilder();
        Row(csv, "dataset", "title", "controller", "dpo_contact", "purpose", "legal_basis", "data_subjects", "personal_data", "special_categories", "recipients", "retention", "security_measures");
        foreach (Entry entry in Entries(facts))
        {
            var personal = new List<string>();
            foreach (CatalogueField field in entry.PersonalFields)
            {
                personal.Add(field.Name + " (" + CatalogueTerms.Category(field) + (field.Classification == FieldClassification.SpecialCategory ? ", special category)" : ")"));
            }

            Row(
                csv,
                entry.Dataset.Identifier,
                facts.Title(entry.Dataset),
                facts.Controller,
                facts.Settings.DpoContact ?? string.Empty,
                entry.Dataset.Purpose ?? NotStated,
                entry.Dataset.LegalBasis is { } basis ? CatalogueTerms.LawfulBasisText(basis) : NotStated,
                entry.DataSubjects,
                string.Join("; ", personal),
                string.Join("; ", entry.SpecialCategories),
                CatalogueTerms.Recipients(entry.Dataset.Access),
                entry.Dataset.Retention ?? NotStated,
                string.Join("; ", entry.SecurityMeasures));
        }

        return csv.ToString();
    }

    private static IEnumerable<Entry> Entries(CatalogueFacts facts)
    {
        foreach (CatalogueDataset dataset in facts.Model.Datasets)
        {
            if (dataset.HoldsPersonalData)
            {
                yield return new Entry(facts, dataset);
            }
        }
    }

    private static void Row(StringBuilder csv, params string[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            string cell = cells[i];
            if (cell.IndexOfAny(['"', ',', '\n', '\r']) >= 0)
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
        public Entry(CatalogueFacts facts, CatalogueDataset dataset)
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
                    special.Add(CatalogueTerms.Category(field)!);
                }

                if (field.Classification == FieldClassification.Pseudonymised)
                {
                    pseudonymised.Add(field.Name);
                }
            }

            SpecialCategories = [.. special];

            // The attribute has no property for data subjects (DESIGN fixes it): name them by the dataset they are recorded in.
            DataSubjects = "persons recorded in '" + facts.Title(dataset) + "'";
            if (pseudonymised.Count > 0)
            {
                SecurityMeasures.Add("pseudonymised fields: " + string.Join(", ", pseudonymised));
            }

            SecurityMeasures.Add(dataset.Access switch
            {
                DatasetAccess.Public => "access: public (open data)",
                DatasetAccess.Restricted => "access: restricted",
                _ => "access: non-public",
            });
        }

        public CatalogueDataset Dataset { get; }

        public List<CatalogueField> PersonalFields { get; } = [];

        public List<string> SpecialCategories { get; }

        public string DataSubjects { get; }

        public List<string> SecurityMeasures { get; } = [];
    }
}
