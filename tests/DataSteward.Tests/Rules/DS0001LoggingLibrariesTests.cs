namespace DataSteward.Tests.Rules;

/// <summary>DS0001 across logging libraries: Serilog, NLog, log4net (stand-in), LoggerMessage, Debug and Trace.</summary>
public sealed class DS0001LoggingLibrariesTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task Serilog_instance_and_static_loggers()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(Serilog.ILogger log)
            {
                void Register(Citizen citizen)
                {
                    log.Information("Registered {Email}", {|DS0001:citizen.Email|});
                    log.Warning("Duplicate {Email} {Municipality}", {|DS0001:citizen.Email|}, citizen.Municipality);
                    log.Error(new InvalidOperationException(), "Failed for {Nir}", {|DS0001:citizen.Nir|});
                    Serilog.Log.Debug("Born {BirthDate}", {|DS0001:citizen.BirthDate|});
                    Serilog.Log.Fatal({|DS0001:$"Crashed on {citizen.FullName}"|});
                    log.Write(Serilog.Events.LogEventLevel.Information, "Citizen {Email}", {|DS0001:citizen.Email|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'ILogger.Information' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is written to a log by 'ILogger.Warning' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'ILogger.Error' without pseudonymisation",
            "'Citizen.BirthDate' (personal data: date of birth) is written to a log by 'Log.Debug' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is written to a log by 'Log.Fatal' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is written to a log by 'ILogger.Write' without pseudonymisation");
    }

    [Fact]
    public async Task Serilog_enrichment_ForContext_and_LogContext()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(Serilog.ILogger log)
            {
                void Register(Citizen citizen)
                {
                    var scoped = log.ForContext("Email", {|DS0001:citizen.Email|});
                    using var property = Serilog.Context.LogContext.PushProperty("Nir", {|DS0001:citizen.Nir|});
                    scoped.Information("Registered");
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'ILogger.ForContext' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LogContext.PushProperty' without pseudonymisation");
    }

    [Fact]
    public async Task Serilog_destructuring_renders_the_personal_members_of_an_object()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService(Serilog.ILogger log)
            {
                void Register(Citizen citizen, Address address)
                {
                    log.Information("Registered {@Citizen}", {|DS0001:citizen|});
                    log.Information("Moved to {@Address}", {|DS0001:address|});
                    log.Information("Registered {Citizen}", citizen);
                }
            }
            """,
            "'Citizen.FullName, Citizen.Email, Citizen.Nir and 3 more' (personal data: name; personal data: contact; personal data: national identifier; personal data: date of birth; personal data; personal data: postal address) is written to a log by 'ILogger.Information' without pseudonymisation",
            "'Address.Street' (personal data: postal address) is written to a log by 'ILogger.Information' without pseudonymisation");
    }

    [Fact]
    public async Task NLog_logger()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class RegistrationService
            {
                private static readonly NLog.Logger Log = NLog.LogManager.GetCurrentClassLogger();

                void Register(Citizen citizen)
                {
                    Log.Info("Registered {Email}", {|DS0001:citizen.Email|});
                    Log.Warn({|DS0001:"Duplicate " + citizen.Nir|});
                    Log.Error(new InvalidOperationException(), "Failed for {Name}", {|DS0001:citizen.FullName|});
                    Log.WithProperty("Email", {|DS0001:citizen.Email|}).Info("Registered");
                    Log.Info("Registered in {Municipality}", citizen.Municipality);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Logger.Info' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'Logger.Warn' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is written to a log by 'Logger.Error' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is written to a log by 'Logger.WithProperty' without pseudonymisation");
    }

    [Fact]
    public async Task Log4net_matched_by_metadata_name()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            namespace log4net
            {
                public interface ILog
                {
                    void Info(object message);
                    void Info(object message, Exception exception);
                    void InfoFormat(string format, params object[] args);
                    void Error(object message);
                }
            }

            class RegistrationService(log4net.ILog log)
            {
                void Register(Citizen citizen)
                {
                    log.Info({|DS0001:citizen.Email|});
                    log.InfoFormat("Registered {0} in {1}", {|DS0001:citizen.FullName|}, citizen.Municipality);
                    log.Error({|DS0001:$"Failed for {citizen.Nir}"|});
                    log.Info("Registered", new InvalidOperationException());
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'ILog.Info' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is written to a log by 'ILog.InfoFormat' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'ILog.Error' without pseudonymisation");
    }

    [Fact]
    public async Task Debug_and_Trace()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Diagnostics
            {
                void Dump(Citizen citizen)
                {
                    Debug.WriteLine({|DS0001:citizen.Email|});
                    Trace.TraceInformation("Citizen {0}", {|DS0001:citizen.Nir|});
                    Debug.Assert(citizen.IsActive, {|DS0001:citizen.FullName|});
                    Console.Error.WriteLine({|DS0001:citizen.Email|});
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Debug.WriteLine' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is written to a log by 'Trace.TraceInformation' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is written to a log by 'Debug.Assert' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is written to a log by 'Console.TextWriter.WriteLine' without pseudonymisation");
    }

    [Fact]
    public async Task LoggerMessage_Define_delegate()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using Microsoft.Extensions.Logging;

            static class Log
            {
                public static readonly Action<ILogger, string, Exception?> Registered =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Registered {Email}");
            }

            class RegistrationService(ILogger<RegistrationService> logger)
            {
                void Register(Citizen citizen)
                {
                    Log.Registered(logger, {|DS0001:citizen.Email|}, null);
                    Log.Registered(logger, citizen.Municipality, null);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Registered' without pseudonymisation");
    }

    [Fact]
    public async Task LoggerMessage_attribute_method()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            using Microsoft.Extensions.Logging;

            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Registered {Email}")]
                public static partial void Registered(ILogger logger, string email);

                public static partial void Registered(ILogger logger, string email) { }
            }

            class RegistrationService(ILogger<RegistrationService> logger)
            {
                void Register(Citizen citizen)
                {
                    Log.Registered(logger, {|DS0001:citizen.Email|});
                    Log.Registered(logger, citizen.Municipality);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Log.Registered' without pseudonymisation");
    }

    [Fact]
    public async Task User_sink_with_DataSink_attribute()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Audit
            {
                public void Write([DataSink(DataSinkKind.Log)] string entry, int code) { }
                public void Export([DataSink(DataSinkKind.Export)] object record) { }
                public void Tag([DataSink(DataSinkKind.Telemetry)] string value) { }
            }

            class RegistrationService(Audit audit)
            {
                void Register(Citizen citizen)
                {
                    audit.Write({|DS0001:$"registered {citizen.Email}"|}, 1);
                    audit.Export({|DS0002:citizen.Nir|});
                    audit.Tag({|DS0005:citizen.FullName|});
                    audit.Write(citizen.Municipality, 2);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is written to a log by 'Audit.Write' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is exported by 'Audit.Export' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is sent to telemetry by 'Audit.Tag' without pseudonymisation");
    }
}
