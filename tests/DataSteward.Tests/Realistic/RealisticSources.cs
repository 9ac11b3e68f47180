namespace DataSteward.Tests.Realistic;

/// <summary>Model code shared by the realistic tests: an annotated resident register, as a team would write it.</summary>
internal static class RealisticSources
{
    public const string ResidentModel = """

        public sealed class Resident
        {
            public int Id { get; set; }

            [DataSteward.PersonalData(DataSteward.PersonalDataKind.Name)]
            public string FirstName { get; set; } = "";

            [DataSteward.PersonalData(DataSteward.PersonalDataKind.Name)]
            public string LastName { get; set; } = "";

            [DataSteward.PersonalData(DataSteward.PersonalDataKind.ContactDetails)]
            public string Email { get; set; } = "";

            [DataSteward.PersonalData(DataSteward.PersonalDataKind.NationalIdentifier)]
            public string Nir { get; set; } = "";

            [DataSteward.PersonalData(DataSteward.PersonalDataKind.DateOfBirth)]
            public System.DateOnly DateOfBirth { get; set; }

            public string District { get; set; } = "";

            public System.DateTime CreatedAt { get; set; }

            public string FullName => $"{FirstName} {LastName}";
        }

        public sealed record ResidentSummary(int Id, string District);

        public interface IResidentRepository
        {
            System.Threading.Tasks.Task<Resident?> FindAsync(int id, System.Threading.CancellationToken ct);

            System.Threading.Tasks.Task<System.Collections.Generic.List<Resident>> ListAsync(string district, System.Threading.CancellationToken ct);
        }

        """;

    public static Task Verify(string usings, string code, params string[] messages) =>
        Rules.FlowVerifier.VerifyAsync(usings + ResidentModel + code, messages);
}
