using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Rules;

public sealed class DS0006UnkeyedHashTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using DataSteward;
        using Register;

        """;

    private const string Tail = ", which has no key: anyone can hash every likely value (e-mail addresses, phone numbers, national ids) and reverse it; use a keyed pseudonymiser such as HmacPseudonymiser";

    private static string Message(string origins, string classification, string api) => $"'{origins}' ({classification}) is hashed with '{api}'" + Tail;

    private static string Email(string api) => Message("Citizen.Email", "personal data: contact", api);

    private static Task VerifyAsync(string source, params string[] messages)
    {
        var test = new AnalyzerTest(new UnkeyedHashAnalyzer());
        test.Sources.Add(Usings + source);
        test.Sources.Add(Models.Source);
        test.ExpectedMessages.AddRange(messages);
        return test.RunAsync();
    }

    [Fact]
    public async Task Sha256_HashData_of_encoded_member()
    {
        await VerifyAsync("""
            static class Extract
            {
                static string Key(Citizen citizen) => Convert.ToHexString({|DS0006:SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email))|});
            }
            """,
            Email("SHA256.HashData"));
    }
}
