namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// One hole of a message template, <c>{@Citizen}</c> or <c>{0:C}</c>: its span in the text parsed (<see cref="End"/>
/// exclusive, braces included), its name (<c>Citizen</c>, <c>0</c>) and where the name starts, whether it destructures its
/// argument (<c>@</c>), and its number when the name is a position (else -1).
/// </summary>
internal readonly record struct TemplateHole(int Start, int End, string Name, int NameStart, bool Destructures, int Number);
