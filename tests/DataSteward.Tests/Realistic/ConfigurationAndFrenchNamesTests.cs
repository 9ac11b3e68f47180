namespace DataSteward.Tests.Realistic;

/// <summary>Options and configuration code full of false friends, and French-named code.</summary>
public sealed class ConfigurationAndFrenchNamesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;

        """;

    private static Task Verify(string code, params string[] messages) => Rules.FlowVerifier.VerifyAsync(Usings + code, messages);

    // Once a false positive, now clean: DS0101 on {@Settings}: the name of the IOptions<EmailSettings> parameter "emailOptions" taints "emailOptions.Value"; "options"/"settings" are not neutralisers and a settings object is not personal data.
    [Fact]
    public Task Options_classes_full_of_false_friends_are_clean() => Verify("""
        public sealed class EmailSettings
        {
            public string SmtpHost { get; set; } = "";
            public int SmtpPort { get; set; }
            public string SenderAddress { get; set; } = "";
            public string TemplateName { get; set; } = "";
        }

        public sealed class StorageOptions
        {
            public string ConnectionString { get; set; } = "";
            public string ContainerName { get; set; } = "";
            public string ServerAddress { get; set; } = "";
        }

        public sealed class StartupDiagnostics(IOptions<EmailSettings> emailOptions, IOptions<StorageOptions> storageOptions, HttpClient partner, ILogger<StartupDiagnostics> logger)
        {
            public void Report(string fileName, string hostName)
            {
                var settings = emailOptions.Value;
                logger.LogInformation("Mail via {Host}:{Port} from {Sender} using {Template}", settings.SmtpHost, settings.SmtpPort, settings.SenderAddress, settings.TemplateName);
                logger.LogInformation("E-mail settings {@Settings}", settings);
                logger.LogInformation("Uploading {FileName} to {Container} on {Server}", fileName, storageOptions.Value.ContainerName, storageOptions.Value.ServerAddress);
                logger.LogInformation("Partner API at {BaseAddress}, host {HostName}, machine {Machine}", partner.BaseAddress, hostName, Environment.MachineName);
            }

            public void Bounced(string email) => logger.LogInformation("Mail to {Email} bounced", {|DS0101:email|});
        }
        """,
        "'email' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    // Once a false positive, now clean: DS0101 on EmailSubject (the subject of a mail) and on the Guid BillingAddressId (a surrogate key, already a pseudonym).
    [Fact]
    public Task Mail_pipeline_and_surrogate_key_names_are_clean() => Verify("""
        public sealed class OutgoingMail
        {
            public Guid Id { get; set; }
            public string EmailSubject { get; set; } = "";
            public bool EmailSent { get; set; }
            public Guid BillingAddressId { get; set; }
            public int RetryCount { get; set; }
        }

        public sealed class MailDispatcher(ILogger<MailDispatcher> logger)
        {
            public void Dispatched(OutgoingMail mail)
            {
                logger.LogInformation("Mail {MailId} '{Subject}' sent: {Sent} after {Retries} retries", mail.Id, mail.EmailSubject, mail.EmailSent, mail.RetryCount);
                logger.LogDebug("Invoice address record {AddressId}", mail.BillingAddressId);
            }

            public void Bounced(string recipientEmail) => logger.LogWarning("Mail to {Recipient} bounced", {|DS0101:recipientEmail|});
        }
        """,
        "'recipientEmail' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogWarning' without pseudonymisation");

    // Once a false positive, now clean: DS0101 on NomFichier, AdresseServeurSftp, nomCommune, nomEtablissement: "nom"/"adresse" followed by a French technical word (fichier, serveur, commune, établissement) is not a person's name or home.
    [Fact]
    public Task French_technical_names_are_clean() => Verify("""
        public sealed class ParametresExport
        {
            public string NomFichier { get; set; } = "";
            public string RepertoireSortie { get; set; } = "";
            public string AdresseServeurSftp { get; set; } = "";
        }

        public sealed class ExportCommunal(IOptions<ParametresExport> parametres, ILogger<ExportCommunal> logger)
        {
            public void Exporter(string nomCommune, string nomEtablissement, decimal montantNominal)
            {
                var p = parametres.Value;
                logger.LogInformation("Export de {Fichier} vers {Serveur} ({Repertoire})", p.NomFichier, p.AdresseServeurSftp, p.RepertoireSortie);
                logger.LogInformation("Commune {Commune}, établissement {Etablissement}, montant nominal {Montant}", nomCommune, nomEtablissement, montantNominal);
            }

            public void Contacter(string nomDeFamille) => logger.LogInformation("Contact {Nom}", {|DS0101:nomDeFamille|});
        }
        """,
        "'nomDeFamille' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");


    [Fact]
    public Task French_unannotated_application_form() => Verify("""
        public sealed class DemandeAide
        {
            public Guid Id { get; set; }
            public string Prenom { get; set; } = "";
            public string NomDeNaissance { get; set; } = "";
            public string AdressePostale { get; set; } = "";
            public string NumeroFiscal { get; set; } = "";
            public string Commune { get; set; } = "";
            public decimal Montant { get; set; }
        }

        public sealed class InstructionDemandes(ILogger<InstructionDemandes> logger)
        {
            public void Instruire(DemandeAide demande, DateOnly dateDeNaissance)
            {
                logger.LogInformation("Demande {DemandeId} de {Prenom} {Nom} ({Commune})", demande.Id, {|DS0101:demande.Prenom|}, {|DS0101:demande.NomDeNaissance|}, demande.Commune);
                logger.LogDebug("Courrier envoyé à {Adresse}", {|DS0101:demande.AdressePostale|});
                if (dateDeNaissance > DateOnly.FromDateTime(DateTime.Today).AddYears(-18))
                {
                    throw new InvalidOperationException({|DS0101:$"Demandeur mineur, né le {dateDeNaissance:d}"|});
                }

                if (demande.Montant <= 0)
                {
                    throw new InvalidOperationException({|DS0101:$"Montant invalide pour le numéro fiscal {demande.NumeroFiscal}"|});
                }
            }
        }
        """,
        "'DemandeAide.Prenom' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'DemandeAide.NomDeNaissance' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'DemandeAide.AdressePostale' looks like personal data (postal address) and is written to a log by 'LoggerExtensions.LogDebug' without pseudonymisation",
        "'dateDeNaissance' looks like personal data (date of birth) and is put in an exception message by 'new InvalidOperationException' without pseudonymisation",
        "'DemandeAide.NumeroFiscal' looks like personal data (national identifier) and is put in an exception message by 'new InvalidOperationException' without pseudonymisation");

    [Fact]
    public Task French_annotated_register_joins_courriels_and_pseudonymises_the_nir() => Verify("""
        using DataSteward;

        public sealed class Usager
        {
            public int Id { get; set; }

            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Courriel { get; set; } = "";

            [PersonalData(PersonalDataKind.NationalIdentifier)]
            public string Nir { get; set; } = "";

            public string CodeCommune { get; set; } = "";
        }

        public sealed class Relances(HmacPseudonymiser pseudonymiser, ILogger<Relances> logger)
        {
            public void Envoyer(IReadOnlyList<Usager> usagers)
            {
                logger.LogInformation("Relance envoyée à {Destinataires}", {|DS0001:string.Join(", ", usagers.Select(u => u.Courriel))|});
                foreach (var usager in usagers)
                {
                    logger.LogDebug("Usager {Pseudonyme} ({Commune})", pseudonymiser.Pseudonymise(usager.Nir), usager.CodeCommune);
                }
            }
        }
        """,
        "'Usager.Courriel' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
}
