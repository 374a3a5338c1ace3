namespace DiplomacyNlp.Events;

/// <summary>How a trigger sits in its clause, which decides where its arguments are looked for.</summary>
public enum TriggerForm
{
    /// <summary>Decided per occurrence: a noun after a determiner, possessive or adjective ("the visit", "Whitmore's visit"), otherwise a verb.</summary>
    Auto,
    /// <summary>A verb: arguments are its subject, object and "with"/"between"/"by" phrases ("met", "spoke by phone").</summary>
    Verb,
    /// <summary>A noun: arguments come from its modifiers, its "with"/"between"/"of"/"by" phrases and a governing verb ("held talks", "during the meeting").</summary>
    Noun,
}
