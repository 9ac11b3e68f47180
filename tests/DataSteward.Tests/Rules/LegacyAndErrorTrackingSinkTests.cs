namespace DataSteward.Tests.Rules;

/// <summary>
/// Issue 10, items 7 and 8: legacy ASP.NET (System.Web) and desktop forms, Sentry and Application Insights, matched by
/// metadata name; tested with stand-in declarations in the real namespaces (the frameworks are not referenced here).
/// </summary>
public sealed class LegacyAndErrorTrackingSinkTests
{
    private const string SystemWeb = """
        namespace System.Web
        {
            public sealed class HttpCookie
            {
                public HttpCookie(string name, string value) { }
                public string Value { get; set; } = "";
            }

            public sealed class HttpCookieCollection
            {
                public HttpCookie this[string name] => new HttpCookie(name, "");
                public void Add(HttpCookie cookie) { }
            }

            public sealed class HttpResponse
            {
                public HttpCookieCollection Cookies { get; } = new();
                public void Write(string s) { }
                public void AppendHeader(string name, string value) { }
            }

            public sealed class HttpRequest
            {
                public System.Collections.Specialized.NameValueCollection QueryString { get; } = new();
                public System.Collections.Specialized.NameValueCollection Form { get; } = new();
            }
        }

        namespace System.Windows.Forms
        {
            public class Control { public virtual string Text { get; set; } = ""; }
            public class TextBoxBase : Control { }
            public class TextBox : TextBoxBase { }
            public class Label : Control { }
        }

        """;

    [Fact]
    public async Task System_Web_cookies_headers_and_body_are_exports()
    {
        await FlowVerifier.VerifyAsync("using System.Web;\nusing Register;\n" + SystemWeb + """

            class Handler
            {
                void Process(HttpRequest request, HttpResponse response, Citizen citizen)
                {
                    response.Cookies.Add(new HttpCookie("user", {|DS0002:citizen.Email|}));
                    response.Cookies["last"].Value = {|DS0101:request.QueryString["email"]|};
                    response.Write({|DS0101:"Bonjour " + request.Form["nom"]|});
                    response.AppendHeader("X-Citizen", {|DS0002:citizen.FullName|});
                    response.Write("Page " + request.QueryString["page"]);
                    response.AppendHeader("X-Version", citizen.Municipality);
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is exported by 'new HttpCookie' without pseudonymisation",
            "'\"email\"' looks like personal data (contact) and is exported by 'HttpCookie.set_Value' without pseudonymisation",
            "'\"nom\"' looks like personal data (name) and is exported by 'HttpResponse.Write' without pseudonymisation",
            "'Citizen.FullName' (personal data: name) is exported by 'HttpResponse.AppendHeader' without pseudonymisation");
    }

    [Fact]
    public async Task Desktop_text_controls_named_like_personal_data_are_sources()
    {
        await FlowVerifier.VerifyAsync("using System.Windows.Forms;\nusing Microsoft.Extensions.Logging;\n" + SystemWeb + """

            class CitizenForm(ILogger<CitizenForm> logger)
            {
                private readonly TextBox txtEmail = new();
                private readonly TextBox txtMunicipality = new();
                private readonly Label lblEmail = new();
                private TextBox NomTextBox { get; } = new();

                void Save()
                {
                    logger.LogInformation("Saving {Value}", {|DS0101:txtEmail.Text|});
                    logger.LogInformation("Saving {Value}", {|DS0101:NomTextBox.Text|});
                    logger.LogInformation("Saving {Value}", txtMunicipality.Text);
                    logger.LogInformation("Saving {Value}", lblEmail.Text);
                }
            }
            """,
            "'txtEmail.Text' looks like personal data (contact) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation",
            "'NomTextBox.Text' looks like personal data (name) and is written to a log by 'LoggerExtensions.LogInformation' without pseudonymisation");
    }

    private const string Sentry = """
        namespace Sentry
        {
            public sealed class User { public string? Email { get; set; } public string? Username { get; set; } public string? Id { get; set; } }

            public sealed class Scope
            {
                public User User { get; set; } = new();
                public void SetTag(string key, string value) { }
                public void SetExtra(string key, object? value) { }
            }

            public static class SentrySdk
            {
                public static void ConfigureScope(System.Action<Scope> configure) { }
                public static void CaptureMessage(string message) { }
            }
        }

        namespace Microsoft.ApplicationInsights
        {
            public sealed class TelemetryClient
            {
                public void TrackEvent(string eventName, System.Collections.Generic.IDictionary<string, string>? properties = null) { }
                public void TrackTrace(string message) { }
            }
        }

        """;

    [Fact]
    public async Task Sentry_and_Application_Insights_are_telemetry()
    {
        await FlowVerifier.VerifyAsync("using System.Collections.Generic;\nusing Microsoft.ApplicationInsights;\nusing Register;\n" + Sentry + """

            class Tracker(TelemetryClient telemetry)
            {
                void Track(Citizen citizen, string clientIp, int attempts)
                {
                    Sentry.SentrySdk.ConfigureScope(scope =>
                    {
                        scope.SetTag("client_ip", {|DS0101:clientIp|});
                        scope.SetExtra("attempts", attempts);
                        scope.User = {|DS0005:new Sentry.User { Email = citizen.Email, Id = citizen.Id.ToString() }|};
                    });
                    Sentry.SentrySdk.CaptureMessage({|DS0005:$"Login failed for {citizen.Email}"|});
                    Sentry.SentrySdk.CaptureMessage("Login failed");
                    telemetry.TrackEvent("Registered", {|DS0005:new Dictionary<string, string> { ["municipality"] = citizen.Municipality, ["nir"] = citizen.Nir }|});
                    telemetry.TrackTrace("Registered " + citizen.Municipality);
                }
            }
            """,
            "'clientIp' looks like personal data (online identifier) and is sent to telemetry by 'Scope.SetTag' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is sent to telemetry by 'Scope.set_User' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is sent to telemetry by 'SentrySdk.CaptureMessage' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is sent to telemetry by 'TelemetryClient.TrackEvent' without pseudonymisation");
    }
}
