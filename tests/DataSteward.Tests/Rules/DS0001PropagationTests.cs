namespace DataSteward.Tests.Rules;

/// <summary>How personal data moves inside a method before it reaches a log: every propagation kind, and its clean look-alike.</summary>
public sealed class DS0001PropagationTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using DataSteward;
        using Register;

        """;

    private static Task Verify(string body, params string[] messages) =>
        FlowVerifier.VerifyAsync(Usings + "class Service(ILogger logger)\n{\n" + body + "\n}\n", messages);

    [Fact]
    public Task StringBuilder_append_then_ToString() => Verify("""
            void Run(Citizen citizen)
            {
                var builder = new StringBuilder();
                builder.Append("Citizen ").Append(citizen.Municipality);
                builder.AppendLine(citizen.Email);
                logger.LogInformation({|DS0001:builder.ToString()|});
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task StringBuilder_without_personal_data_is_clean() => Verify("""
            void Run(Citizen citizen)
            {
                var builder = new StringBuilder();
                builder.Append("Citizen ").Append(citizen.Municipality).Append(citizen.Email.Length);
                logger.LogInformation(builder.ToString());
                var control = new StringBuilder();
                control.Append("Citizen ").Append(citizen.Municipality).Append(citizen.Email);
                logger.LogInformation({|DS0001:control.ToString()|});
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task String_Format_Concat_and_Join() => Verify("""
            void Run(Citizen citizen, List<Citizen> all)
            {
                logger.LogInformation({|DS0001:string.Format("{0} <{1}>", citizen.FullName, citizen.Email)|});
                logger.LogInformation({|DS0001:string.Concat("NIR:", citizen.Nir)|});
                logger.LogInformation({|DS0001:string.Join(", ", all.Select(c => c.Email))|});
                logger.LogInformation(string.Join(", ", all.Select(c => c.Municipality)));
            }
        """,
        "'Citizen.FullName, Citizen.Email' (personal data: name; personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task String_transforms_keep_the_data() => Verify("""
            void Run(Citizen citizen)
            {
                logger.LogInformation({|DS0001:citizen.Email.ToUpperInvariant()|});
                logger.LogInformation({|DS0001:citizen.FullName.Trim().Substring(0, 3)|});
                logger.LogInformation({|DS0001:citizen.Nir.Replace(" ", "")|});
                logger.LogInformation({|DS0001:citizen.BirthDate.ToString("yyyy-MM-dd")|});
                logger.LogInformation({|DS0001:citizen.Email.Split('@')[1]|});
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.BirthDate' (personal data: date of birth) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Transforms_to_a_flag_or_a_count_are_clean() => Verify("""
            void Run(Citizen citizen, List<Citizen> all)
            {
                logger.LogInformation("{Valid}", citizen.Email.EndsWith(".fr"));
                logger.LogInformation("{At}", citizen.Email.IndexOf('@'));
                logger.LogInformation("{Count}", all.Count(c => c.Email.Length > 0));
                logger.LogInformation("{Any}", all.Any(c => c.Nir == "x"));
                logger.LogInformation("{Type}", citizen.GetType().Name);
                logger.LogInformation("{Domain}", {|DS0001:citizen.Email.Substring(citizen.Email.IndexOf('@'))|});
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Tuples_and_anonymous_objects_print_their_members() => Verify("""
            void Run(Citizen citizen)
            {
                var pair = (citizen.Email, citizen.Municipality);
                logger.LogInformation("{Pair}", {|DS0001:pair|});
                logger.LogInformation("{Item}", {|DS0001:pair.Email|});
                logger.LogInformation("{Place}", pair.Municipality);
                var shape = new { citizen.FullName, citizen.Municipality };
                logger.LogInformation("{Shape}", {|DS0001:shape|});
                logger.LogInformation("{Shape}", new { citizen.Id, citizen.Municipality });
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Collections_arrays_and_linq() => Verify("""
            void Run(Citizen citizen, List<Citizen> all)
            {
                var emails = all.Select(c => c.Email).ToList();
                logger.LogInformation("{First}", {|DS0001:emails.First()|});
                logger.LogInformation("{Some}", {|DS0001:emails[0]|});
                var names = new[] { citizen.FullName, "x" };
                logger.LogInformation("{Name}", {|DS0001:names[0]|});
                var found = all.Where(c => c.IsActive).Select(c => c.Nir).FirstOrDefault();
                logger.LogInformation("{Nir}", {|DS0001:found|});
                var places = all.Select(c => c.Municipality).Distinct().ToArray();
                logger.LogInformation("{Places}", string.Join(",", places));
                var list = new List<string>();
                list.Add(citizen.Email);
                logger.LogInformation("{Last}", {|DS0001:list.Last()|});
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Foreach_over_personal_values() => Verify("""
            void Run(List<Citizen> all)
            {
                foreach (var email in all.Select(c => c.Email))
                {
                    logger.LogInformation("{Email}", {|DS0001:email|});
                }

                foreach (var citizen in all)
                {
                    logger.LogInformation("{Place} {Email}", citizen.Municipality, {|DS0001:citizen.Email|});
                }
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Conditional_and_coalesce() => Verify("""
            void Run(Citizen citizen, string? fallback, bool useName)
            {
                logger.LogInformation("{Who}", {|DS0001:useName ? citizen.FullName : "anonymous"|});
                logger.LogInformation("{Who}", {|DS0001:fallback ?? citizen.Email|});
                logger.LogInformation("{Who}", useName ? "a" : "b");
                logger.LogInformation("{Who}", {|DS0001:citizen.Address?.Street|});
                logger.LogInformation("{Who}", citizen.Address?.City);
            }
        """,
        "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Address.Street' (personal data: postal address) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Switch_expression() => Verify("""
            string Describe(Citizen citizen, int mode) => mode switch
            {
                0 => citizen.Email,
                _ => citizen.Municipality,
            };

            void Run(Citizen citizen, int mode)
            {
                var label = mode switch { 1 => citizen.FullName, _ => "none" };
                logger.LogInformation("{Label}", {|DS0001:label|});
                logger.LogInformation("{Label}", {|DS0001:Describe(citizen, mode)|});
            }
        """,
        "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Await_and_tasks() => Verify("""
            Task<string> LoadEmailAsync(Citizen citizen) => Task.FromResult(citizen.Email);
            Task<string> LoadPlaceAsync(Citizen citizen) => Task.FromResult(citizen.Municipality);

            async Task Run(Citizen citizen)
            {
                var email = await LoadEmailAsync(citizen);
                logger.LogInformation("{Email}", {|DS0001:email|});
                var place = await LoadPlaceAsync(citizen);
                logger.LogInformation("{Place}", place);
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Lambdas_and_local_functions_that_capture() => Verify("""
            void Run(Citizen citizen, List<string> emails)
            {
                var nir = citizen.Nir;
                Action log = () => logger.LogInformation("{Nir}", {|DS0001:nir|});
                log();
                void Local() => logger.LogInformation("{Email}", {|DS0001:citizen.Email|});
                Local();
                // The elements' values are unknown, but the template names them: likely personal (issue 10, item 1).
                emails.ForEach(e => logger.LogInformation("{Email}", {|DS0101:e|}));
                var copy = citizen.Email;
                emails.ForEach(_ => logger.LogInformation("{Email}", {|DS0001:copy|}));
            }
        """,
        "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'e (as {Email})' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Elements_of_a_personal_collection_in_a_lambda() => Verify("""
            void Run(List<Citizen> all)
            {
                var emails = all.Select(c => c.Email).ToList();
                emails.ForEach(e => logger.LogInformation("{Email}", {|DS0001:e|}));
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Helper_method_summaries() => Verify("""
            static string Greeting(string name) => "Dear " + name.Trim();
            static string Constant(string name) => "Dear resident";
            string Label(Citizen citizen) => $"{citizen.FullName} ({citizen.Municipality})";

            void Run(Citizen citizen)
            {
                logger.LogInformation({|DS0001:Greeting(citizen.FullName)|});
                logger.LogInformation(Greeting(citizen.Municipality));
                logger.LogInformation(Constant(citizen.FullName));
                logger.LogInformation({|DS0001:Label(citizen)|});
            }
        """,
        "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.FullName' (personal data: name) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Recursive_helpers_terminate() => Verify("""
            static string Loop(string value, int n) => n == 0 ? value : Loop(value, n - 1);
            static string Ping(string value) => Pong(value);
            static string Pong(string value) => Ping(value);

            void Run(Citizen citizen)
            {
                logger.LogInformation({|DS0001:Loop(citizen.Email, 3)|});
                logger.LogInformation(Ping(citizen.Municipality));
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Dictionary_scope_state() => Verify("""
            void Run(Citizen citizen)
            {
                using var scope = logger.BeginScope({|DS0001:new Dictionary<string, object> { ["Email"] = citizen.Email, ["Place"] = citizen.Municipality }|});
                using var clean = logger.BeginScope(new Dictionary<string, object> { ["Place"] = citizen.Municipality });
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'ILogger.BeginScope' without pseudonymisation");

    [Fact]
    public Task Compound_assignment_and_deconstruction() => Verify("""
            void Run(Citizen citizen)
            {
                string text = "Citizen: ";
                text += citizen.Email;
                logger.LogInformation({|DS0001:text|});
                var (email, place) = (citizen.Email, citizen.Municipality);
                logger.LogInformation("{Email}", {|DS0001:email|});
                logger.LogInformation("{Place}", place);
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Value_overwritten_in_both_branches_is_clean() => Verify("""
            void Run(Citizen citizen, bool flag)
            {
                string label = citizen.Email;
                label = flag ? "a" : "b";
                logger.LogInformation("{Label}", label);
                string other;
                other = citizen.Nir;
                other = "none";
                logger.LogInformation("{Other}", other);
                string control = citizen.Email;
                control = flag ? control : "b";
                logger.LogInformation("{Control}", {|DS0001:control|});
            }

        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Reassignment_from_the_value_itself_keeps_the_data() => Verify("""
            void Run(Citizen citizen, bool flag)
            {
                string email = citizen.Email;
                email = email.Trim();
                logger.LogInformation("{Email}", {|DS0001:email|});
                string nir = citizen.Nir;
                nir = flag ? nir : "none";
                logger.LogInformation("{Nir}", {|DS0001:nir|});
                string place = citizen.Municipality;
                place = place.Trim();
                logger.LogInformation("{Place}", place);
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task StringBuilder_fluent_chain() => Verify("""
            void Run(Citizen citizen)
            {
                var builder = new StringBuilder();
                builder.Append("Citizen ").Append(citizen.Municipality).AppendLine(citizen.Nir);
                logger.LogInformation({|DS0001:builder.ToString()|});
                var clean = new StringBuilder();
                clean.Append("Citizen ").Append(citizen.Municipality).AppendLine(citizen.Id.ToString());
                logger.LogInformation(clean.ToString());
            }
        """,
        "'Citizen.Nir' (personal data: national identifier) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Value_assigned_in_a_loop_reaches_an_earlier_use() => Verify("""

            void Run(List<Citizen> all)
            {
                string last = "";
                for (int i = 0; i < all.Count; i++)
                {
                    logger.LogInformation("{Last}", {|DS0001:last|});
                    last = all[i].Email;
                }
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Pattern_variables_and_casts() => Verify("""
            void Run(object value, Citizen citizen)
            {
                object boxed = citizen.Email;
                if (boxed is string text)
                {
                    logger.LogInformation("{Text}", {|DS0001:text|});
                }

                logger.LogInformation("{Text}", {|DS0001:(string)boxed|});
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task StringBuilder_append_of_an_interpolated_string() => Verify("""
            void Run(Citizen citizen)
            {
                var builder = new StringBuilder();
                builder.AppendLine($"{citizen.Id};{citizen.Email}");
                logger.LogInformation({|DS0001:builder.ToString()|});
                var clean = new StringBuilder();
                clean.AppendLine($"{citizen.Id};{citizen.Municipality}");
                logger.LogInformation(clean.ToString());
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");

    [Fact]
    public Task Helper_that_forwards_its_parameter_to_a_log_is_reported_at_the_call() => Verify("""
            void Audit(string entry, int code) => logger.LogInformation("AUDIT {Code} {Entry}", code, entry);

            void Run(Citizen citizen)
            {
                Audit({|DS0001:$"updated {citizen.Email}"|}, 1);
                Audit($"updated {citizen.Municipality}", 2);
            }
        """,
        "'Citizen.Email' (personal data: contact) is written to a log by 'Service.Audit → LoggerExtensions.LogInformation' without pseudonymisation");
}
