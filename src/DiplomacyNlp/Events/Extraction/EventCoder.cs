namespace DiplomacyNlp.Events;

/// <summary>
/// Assigns interoperability codes (CAMEO code; PLOVER category and mode) to an event, from its type, kind, status,
/// roles and place:
/// <list type="bullet">
/// <item>Call: CAMEO 041 (discuss by telephone), PLOVER CONSULT/phone (PLOVER's phone mode covers any remote medium).</item>
/// <item>Meeting: a visit 042 (make a visit) or, when framed from the host's side ("hosted", "received"), 043 (host a visit),
/// CONSULT/visit; a meeting in a country that is no participant's own 044 (meet at a third location), CONSULT/third-party;
/// a summit or a meeting of more than two parties 040, CONSULT/multilateral; otherwise 040 CONSULT.</item>
/// <item>Planned or proposed calls and meetings: 036 (express intent to meet or negotiate), AGREE (PLOVER codes future
/// meetings as intent).</item>
/// <item>Agreement: signed or reached 057 (sign formal agreement), SUPPORT; a joint statement or commitment 030 (express
/// intent to cooperate), AGREE; a commitment to meet 036, AGREE.</item>
/// <item>Designation: listing 172 (impose administrative sanctions), COERCE/ban; persona non grata 166 (expel), SANCTION/expel;
/// delisting 081 (ease administrative sanctions), CONCEDE; appointments have no code.</item>
/// <item>Negated and hypothetical events have no code: nothing happened.</item>
/// </list>
/// The choices are this library's own, made from the CAMEO code list and the PLOVER codebook (both MIT-licensed).
/// </summary>
internal static class EventCoder
{
    public static EventCodes Code(EventType type, string? kind, EventStatus status, IReadOnlyList<ArgumentCandidate> participants, EventLocation? location,
        bool hostFramed, string? category, bool meetIntent)
    {
        if (status is EventStatus.Negated or EventStatus.Hypothetical) return new EventCodes(null, null, null);
        bool future = status is EventStatus.Planned or EventStatus.Proposed;
        if (type == EventType.Call)
        {
            return future ? new EventCodes("036", "AGREE", null) : new EventCodes("041", "CONSULT", "phone");
        }
        if (type == EventType.Meeting)
        {
            if (future) return new EventCodes("036", "AGREE", null);
            if (kind == nameof(MeetingKind.Visit)) return new EventCodes(hostFramed ? "043" : "042", "CONSULT", "visit");
            if (kind is nameof(MeetingKind.Summit) or nameof(MeetingKind.Multilateral)) return new EventCodes("040", "CONSULT", "multilateral");
            if (IsThirdLocation(participants, location)) return new EventCodes("044", "CONSULT", "third-party");
            return new EventCodes("040", "CONSULT", null);
        }
        if (type == EventType.Agreement)
        {
            if (meetIntent) return new EventCodes("036", "AGREE", null);
            if (future) return new EventCodes("030", "AGREE", null);
            return kind is nameof(AgreementKind.Signed) or nameof(AgreementKind.Reached)
                ? new EventCodes("057", "SUPPORT", null)
                : new EventCodes("030", "AGREE", null);
        }
        if (type == EventType.Designation)
        {
            if (future) return new EventCodes(null, null, null);
            if (kind == nameof(DesignationKind.Delisting)) return new EventCodes("081", "CONCEDE", null);
            if (kind == nameof(DesignationKind.Listing))
            {
                return category is not null && category.Contains("non grat", StringComparison.OrdinalIgnoreCase)
                    ? new EventCodes("166", "SANCTION", "expel")
                    : new EventCodes("172", "COERCE", "ban");
            }
        }
        return new EventCodes(null, null, null);
    }

    private static bool IsThirdLocation(IReadOnlyList<ArgumentCandidate> participants, EventLocation? location)
    {
        if (location?.Country is null) return false;
        int known = 0;
        foreach (var p in participants)
        {
            if (p.Country is null) return false;
            if (string.Equals(p.Country, location.Country, StringComparison.OrdinalIgnoreCase)) return false;
            known++;
        }
        return known >= 2;
    }
}
