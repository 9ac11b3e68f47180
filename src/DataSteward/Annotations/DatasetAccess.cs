namespace DataSteward;

/// <summary>Who may access a dataset; maps to the EU access-right vocabulary in the catalogue.</summary>
public enum DatasetAccess
{
    /// <summary>Open data: published for anyone to reuse.</summary>
    Public = 0,

    /// <summary>Available under conditions: to other administrations, to authorised researchers.</summary>
    Restricted,

    /// <summary>Not published.</summary>
    NonPublic,
}
