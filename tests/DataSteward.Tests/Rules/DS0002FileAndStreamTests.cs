namespace DataSteward.Tests.Rules;

public sealed class DS0002FileAndStreamTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using DataSteward;
        using Register;

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Theory]
    [InlineData("WriteAllText")]
    [InlineData("AppendAllText")]
    public async Task File_text_writes(string method)
    {
        await VerifyAsync($$"""
            class Archive
            {
                void Save(string path, Citizen citizen) => File.{{method}}(path, {|DS0002:$"{citizen.Id};{citizen.Email}"|});
            }
            """,
            DS0002.Email("File." + method));
    }

    [Theory]
    [InlineData("WriteAllTextAsync")]
    [InlineData("AppendAllTextAsync")]
    public async Task File_async_text_writes(string method)
    {
        await VerifyAsync($$"""
            class Archive
            {
                Task SaveAsync(string path, Citizen citizen) => File.{{method}}(path, {|DS0002:citizen.Nir|});
            }
            """,
            DS0002.Nir("File." + method));
    }

    [Theory]
    [InlineData("WriteAllLines")]
    [InlineData("AppendAllLines")]
    public async Task File_line_writes_of_a_projection(string method)
    {
        await VerifyAsync($$"""
            class Archive
            {
                void Save(string path, List<Citizen> citizens) => File.{{method}}(path, {|DS0002:citizens.Select(c => c.Email)|});
            }
            """,
            DS0002.Email("File." + method));
    }

    [Fact]
    public async Task File_WriteAllBytes_of_encoded_text()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(string path, Citizen citizen) => File.WriteAllBytes(path, {|DS0002:Encoding.UTF8.GetBytes(citizen.Email)|});
            }
            """,
            DS0002.Email("File.WriteAllBytes"));
    }

    [Fact]
    public async Task File_writes_of_clean_values_are_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(string path, List<Citizen> citizens)
                {
                    File.WriteAllText(path, $"{citizens.Count} citizens");
                    File.AppendAllLines(path, citizens.Select(c => c.Municipality));
                    File.WriteAllText(path, string.Join(";", citizens.Select(c => c.CitizenKey)));
                    File.AppendAllLines(path, {|DS0002:citizens.Select(c => c.Email)|});
                }
            }
            """,
            DS0002.Email("File.AppendAllLines"));
    }

    [Fact]
    public async Task StreamWriter_writes()
    {
        await VerifyAsync("""
            class Archive
            {
                async Task SaveAsync(string path, Citizen citizen)
                {
                    using var writer = new StreamWriter(path);
                    writer.Write({|DS0002:citizen.Email|});
                    writer.WriteLine({|DS0002:$"{citizen.FullName}"|});
                    await writer.WriteLineAsync({|DS0002:citizen.Nir|});
                    writer.WriteLine(citizen.Municipality);
                }
            }
            """,
            DS0002.Email("StreamWriter.Write"),
            DS0002.Message("Citizen.FullName", "personal data: name", "StreamWriter.WriteLine"),
            DS0002.Nir("StreamWriter.WriteLineAsync"));
    }

    [Fact]
    public async Task TextWriter_writes()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(TextWriter writer, Citizen citizen) => writer.WriteLine({|DS0002:citizen.Email|});
            }
            """,
            DS0002.Email("TextWriter.WriteLine"));
    }

    [Fact]
    public async Task File_CreateText_writer()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(string path, Citizen citizen)
                {
                    using StreamWriter writer = File.CreateText(path);
                    writer.WriteLine({|DS0002:citizen.Email|});
                }
            }
            """,
            DS0002.Email("StreamWriter.WriteLine"));
    }

    [Fact]
    public async Task Writer_over_a_CryptoStream_is_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(Stream file, ICryptoTransform encryptor, Citizen citizen)
                {
                    using var crypto = new CryptoStream(file, encryptor, CryptoStreamMode.Write);
                    using var writer = new StreamWriter(crypto);
                    writer.WriteLine(citizen.Email);
                }

                void Control(Stream file, Citizen citizen)
                {
                    using var writer = new StreamWriter(file);
                    writer.WriteLine({|DS0002:citizen.Email|});
                }
            }
            """,
            DS0002.Email("StreamWriter.WriteLine"));
    }

    [Fact]
    public async Task Writer_over_an_inline_CryptoStream_is_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(Stream file, ICryptoTransform encryptor, Citizen citizen)
                {
                    using var writer = new StreamWriter(new CryptoStream(file, encryptor, CryptoStreamMode.Write));
                    writer.WriteLine(citizen.Nir);
                }

                void Control(Stream file, Citizen citizen)
                {
                    using var writer = new StreamWriter(new BufferedStream(file));
                    writer.WriteLine({|DS0002:citizen.Nir|});
                }
            }
            """,
            DS0002.Nir("StreamWriter.WriteLine"));

    }

    [Fact]
    public async Task StringWriter_is_in_memory_and_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                string Render(Citizen citizen)
                {
                    using var writer = new StringWriter();
                    writer.Write(citizen.Email);
                    writer.WriteLine(citizen.Nir);
                    return writer.ToString();
                }

                void Control(string path, Citizen citizen)
                {
                    using var writer = new StreamWriter(path);
                    writer.Write({|DS0002:citizen.Email|});
                }
            }
            """,
            DS0002.Email("StreamWriter.Write"));
    }

    [Fact]
    public async Task Text_built_in_a_StringWriter_then_written_to_a_file()
    {
        await VerifyAsync("""
            class Archive
            {
                void Save(string path, Citizen citizen)
                {
                    using var buffer = new StringWriter();
                    buffer.Write(citizen.Email);
                    File.WriteAllText(path, {|DS0002:buffer.ToString()|});
                }
            }
            """,
            DS0002.Email("File.WriteAllText"));
    }

    [Fact]
    public async Task Console_Out_is_a_log()
    {
        await VerifyAsync("""
            class Archive
            {
                void Print(Citizen citizen)
                {
                    Console.Out.WriteLine({|DS0001:citizen.Email|});
                    Console.Error.Write({|DS0001:citizen.Nir|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Console.TextWriter.WriteLine' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'Console.TextWriter.Write' without pseudonymisation");
    }

    [Fact]
    public async Task Serialised_json_written_to_a_file_is_reported_at_both_sinks()
    {
        // The serialiser is an export of its own (its text may go anywhere), and the file write exports that text.
        await VerifyAsync("""
            class Archive
            {
                void Save(string path, Citizen citizen) =>
                    File.WriteAllText(path, {|DS0002:System.Text.Json.JsonSerializer.Serialize({|DS0002:citizen|})|});
            }
            """,
            DS0002.WholeCitizen("File.WriteAllText"),
            DS0002.WholeCitizen("JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Pseudonymised_value_written_to_a_file_is_clean()
    {
        await VerifyAsync("""
            class Archive
            {
                [Pseudonymiser]
                static string Pseudonym(string value) => value.Length.ToString();

                void Save(string path, Citizen citizen) => File.AppendAllText(path, Pseudonym(citizen.Nir) + Environment.NewLine);

                void Control(string path, Citizen citizen) => File.AppendAllText(path, {|DS0002:citizen.Nir + Environment.NewLine|});
            }
            """,
            DS0002.Nir("File.AppendAllText"));
    }
}
