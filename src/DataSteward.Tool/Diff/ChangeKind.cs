namespace DataSteward.Tool.Diff;

/// <summary>What changed in a dataset present in both maps: the facts a DPO reviews.</summary>
internal enum ChangeKind
{
    /// <summary>An existing field is now personal data.</summary>
    FieldBecamePersonal,

    /// <summary>An existing field is no longer personal data (declassified, or pseudonymised).</summary>
    FieldNoLongerPersonal,

    /// <summary>A personal field now holds another kind of data (e.g. contact → health).</summary>
    FieldCategoryChanged,

    /// <summary>A new field that holds personal data.</summary>
    PersonalFieldAdded,

    /// <summary>A field that held personal data is gone.</summary>
    PersonalFieldRemoved,

    /// <summary>The access level changed (public, restricted, non-public).</summary>
    AccessChanged,

    /// <summary>The retention period changed.</summary>
    RetentionChanged,

    /// <summary>The legal basis changed.</summary>
    LegalBasisChanged,
}
