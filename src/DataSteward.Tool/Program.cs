using System;
using DataSteward.Tool.Cli;

namespace DataSteward.Tool;

/// <summary>The <c>datasteward</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => ToolCommands.Run(args, Console.Out, Console.Error);
}
