using DiplomacyNlp.Events.Patterns;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Events;

/// <summary>One sentence-level mention of an event while it is being read: the pattern match and the arguments, status, date and place found for it.</summary>
internal sealed class EventMention
{
    public EventMention(EventPattern pattern, PatternMatch match, int sentence)
    {
        Pattern = pattern;
        Match = match;
        Sentence = sentence;
        (TriggerStart, TriggerEnd) = match.Trigger;
        Confidence = pattern.Confidence;
        Kind = pattern.Kind;
    }

    public EventPattern Pattern { get; }

    public PatternMatch Match { get; }

    /// <summary>Index of the sentence.</summary>
    public int Sentence { get; }

    public int TriggerStart { get; }

    public int TriggerEnd { get; }

    /// <summary>True when the trigger is read as a noun.</summary>
    public bool IsNoun { get; set; }

    /// <summary>First token of the trigger's noun phrase (determiner, modifiers), or the trigger start for verbs.</summary>
    public int PhraseStart { get; set; }

    /// <summary>True for a passive verb ("was received by").</summary>
    public bool IsPassive { get; set; }

    /// <summary>True for a definite or demonstrative noun phrase without participants of its own ("the call", "this meeting"): it may refer back.</summary>
    public bool IsDefinite { get; set; }

    /// <summary>True for a generic or habitual mention ("hold meetings regularly").</summary>
    public bool IsGeneric { get; set; }

    public List<ArgumentCandidate> Participants { get; } = new();

    public TimeMatch? Date { get; set; }

    public EventLocation? Location { get; set; }

    public EventStatus Status { get; set; }

    public string? Kind { get; set; }

    public string? Category { get; set; }

    public double Confidence { get; set; }

    /// <summary>The cues that fired, for <see cref="Event.Rule"/>.</summary>
    public List<string> Cues { get; } = new();

    /// <summary>The mention's trigger span in characters.</summary>
    public Text.SourceSpan TriggerSpan(EventDocument doc) => doc.SpanOf(TriggerStart, TriggerEnd);

    /// <summary>Adds a participant unless one with the same identity is there; a specific role replaces <see cref="ArgumentRole.Participant"/>.</summary>
    public void AddParticipant(ArgumentCandidate candidate)
    {
        for (int i = 0; i < Participants.Count; i++)
        {
            if (Participants[i].Key == candidate.Key)
            {
                if (Participants[i].Role == ArgumentRole.Participant && candidate.Role != ArgumentRole.Participant) Participants[i] = candidate;
                return;
            }
        }
        Participants.Add(candidate);
    }
}

/// <summary>A participant found for a mention: the mention it came from (or a raw noun phrase), its identity and role.</summary>
internal sealed record ArgumentCandidate(string Key, string? Ref, string Name, string? Country, ArgumentRole Role, Text.SourceSpan Span, MentionKind Kind)
{
    public static ArgumentCandidate From(ParticipantMention m, ArgumentRole role) => new(m.Key, m.Ref, m.Name, m.Country, role, m.Span, m.Kind);

    public EventParticipant ToParticipant() => new() { Ref = Ref, Name = Name, Role = Role, Country = Country, Span = Span };
}
