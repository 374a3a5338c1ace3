namespace DiplomacyNlp.Events;

/// <summary>The part a participant plays in an event.</summary>
public enum ArgumentRole
{
    /// <summary>A symmetric participant (calls, bilateral meetings).</summary>
    Participant,
    /// <summary>The party that travels to the other.</summary>
    Visitor,
    /// <summary>The party that receives a visit.</summary>
    Host,
    /// <summary>A party to an agreement.</summary>
    Signatory,
    /// <summary>The authority that designates or appoints.</summary>
    Designator,
    /// <summary>The person, group or state designated or appointed.</summary>
    Designee,
    /// <summary>The party that convenes a meeting.</summary>
    Convener,
}
