namespace DiplomacyNlp.Events.Patterns;

/// <summary>
/// A token pattern or event pattern was defined in a way that cannot work: an empty slot, an empty or missing trigger,
/// a quantifier with impossible bounds. The message names what to fix.
/// </summary>
public sealed class PatternDefinitionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public PatternDefinitionException(string message) : base(message)
    {
    }
}
