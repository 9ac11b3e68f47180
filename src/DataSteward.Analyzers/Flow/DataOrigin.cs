using DataSteward.Analyzers.Classification;

namespace DataSteward.Analyzers.Flow;

/// <summary>
/// Where a value's personal data comes from: a classified member (<c>Citizen.Email</c>), parameter (<c>email</c>)
/// or method, with its classification. <see cref="ParameterOrdinal"/> is set only while a method summary is
/// computed: it stands for "whatever the caller passes as this argument".
/// </summary>
internal sealed record DataOrigin(string Display, DataClassification Classification, int ParameterOrdinal = -1)
{
    public bool IsParameterPlaceholder => ParameterOrdinal >= 0;

    public static DataOrigin ForParameter(int ordinal) => new("#" + ordinal, DataClassification.None, ordinal);
}
