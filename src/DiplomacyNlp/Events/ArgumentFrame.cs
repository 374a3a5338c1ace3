namespace DiplomacyNlp.Events;

/// <summary>The argument roles a trigger assigns to its subject and its object.</summary>
public enum ArgumentFrame
{
    /// <summary>Everyone is a <see cref="ArgumentRole.Participant"/> (calls, meetings, talks).</summary>
    Symmetric,
    /// <summary>The subject visits (<see cref="ArgumentRole.Visitor"/>); the object or destination hosts (<see cref="ArgumentRole.Host"/>).</summary>
    Visit,
    /// <summary>The subject hosts or receives (<see cref="ArgumentRole.Host"/>); the object visits (<see cref="ArgumentRole.Visitor"/>).</summary>
    Host,
    /// <summary>The subject convenes (<see cref="ArgumentRole.Convener"/>); "with"/"between" parties are participants.</summary>
    Convene,
    /// <summary>Every party is a <see cref="ArgumentRole.Signatory"/>.</summary>
    Agreement,
    /// <summary>The subject (or "by" agent) designates (<see cref="ArgumentRole.Designator"/>); the object is the <see cref="ArgumentRole.Designee"/>.</summary>
    Designation,
}
