using System;

namespace DataSteward;

/// <summary>
/// Marks a method whose return value is safe whatever flows into it: a user-written pseudonymiser,
/// anonymiser or redactor. DataSteward treats its result as clean, and its code fixes offer to wrap
/// a leaking value in a call to it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class PseudonymiserAttribute : Attribute
{
}
