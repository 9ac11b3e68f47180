namespace DataSteward.Tests.Rules;

/// <summary>Export sinks the user declares, and models the user does not own.</summary>
public sealed class DS0002CustomSinkTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task DataSink_export_parameter_taking_an_object_renders_it()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            static class Partner
            {
                public static void Upload([DataSink(DataSinkKind.Export)] object payload) { }

                public static void Send(Citizen citizen, List<Address> addresses)
                {
                    Upload({|DS0002:citizen|});
                    Upload({|DS0002:addresses|});
                    Upload(new { citizen.Id, citizen.Municipality });
                }
            }
            """,
            DS0002.WholeCitizen("Partner.Upload"),
            DS0002.Message("Address.Street", "personal data: postal address", "Partner.Upload"));
    }

    [Fact]
    public async Task DataSink_export_parameter_taking_text()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            static class Partner
            {
                public static void Upload([DataSink(DataSinkKind.Export)] string line) { }

                public static void Send(Citizen citizen)
                {
                    Upload({|DS0002:$"{citizen.Id};{citizen.Nir}"|});
                    Upload(citizen.Municipality);
                }
            }
            """,
            DS0002.Nir("Partner.Upload"));
    }

    [Fact]
    public async Task Configured_export_method()
    {
        await FlowVerifier.VerifyWithOptionsAsync(Usings + """
            namespace Vendor
            {
                public static class Archive
                {
                    public static void Store(object document) { }
                }
            }

            static class Caller
            {
                static void Run(Citizen citizen) => Vendor.Archive.Store({|DS0002:citizen|});
            }
            """,
            "datasteward.sinks.export = M:Vendor.Archive.Store(System.Object)",
            DS0002.WholeCitizen("Archive.Store"));
    }

    [Fact]
    public async Task Configured_source_on_a_model_you_cannot_annotate()
    {
        await FlowVerifier.VerifyWithOptionsAsync("""
            using System.Text.Json;

            namespace Vendor
            {
                public sealed class Person
                {
                    public string Mail { get; set; } = "";
                    public int Age { get; set; }
                }
            }

            static class Caller
            {
                static string Run(Vendor.Person person) => JsonSerializer.Serialize({|DS0002:person|});
            }
            """,
            "datasteward.sources = P:Vendor.Person.Mail",
            DS0002.Message("Person.Mail", "personal data", "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task Identity_user_returned_from_an_action()
    {
        await FlowVerifier.VerifyAsync("""
            using Microsoft.AspNetCore.Identity;
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            public sealed class AccountController : ControllerBase
            {
                public IdentityUser Me(IdentityUser user) => {|DS0002:user|};
            }
            """,
            DS0002.Message("IdentityUser.UserName, IdentityUser.Email, IdentityUser.PhoneNumber", "personal data: online identifier; personal data: contact", "AccountController.Me"));
    }
}
