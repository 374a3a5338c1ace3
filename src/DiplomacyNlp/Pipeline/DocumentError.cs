namespace DiplomacyNlp.Pipeline;

/// <summary>Why one document of a batch could not be analyzed.</summary>
/// <param name="ExceptionType">The full name of the exception type (for example <c>DiplomacyNlp.Pipeline.DocumentTooLargeException</c>).</param>
/// <param name="Message">The exception's message, which names what to fix.</param>
public sealed record DocumentError(string ExceptionType, string Message)
{
    /// <summary>Describes an exception.</summary>
    public static DocumentError From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new DocumentError(exception.GetType().FullName ?? exception.GetType().Name, exception.Message);
    }

    /// <inheritdoc />
    public override string ToString() => $"{ExceptionType}: {Message}";
}
