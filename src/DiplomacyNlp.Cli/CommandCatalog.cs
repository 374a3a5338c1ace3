using System.CommandLine;

namespace DiplomacyNlp.Cli;

/// <summary>Commands beyond <c>extract</c>; each feature adds its command here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Extra()
    {
        yield return TrainCommand.Create();
        yield return EvalCommand.Create();
        yield return EvalActorsCommand.Create();
    }
}
