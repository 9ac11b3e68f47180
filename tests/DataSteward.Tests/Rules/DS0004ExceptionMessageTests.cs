namespace DataSteward.Tests.Rules;

public sealed class DS0004ExceptionMessageTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using DataSteward;
        using Register;

        """;

    [Fact]
    public async Task Exception_messages_built_from_personal_data()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            public sealed class CitizenNotFoundException(string message) : Exception(message);

            class Service
            {
                void Run(Citizen citizen)
                {
                    if (citizen.IsActive)
                    {
                        throw new InvalidOperationException({|DS0004:$"Citizen {citizen.Email} is already registered"|});
                    }

                    throw new CitizenNotFoundException({|DS0004:"No citizen with NIR " + citizen.Nir|});
                }

                void Validate(Citizen citizen)
                {
                    throw new ArgumentException({|DS0004:$"Invalid e-mail {citizen.Email}"|}, nameof(citizen));
                }

                void Range(Citizen citizen)
                {
                    throw new ArgumentOutOfRangeException(nameof(citizen), {|DS0004:citizen.BirthDate|}, "Too young");
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is put in an exception message by 'new InvalidOperationException' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is put in an exception message by 'new CitizenNotFoundException' without pseudonymisation",
            "'Citizen.Email' (personal data: contact) is put in an exception message by 'new ArgumentException' without pseudonymisation",
            "'Citizen.BirthDate' (personal data: date of birth) is put in an exception message by 'new ArgumentOutOfRangeException' without pseudonymisation");
    }

    [Fact]
    public async Task Exception_data()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service
            {
                void Run(Citizen citizen)
                {
                    var exception = new InvalidOperationException("Registration failed");
                    exception.Data["email"] = {|DS0004:citizen.Email|};
                    exception.Data.Add("nir", {|DS0004:citizen.Nir|});
                    exception.Data["municipality"] = citizen.Municipality;
                    throw exception;
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is put in an exception message by 'Exception.Data' without pseudonymisation",
            "'Citizen.Nir' (personal data: national identifier) is put in an exception message by 'Exception.Data' without pseudonymisation");
    }

    [Fact]
    public async Task Clean_exception_messages()
    {
        await FlowVerifier.VerifyAsync(Usings + """
            class Service
            {
                void Run(Citizen citizen)
                {
                    if (citizen.Email.Length == 0)
                    {
                        throw new ArgumentException("E-mail is required", nameof(citizen.Email));
                    }

                    if (!citizen.IsActive)
                    {
                        throw new KeyNotFoundException({|DS0004:$"No citizen {citizen.Email} in {citizen.Municipality}"|});
                    }

                    throw new KeyNotFoundException($"No citizen {citizen.Id} in {citizen.Municipality}");
                }
            }
            """,
            "'Citizen.Email' (personal data: contact) is put in an exception message by 'new KeyNotFoundException' without pseudonymisation");

    }
}
