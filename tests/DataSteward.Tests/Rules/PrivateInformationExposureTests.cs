namespace DataSteward.Tests.Rules;

/// <summary>
/// The cases of CodeQL's C# test for exposure of private information (CWE-359, <c>cs/exposure-of-sensitive-information</c>,
/// the revision with the file writes), rewritten against stand-in declarations of System.Web and WinForms: five
/// alerts (a cookie set from a postcode query value, a cookie and a log line and a plain file with a telephone number, a
/// log line with a postcode text box) and no alert for the writer over a <c>CryptoStream</c>. Nothing is annotated: every
/// alert is name evidence (DS0101).
/// </summary>
public sealed class PrivateInformationExposureTests
{
    private const string StandIns = """
        namespace System.Web
        {
            public interface IHttpHandler { void ProcessRequest(HttpContext context); bool IsReusable { get; } }
            public sealed class HttpContext { public HttpRequest Request { get; } = new(); public HttpResponse Response { get; } = new(); }
            public sealed class HttpRequest { public System.Collections.Specialized.NameValueCollection QueryString { get; } = new(); }
            public sealed class HttpResponse { public HttpCookieCollection Cookies { get; } = new(); }
            public sealed class HttpCookieCollection { public HttpCookie this[string name] => new(); }
            public sealed class HttpCookie { public string Value { get; set; } = ""; }
        }

        namespace System.Windows.Forms
        {
            public class Control { public virtual string Text { get; set; } = ""; }
            public class TextBoxBase : Control { }
            public class TextBox : TextBoxBase { }
        }

        """;

    [Fact]
    public async Task All_five_alerts_and_a_clean_encrypted_writer()
    {
        await FlowVerifier.VerifyAsync("using System.IO;\nusing System.Security.Cryptography;\nusing System.Web;\n" + StandIns + """
            public class Person
            {
                public string getTelephone() => "";
            }

            class ILogger
            {
                public void Warn(string message) { }
            }

            public class PrivateInformationHandler : IHttpHandler
            {
                private System.Windows.Forms.TextBox postcode = new();

                public bool IsReusable => true;

                public void ProcessRequest(HttpContext ctx)
                {
                    ctx.Response.Cookies["MyCookie"].Value = {|DS0101:ctx.Request.QueryString["postcode"]|};
                    var person = new Person();
                    ctx.Response.Cookies["MyCookie"].Value = {|DS0101:person.getTelephone()|};

                    var logger = new ILogger();
                    logger.Warn({|DS0101:person.getTelephone()|});

                    using (var plain = File.Open("telephones.txt", FileMode.Create))
                    {
                        var writer = new StreamWriter(plain);
                        writer.Write({|DS0101:person.getTelephone()|});
                    }

                    using (var encrypted = File.Open("telephones.txt", FileMode.Create))
                    {
                        var writer = new StreamWriter(new CryptoStream(encrypted, Encryptor(), CryptoStreamMode.Write));
                        writer.Write(person.getTelephone());
                    }
                }

                void OnButtonClicked()
                {
                    new ILogger().Warn({|DS0101:postcode.Text|});
                }

                private static ICryptoTransform Encryptor() => Aes.Create().CreateEncryptor();
            }
            """,
            "'\"postcode\"' looks like personal data (postal address) and is exported by 'HttpCookie.set_Value' without pseudonymisation",
            "'Person.getTelephone()' looks like personal data (contact) and is exported by 'HttpCookie.set_Value' without pseudonymisation",
            "'Person.getTelephone()' looks like personal data (contact) and is written to a log by 'ILogger.Warn' without pseudonymisation",
            "'Person.getTelephone()' looks like personal data (contact) and is exported by 'StreamWriter.Write' without pseudonymisation",
            "'postcode.Text' looks like personal data (postal address) and is written to a log by 'ILogger.Warn' without pseudonymisation");
    }
}
