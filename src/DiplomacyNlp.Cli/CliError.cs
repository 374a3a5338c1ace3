namespace DiplomacyNlp.Cli;

/// <summary>A user-facing error: printed as one line on stderr, never with a stack trace.</summary>
internal sealed class CliError : Exception
{
    public CliError(string message) : base(message)
    {
    }
}
