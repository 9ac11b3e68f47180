using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Rules;

/// <summary>Unannotated code: values whose names say personal data reaching a sink are DS0101, never DS0001.</summary>
public sealed class DS0101LikelyPersonalDataTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public async Task A_parameter_named_email_logged_in_the_method_that_received_it()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class NewsletterService(ILogger<NewsletterService> logger)
            {
                public void Subscribe(string email, string topic)
                {
                    logger.LogInformation("Subscribing {Email} to {Topic}", {|DS0101:email|}, topic);
                }
            }
            """,
            "'email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task French_names_and_snake_case()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Inscription(ILogger logger)
            {
                public void Enregistrer(string courriel, string numero_de_securite_sociale, DateTime dateDeNaissance, string commune)
                {
                    logger.LogInformation("Inscription {Courriel}", {|DS0101:courriel|});
                    logger.LogWarning({|DS0101:$"NIR {numero_de_securite_sociale}"|});
                    logger.LogDebug("Né le {Date}", {|DS0101:dateDeNaissance|});
                    logger.LogDebug("Commune {Commune}", commune);
                }
            }
            """,
            "'courriel' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'numero_de_securite_sociale' looks like personal data (national identifier) and is written to a log by 'LoggerExtensions.LogWarning' without pseudonymisation",
            "'dateDeNaissance' looks like personal data (date of birth) and is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation");
    }

    [Fact]
    public async Task Members_methods_and_locals_named_after_the_data()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed class Contact
            {
                public string PhoneNumber { get; set; } = "";
                public string Label { get; set; } = "";
                public string GetEmail() => "";
            }

            class Service(ILogger logger)
            {
                string Load() => "";

                void Run(Contact contact)
                {
                    logger.LogInformation("{Phone}", {|DS0101:contact.PhoneNumber|});
                    logger.LogInformation("{Email}", {|DS0101:contact.GetEmail()|});
                    var iban = Load();
                    logger.LogInformation("{Iban}", {|DS0101:iban|});
                    var postcode = "75001";
                    logger.LogInformation("{Postcode}", postcode);
                    logger.LogInformation("{Label}", contact.Label);
                }
            }
            """,
            "'Contact.PhoneNumber' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'Contact.GetEmail()' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'iban' looks like personal data (financial) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Request_keys_that_name_the_data()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Endpoint(ILogger logger)
            {
                void Handle(HttpRequest request, IFormCollection form, Dictionary<string, string> values)
                {
                    logger.LogInformation("{Email}", {|DS0101:request.Query["email"]|});
                    logger.LogInformation("{Code}", {|DS0101:form["postcode"]|});
                    logger.LogInformation("{Tel}", {|DS0101:values["telephone"]|});
                    logger.LogInformation("{Page}", request.Query["page"]);
                }
            }
            """,
            "'\"email\"' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'\"postcode\"' looks like personal data (postal address) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'\"telephone\"' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task False_friends_stay_clean()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service(ILogger logger)
            {
                void Run(string fileName, string hostName, string typeName, string serverAddress, string emailTemplate, bool isEmailConfirmed, int emailCount, string senderEmail)
                {
                    logger.LogInformation("{A} {B} {C} {D} {E} {F} {G} {H}", fileName, hostName, typeName, serverAddress, emailTemplate, isEmailConfirmed, emailCount, senderEmail);
                }

                void Control(string email) => logger.LogInformation("{Email}", {|DS0101:email|});
            }
            """,
            "'email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task A_classified_value_is_DS0001_even_with_a_personal_name()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using DataSteward;

            class Service(ILogger logger)
            {
                void Run([PersonalData(PersonalDataKind.ContactDetails)] string email, [NotPersonalData] string phone, [Pseudonymised] string nir)
                {
                    logger.LogInformation("{Email}", {|DS0001:email|});
                    logger.LogInformation("{Phone} {Nir}", phone, nir);
                }
            }
            """,
            "'email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    [Fact]
    public async Task Heuristics_off_and_suggest_report_no_flow()
    {
        foreach (string mode in new[] { "off", "suggest" })
        {
            var test = new AnalyzerTest(new PersonalDataFlowAnalyzer())
            {
                // The mode is read per file: Test1.cs keeps the default and is the control.
                EditorConfig = $"[Test0.cs]\ndatasteward.heuristics = {mode}\n",
            };
            test.Sources.Add(Usings + """
                class Service(ILogger logger)
                {
                    void Run(string email) => logger.LogInformation("{Email}", email);
                }
                """);
            test.Sources.Add(Usings + """
                class Control(ILogger logger)
                {
                    void Run(string email) => logger.LogInformation("{Email}", {|DS0101:email|});
                }
                """);
            test.ExpectedMessages.Add("'email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

            await test.RunAsync();
        }
    }


    [Fact]
    public async Task Likely_data_in_exports_and_exceptions()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using System.Text.Json;

            class Service
            {
                string Run(string email, string telephone)
                {
                    if (email.Length == 0)
                    {
                        throw new ArgumentException({|DS0101:$"Unknown {email}"|});
                    }

                    return JsonSerializer.Serialize({|DS0101:telephone|});
                }
            }
            """,
            "'email' looks like personal data (contact) and is put in an exception message by 'new ArgumentException' without pseudonymisation",
            "'telephone' looks like personal data (contact) and is exported by 'JsonSerializer.Serialize' without pseudonymisation");
    }
}
