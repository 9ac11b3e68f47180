using DataSteward.Analyzers.Infrastructure;

namespace DataSteward.Tests.Infrastructure;

/// <summary>How a list setting's value is cut into entries (the compiler has already stripped comments).</summary>
public sealed class SettingListTests
{
    [Theory]
    [InlineData("P:A.B.Mail, P:A.B.Tel", new[] { "P:A.B.Mail", "P:A.B.Tel" })]
    [InlineData("P:A.B.Mail,P:A.B.Tel", new[] { "P:A.B.Mail", "P:A.B.Tel" })]
    [InlineData("P:A.B.Mail P:A.B.Tel", new[] { "P:A.B.Mail", "P:A.B.Tel" })]
    [InlineData("P:A.B.Mail\nP:A.B.Tel\r\n\tP:A.B.Fax", new[] { "P:A.B.Mail", "P:A.B.Tel", "P:A.B.Fax" })]
    [InlineData(" , P:A.B.Mail ,, ", new[] { "P:A.B.Mail" })]
    [InlineData("M:A.J.Append(System.String,System.Int32), M:A.J.Flush", new[] { "M:A.J.Append(System.String,System.Int32)", "M:A.J.Flush" })]
    [InlineData("M:A.J.Put(System.Collections.Generic.Dictionary{System.String,System.Int32},System.String) T:A.J", new[] { "M:A.J.Put(System.Collections.Generic.Dictionary{System.String,System.Int32},System.String)", "T:A.J" })]
    [InlineData("M:A.J.Put(System.Int32[0:,0:],System.String),M:A.J.Get", new[] { "M:A.J.Put(System.Int32[0:,0:],System.String)", "M:A.J.Get" })]
    [InlineData("", new string[0])]
    public void Entries_are_separated_by_commas_and_white_space_outside_parameter_lists(string value, string[] expected) =>
        Assert.Equal(expected, SettingList.Split(value));

    [Fact]
    public void An_unbalanced_parameter_list_keeps_the_rest_in_one_entry_rather_than_inventing_ids()
    {
        // DS0901 then names the whole broken entry, which is what the user must fix.
        Assert.Equal(["M:A.J.Put(System.String, M:A.J.Get"], SettingList.Split("M:A.J.Put(System.String, M:A.J.Get"));
    }
}
