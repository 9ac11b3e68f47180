using System.Collections.Immutable;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using DataSteward.Tests.Verification;

namespace DataSteward.Tests.Rules;

/// <summary>
/// Issue 10, item 5: a destructured or serialised value whose static type is polymorphic (a constrained type parameter,
/// an interface, an abstract or open class of this compilation) shows what the compilation's concrete types that can be
/// that value show, when the serialiser writes the run-time type. Each guard has its false friend next to a control
/// line that is reported.
/// </summary>
public sealed class PolymorphicDestructuringTests
{
    private const string Usings = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Text.Json;
        using DataSteward;
        using Microsoft.Extensions.Logging;

        namespace MediatR
        {
            public interface IRequest<out TResponse> { }
        }

        """;

    private const string Commands = """
        namespace Ordering
        {
            using MediatR;

            public record CreateOrderCommand(string UserName, string Street, string City, string CardHolderName, int Quantity) : IRequest<bool>;
            public record CancelOrderCommand(int OrderNumber) : IRequest<bool>;
            public record ShipOrderCommand(int OrderNumber, int Parcels) : IRequest<bool>;
        }

        """;

    private const string CommandMembers = "'CreateOrderCommand.UserName, CreateOrderCommand.Street, CreateOrderCommand.CardHolderName' looks like personal data (online identifier; postal address; name)";

    private static string Logged(string what, string sink = "LoggerExtensions.LogInformation") =>
        $"{what} and is written to a log by '{sink}' without pseudonymisation";

    [Fact]
    public async Task A_pipeline_behaviour_destructures_the_commands_that_satisfy_its_constraint()
    {
        await FlowVerifier.VerifyAsync(Usings + Commands + """
            namespace Ordering.Behaviors
            {
                using MediatR;

                public class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger) where TRequest : IRequest<TResponse>
                {
                    public TResponse Handle(TRequest request, Func<TResponse> next)
                    {
                        logger.LogInformation("Handling command {CommandName} ({@Command})", request!.GetType().Name, {|DS0101:request|});
                        TResponse response = next();
                        logger.LogInformation("Command {CommandName} handled - response: {@Response}", request.GetType().Name, response);
                        return response;
                    }
                }
            }
            """,
            Logged(CommandMembers));
    }

    [Fact]
    public async Task A_base_record_is_destructured_as_its_derived_events()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public record IntegrationEvent
            {
                public Guid Id { get; init; } = Guid.NewGuid();
                public DateTime CreationDate { get; init; } = DateTime.UtcNow;
            }

            public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, string OrderStatus, string BuyerName) : IntegrationEvent;
            public record OrderStockConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;

            class OrderingIntegrationEventService(ILogger<OrderingIntegrationEventService> logger)
            {
                public void Add(IntegrationEvent evt)
                {
                    logger.LogInformation("Enqueuing integration event {IntegrationEventId} to repository ({@IntegrationEvent})", evt.Id, {|DS0101:evt|});
                }

                public void Confirm(int orderId, bool paid, string buyerName)
                {
                    // Only the events created here flow to the log: the base's other derived events do not.
                    IntegrationEvent confirmed;
                    if (paid)
                    {
                        confirmed = new OrderStockConfirmedIntegrationEvent(orderId);
                    }
                    else
                    {
                        confirmed = new OrderStockConfirmedIntegrationEvent(-orderId);
                    }

                    logger.LogInformation("Publishing {@IntegrationEvent}", confirmed);
                    IntegrationEvent direct = paid ? new OrderStockConfirmedIntegrationEvent(orderId) : new OrderStatusChangedToPaidIntegrationEvent(orderId, "paid", buyerName);
                    logger.LogInformation("Publishing {@IntegrationEvent}", {|DS0101:direct|});
                }
            }
            """,
            Logged("'OrderStatusChangedToPaidIntegrationEvent.BuyerName' looks like personal data (name)"),
            Logged("'OrderStatusChangedToPaidIntegrationEvent.BuyerName, buyerName' looks like personal data (name)"));
    }

    [Fact]
    public async Task The_command_of_a_generic_wrapper_is_destructured_as_the_commands_it_can_hold()
    {
        await FlowVerifier.VerifyAsync(Usings + Commands + """
            namespace Ordering.Commands
            {
                using MediatR;

                public class IdentifiedCommand<T, R>(T command, Guid id) : IRequest<R> where T : IRequest<R>
                {
                    public T Command { get; } = command;
                    public Guid Id { get; } = id;
                }

                public class IdentifiedCommandHandler<T, R>(ILogger<IdentifiedCommandHandler<T, R>> logger) where T : IRequest<R>
                {
                    public void Handle(IdentifiedCommand<T, R> message)
                    {
                        var command = message.Command;
                        logger.LogInformation("Sending command: {CommandName} - {CommandId} ({@Command})", typeof(T).Name, message.Id, {|DS0101:command|});
                        logger.LogInformation("Received {@Message}", {|DS0101:message|});
                    }
                }
            }
            """,
            Logged(CommandMembers),
            Logged("'IdentifiedCommand.Command.UserName, IdentifiedCommand.Command.Street, IdentifiedCommand.Command.CardHolderName' looks like personal data (online identifier; postal address; name)"));
    }

    [Fact]
    public async Task An_interface_is_destructured_as_its_implementations_with_an_annotated_member_as_DS0001()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public interface IApplicantEvent { Guid CaseId { get; } }

            public sealed class ApplicantRegistered : IApplicantEvent
            {
                public Guid CaseId { get; init; }

                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; init; } = "";
            }

            class Journal(Serilog.ILogger log)
            {
                void Write(IApplicantEvent applicantEvent) => log.Information("Event {@Event}", {|DS0001:applicantEvent|});
            }
            """,
            "'ApplicantRegistered.Email' (personal data: contact) is written to a log by 'ILogger.Information' without pseudonymisation");
    }

    [Fact]
    public async Task A_value_created_here_of_a_type_that_does_not_bind_is_not_judged_by_its_declared_type()
    {
        // The build lacks the package that declares the created event: the declared base's other derived events are not
        // what flows there. The control line, a value from elsewhere, is still judged by the base's derived events.
        Compilation compilation = TestCompilation.Create([Usings + """
            public record IntegrationEvent { public Guid Id { get; init; } }
            public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, string BuyerName) : IntegrationEvent;

            class Publisher(ILogger<Publisher> logger)
            {
                public void Publish(int orderId, IntegrationEvent received)
                {
                    IntegrationEvent created = new OrderPaymentSucceededIntegrationEvent(orderId);
                    logger.LogInformation("Publishing {@IntegrationEvent}", created);
                    logger.LogInformation("Publishing {@IntegrationEvent}", received);
                }
            }
            """]);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0246");

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new PersonalDataFlowAnalyzer()],
            TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()));

        Diagnostic reported = Assert.Single(diagnostics, d => d.Id.StartsWith("DS", StringComparison.Ordinal));
        Assert.Equal("DS0101", reported.Id);
        Assert.Equal("received", reported.Location.SourceTree!.GetText().ToString(reported.Location.SourceSpan));
        Assert.Equal(Logged("'OrderStatusChangedToPaidIntegrationEvent.BuyerName' looks like personal data (name)"), reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_unconstrained_type_parameter_stays_silent()
    {
        await FlowVerifier.VerifyAsync(Usings + Commands + """
            class Tracer(ILogger<Tracer> logger)
            {
                public void Trace<T>(T value) => logger.LogInformation("Value {@Value}", value);
                public void TraceClass<T>(T value) where T : class, new() => logger.LogInformation("Value {@Value}", value);
                public void TraceRequest<T>(T value) where T : MediatR.IRequest<bool> => logger.LogInformation("Value {@Value}", {|DS0101:value|});
            }
            """,
            Logged(CommandMembers));
    }

    [Fact]
    public async Task Object_and_framework_interfaces_stay_silent_even_when_source_types_implement_them()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public interface IVisitorEvent { }

            public sealed class VisitorSession : IDisposable, IVisitorEvent
            {
                public string VisitorName { get; set; } = "";
                public void Dispose() { }
            }

            public sealed class VisitorBook : IEnumerable<string>
            {
                public string OwnerName { get; set; } = "";
                public IEnumerator<string> GetEnumerator() { yield break; }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            class Tracer(ILogger<Tracer> logger)
            {
                void Run(object value, IDisposable resource, IEnumerable items, IVisitorEvent visitorEvent)
                {
                    logger.LogInformation("{@Value}", value);
                    logger.LogInformation("{@Resource}", resource);
                    logger.LogInformation("{@Items}", items);
                    logger.LogInformation("{@Event}", {|DS0101:visitorEvent|});
                }

                void Disposing<T>(T value) where T : IDisposable => logger.LogInformation("{@Value}", value);
            }
            """,
            Logged("'VisitorSession.VisitorName' looks like personal data (name)"));
    }

    [Fact]
    public async Task A_sealed_type_or_a_class_without_source_subtypes_is_rendered_as_it_is()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed class Ticket { public int Id { get; set; } }
            public class Batch { public int Count { get; set; } }
            public class Parcel { public int Weight { get; set; } }
            public sealed class SignedParcel : Parcel { public string RecipientName { get; set; } = ""; }

            class Tracer(ILogger<Tracer> logger)
            {
                void Run(Ticket ticket, Batch batch, Parcel parcel)
                {
                    logger.LogInformation("{@Ticket}", ticket);
                    logger.LogInformation("{@Batch}", batch);
                    logger.LogInformation("{@Parcel}", {|DS0101:parcel|});
                }
            }
            """,
            Logged("'SignedParcel.RecipientName' looks like personal data (name)"));
    }

    [Fact]
    public async Task A_constructed_base_is_satisfied_only_by_types_deriving_from_that_construction()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public abstract class InboundMessage<T> { public T? Data { get; set; } }
            public sealed class SessionMessage : InboundMessage<string> { public string UserName { get; set; } = ""; }

            class Tracer(ILogger<Tracer> logger)
            {
                void Run(InboundMessage<object> stub, InboundMessage<string> session)
                {
                    logger.LogInformation("{@Message}", stub);
                    logger.LogInformation("{@Message}", {|DS0101:session|});
                }
            }
            """,
            Logged("'SessionMessage.UserName' looks like personal data (online identifier)"));
    }

    [Fact]
    public async Task A_base_whose_derived_types_carry_only_ids_and_counts_stays_silent()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public abstract record StockEvent(Guid Id);
            public sealed record StockReserved(Guid Id, int ProductId, int Units) : StockEvent(Id);
            public sealed record StockReleased(Guid Id, int ProductId) : StockEvent(Id);

            public abstract record CustomerEvent(Guid Id);
            public sealed record CustomerMoved(Guid Id, string CustomerAddress) : CustomerEvent(Id);

            class Tracer(ILogger<Tracer> logger)
            {
                void Run(StockEvent stock, CustomerEvent customer)
                {
                    logger.LogInformation("{@Stock}", stock);
                    logger.LogInformation("{@Customer}", {|DS0101:customer|});
                }
            }
            """,
            Logged("'CustomerMoved.CustomerAddress' looks like personal data (postal address)"));
    }

    [Fact]
    public async Task A_serialiser_that_writes_the_declared_type_is_not_widened_but_writes_a_type_parameter_as_its_binding()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public abstract class Notice { public int Number { get; set; } }
            public sealed class ResidentNotice : Notice
            {
                [PersonalData(PersonalDataKind.Name)]
                public string ResidentName { get; set; } = "";
            }

            class Exporter
            {
                string Json(Notice notice) => JsonSerializer.Serialize(notice);
                string Bound<TNotice>(TNotice notice) where TNotice : Notice => JsonSerializer.Serialize({|DS0002:notice|});
                string Json(Notice notice, int indent) => Newtonsoft.Json.JsonConvert.SerializeObject({|DS0002:notice|});
            }
            """,
            "'ResidentNotice.ResidentName' (personal data: name) is exported by 'JsonSerializer.Serialize' without pseudonymisation",
            "'ResidentNotice.ResidentName' (personal data: name) is exported by 'JsonConvert.SerializeObject' without pseudonymisation");
    }

    [Fact]
    public async Task A_base_with_more_candidates_than_the_bound_stays_silent()
    {
        var derived = new System.Text.StringBuilder();
        for (int i = 0; i < 33; i++)
        {
            derived.Append("public sealed class Step").Append(i).Append(" : IStep { public int Order { get; set; } }\n");
        }

        await FlowVerifier.VerifyAsync(Usings + """
            public interface IStep { }
            public sealed class SignStep : IStep { public string ApplicantName { get; set; } = ""; }

            public interface IReview { }
            public sealed class SignReview : IReview { public string ApplicantName { get; set; } = ""; }

            class Tracer(ILogger<Tracer> logger)
            {
                void Run(IStep step, IReview review)
                {
                    logger.LogInformation("{@Step}", step);
                    logger.LogInformation("{@Review}", {|DS0101:review|});
                }
            }

            """ + derived,
            Logged("'SignReview.ApplicantName' looks like personal data (name)"));
    }

    // A solution's shared project, referenced as an assembly: the base types are metadata, the derived ones are source.
    private const string EventBusLibrary = """
        namespace EventBus
        {
            public record IntegrationEvent
            {
                public System.Guid Id { get; init; }
            }

            public interface INotification { }

            public interface IAuditable { }
        }
        """;

    [Fact]
    public async Task A_library_base_is_destructured_as_the_source_types_deriving_from_it()
    {
        var test = new AnalyzerTest(new DataSteward.Analyzers.Rules.PersonalDataFlowAnalyzer());
        test.ExtraReferences.Add(Library("EventBus", EventBusLibrary));
        test.Sources.Add("using EventBus;\n" + Usings + """
            public record OrderStatusChangedToShippedIntegrationEvent(int OrderId, string BuyerName) : IntegrationEvent;
            public record UserRegistered(string UserEmail) : INotification;
            public sealed class ApplicantNotFoundException(string applicantName) : Exception { public string ApplicantName { get; } = applicantName; }
            public sealed class AuditTrail(ILogger<AuditTrail> logger)
            {
                public void Publish(IntegrationEvent evt) => logger.LogInformation("Publishing {@IntegrationEvent}", {|DS0101:evt|});
                public void Notify<T>(T notification) where T : INotification => logger.LogInformation("Notifying {@Notification}", {|DS0101:notification|});
                public void Audit<T>(T entry) where T : IAuditable => logger.LogInformation("Auditing {@Entry}", entry);
                public void Framework(Exception exception) => logger.LogInformation("Failed {@Exception}", exception);
            }
            """);
        test.Sources.Add(Models.Source);
        test.ExpectedMessages.Add(Logged("'OrderStatusChangedToShippedIntegrationEvent.BuyerName' looks like personal data (name)"));
        test.ExpectedMessages.Add(Logged("'UserRegistered.UserEmail' looks like personal data (contact)"));
        await test.RunAsync();
    }

    private static MetadataReference Library(string name, string source)
    {
        Compilation library = TestCompilation.Create([source]).WithAssemblyName(name);
        using var image = new System.IO.MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
