namespace DataSteward.Analyzers.Sinks;

/// <summary>How a sink turns an object into output, which decides which of its members leak.</summary>
internal enum SinkRendering
{
    /// <summary>The value's text: <c>ToString()</c> of an object (a record prints its members, a plain class its type name).</summary>
    Text,

    /// <summary>A message template (<c>{Name}</c> is text, <c>{@Name}</c> destructures the object).</summary>
    Template,

    /// <summary>A serialiser: every member it writes, to any depth.</summary>
    Serialised,
}
