namespace DataSteward.Tool.Checks;

/// <summary>The checks the map runs across projects (each one compares datasets that no single build sees together).</summary>
internal enum CheckKind
{
    /// <summary>Two projects publish a dataset with the same identifier.</summary>
    DuplicateIdentifier,

    /// <summary>Two projects publish a dataset with the same URI.</summary>
    DuplicateUri,

    /// <summary>An open dataset has a field that another project classifies as personal data, but it does not.</summary>
    OpenFieldPersonalElsewhere,

    /// <summary>The same kind of personal data is kept for different retention periods.</summary>
    RetentionDiffers,

    /// <summary>The same kind of personal data is processed under different legal bases.</summary>
    LegalBasisDiffers,
}
