namespace DataSteward.Analyzers.Flow;

/// <summary>How a call's result relates to the data flowing into it.</summary>
internal enum Propagation
{
    /// <summary>The result carries none of it: a flag, a count, an unknown library call.</summary>
    None,

    /// <summary>The result is derived from the receiver (<c>email.Trim()</c>, <c>list.First()</c>, <c>date.AddDays(1)</c>).</summary>
    Receiver,

    /// <summary>The result is derived from the arguments (<c>string.Format</c>, <c>Convert.ToBase64String</c>).</summary>
    Arguments,

    /// <summary>Both (<c>builder.Append(x)</c>, <c>email.Replace(a, b)</c>).</summary>
    ReceiverAndArguments,

    /// <summary>The elements of the first argument (<c>Where</c>, <c>First</c>, <c>OrderBy</c> as extension methods).</summary>
    Source,

    /// <summary>What the lambda returns for each element (<c>Select</c>, <c>SelectMany</c>).</summary>
    LambdaResult,

    /// <summary>The receiver's text: <c>ToString()</c>, which for a record prints its members.</summary>
    ReceiverText,

    /// <summary>The serialised form of the arguments (<c>JsonSerializer.Serialize(x)</c> used as a string).</summary>
    Serialised,

    /// <summary>A method of this compilation: its summary says which parameters and members reach its result.</summary>
    Summary,
}
