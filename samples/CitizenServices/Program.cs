using System;
using System.Text;
using CitizenServices.Privacy;
using CitizenServices.Registration;
using Microsoft.Extensions.Logging;

namespace CitizenServices;

internal static class Program
{
    private static int Main()
    {
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(options => options.SingleLine = true));

        // In production the key comes from a secret store and is never logged; the fallback is for this demo only.
        var key = Environment.GetEnvironmentVariable("CITIZENSERVICES_PSEUDONYM_KEY") is { Length: >= 32 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : Encoding.UTF8.GetBytes("demo key for the CitizenServices sample - not a secret");

        var service = new CitizenRegistrationService(
            loggerFactory.CreateLogger<CitizenRegistrationService>(),
            new CitizenPseudonyms(key),
            TimeProvider.System);

        service.Register(new RegistrationRequest("Jeanne", "Martin", "jeanne.martin@example.org", new DateOnly(1984, 3, 14), "284037512345678", "75011"));
        service.Register(new RegistrationRequest("Karim", "Benali", "karim.benali@example.org", new DateOnly(1991, 11, 2), "191117512345612", "75020"));

        Console.WriteLine($"{service.Count} residents registered.");
        return 0;
    }
}
