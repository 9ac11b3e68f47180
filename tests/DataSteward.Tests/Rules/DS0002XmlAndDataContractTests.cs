namespace DataSteward.Tests.Rules;

public sealed class DS0002XmlAndDataContractTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Runtime.Serialization;
        using System.Runtime.Serialization.Json;
        using System.Xml.Serialization;
        using DataSteward;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Fact]
    public async Task XmlSerializer_Serialize()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(Stream stream, TextWriter writer, Citizen citizen)
                {
                    var serializer = new XmlSerializer(typeof(Citizen));
                    serializer.Serialize(stream, {|DS0002:citizen|});
                    serializer.Serialize(writer, {|DS0002:citizen|});
                }
            }
            """,
            DS0002.WholeCitizen("XmlSerializer.Serialize"),
            DS0002.WholeCitizen("XmlSerializer.Serialize"));
    }

    [Fact]
    public async Task XmlIgnore_is_honoured()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [XmlIgnore]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                public int Rank { get; set; }
            }

            public sealed class Candidate
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                public int Rank { get; set; }
            }

            class Archive
            {
                void Save(Stream stream, Applicant applicant) => new XmlSerializer(typeof(Applicant)).Serialize(stream, applicant);

                void Control(Stream stream, Candidate candidate) => new XmlSerializer(typeof(Candidate)).Serialize(stream, {|DS0002:candidate|});
            }
            """,
            DS0002.Message("Candidate.Email", "personal data: contact", "XmlSerializer.Serialize"));

    }

    [Fact]
    public async Task XmlSerializer_writes_public_fields_and_skips_read_only_properties()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email = "";

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; } = "";

                [PersonalData(PersonalDataKind.NationalIdentifier)]
                public readonly string Nir = "";
            }

            class Archive
            {
                void Save(Stream stream, Applicant applicant) => new XmlSerializer(typeof(Applicant)).Serialize(stream, {|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email", "personal data: contact", "XmlSerializer.Serialize"));
    }

    [Fact]
    public async Task XmlSerializer_ignores_JsonIgnore()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [System.Text.Json.Serialization.JsonIgnore]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            class Archive
            {
                void Save(Stream stream, Applicant applicant) => new XmlSerializer(typeof(Applicant)).Serialize(stream, {|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Email", "personal data: contact", "XmlSerializer.Serialize"));
    }

    [Fact]
    public async Task DataContractSerializer_writes_only_DataMember_members()
    {
        await VerifyAsync("""
            [DataContract]
            public sealed class Applicant
            {
                [DataMember]
                public int Rank { get; set; }

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [DataMember(Name = "n")]
                [PersonalData(PersonalDataKind.NationalIdentifier)]
                private string nir = "";
            }

            class Archive
            {
                void Save(Stream stream, Applicant applicant) => new DataContractSerializer(typeof(Applicant)).WriteObject(stream, {|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.nir", "personal data: national identifier", "XmlObjectSerializer.WriteObject"));
    }

    [Fact]
    public async Task DataContract_without_personal_DataMember_is_clean()
    {
        await VerifyAsync("""
            [DataContract]
            public sealed class Applicant
            {
                [DataMember]
                public int Rank { get; set; }

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            [DataContract]
            public sealed class Candidate
            {
                [DataMember]
                public int Rank { get; set; }

                [DataMember]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";
            }

            class Archive
            {
                void Save(Stream stream, Applicant applicant)
                {
                    new DataContractSerializer(typeof(Applicant)).WriteObject(stream, applicant);
                    new DataContractJsonSerializer(typeof(Applicant)).WriteObject(stream, applicant);
                }

                void Control(Stream stream, Candidate candidate) =>
                    new DataContractSerializer(typeof(Candidate)).WriteObject(stream, {|DS0002:candidate|});
            }
            """,
            DS0002.Message("Candidate.Email", "personal data: contact", "XmlObjectSerializer.WriteObject"));
    }

    [Fact]
    public async Task DataContractJsonSerializer_WriteObject()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(Stream stream, Citizen citizen) =>
                    new DataContractJsonSerializer(typeof(Citizen)).WriteObject(stream, {|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("DataContractJsonSerializer.WriteObject"));
    }

    [Fact]
    public async Task Plain_type_honours_IgnoreDataMember()
    {
        await VerifyAsync("""
            public sealed class Applicant
            {
                [IgnoreDataMember]
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";
            }

            class Archive
            {
                void Save(Stream stream, Applicant applicant) => new DataContractSerializer(typeof(Applicant)).WriteObject(stream, {|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.Name", "personal data: name", "XmlObjectSerializer.WriteObject"));
    }

    [Fact]
    public async Task Serializable_type_writes_private_fields_but_not_NonSerialized()
    {
        await VerifyAsync("""
            [Serializable]
            public sealed class Applicant
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                private string email = "";

                [NonSerialized]
                [PersonalData(PersonalDataKind.NationalIdentifier)]
                private string nir = "";

                [field: NonSerialized]
                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";

                public string Describe() => email + nir;
            }

            class Archive
            {
                void Save(Stream stream, Applicant applicant) => new DataContractSerializer(typeof(Applicant)).WriteObject(stream, {|DS0002:applicant|});
            }
            """,
            DS0002.Message("Applicant.email", "personal data: contact", "XmlObjectSerializer.WriteObject"));
    }

    [Fact]
    public async Task Base_XmlObjectSerializer_reference()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(XmlObjectSerializer serializer, Stream stream, Citizen citizen) => serializer.WriteObject(stream, {|DS0002:citizen|});
            }
            """,
            DS0002.WholeCitizen("XmlObjectSerializer.WriteObject"));
    }
}
