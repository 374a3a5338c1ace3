using DiplomacyNlp.Events.Patterns;

namespace DiplomacyNlp.Events;

/// <summary>
/// The library's own Call, Meeting, Agreement and Designation rules, written in the public token-pattern language
/// (so the four types test the machinery users extend). One partial file per type holds its trigger lexicon and
/// patterns; this file holds the shared word lists and helpers.
/// </summary>
internal static partial class BuiltInEventPatterns
{
    /// <summary>Adds every built-in pattern to <paramref name="builder"/>.</summary>
    public static void AddTo(EventPatternBuilder builder)
    {
        AddCall(builder);
        AddMeeting(builder);
        AddAgreement(builder);
        AddDesignation(builder);
    }

    /// <summary>Nouns that name a formal agreement.</summary>
    internal static readonly string[] AgreementNouns =
    [
        "agreement", "agreements", "accord", "accords", "deal", "deals", "pact", "pacts", "treaty", "treaties", "memorandum", "memoranda",
        "memorandums", "mou", "mous", "protocol", "protocols", "convention", "framework", "frameworks", "charter", "declaration", "declarations",
        "communique", "communiqué", "understanding", "arrangement", "arrangements", "roadmap", "road-map", "truce", "ceasefire", "ceasefires",
        "cease-fire", "armistice", "compact", "agreement-in-principle",
    ];

    /// <summary>Words a noun-phrase gap between a verb and its object may not contain (clause breaks, new verbs of opposition).</summary>
    internal static readonly string[] GapStoppers =
    [
        ".", ";", ":", "!", "?", "that", "which", "who", "urging", "calling", "demanding", "criticizing", "criticising", "against", "rejecting",
        "opposing", "protesting", "after", "before", "because", "while", "but", "said", "says", "and", "or", "to", "\u2014", "\u2013", "(", ")",
    ];

    /// <summary>Determiners and possessives before a noun.</summary>
    internal static readonly string[] NounDeterminers = ["a", "an", "the", "this", "that", "their", "his", "her", "its", "our", "another"];

    /// <summary>Up to <paramref name="max"/> tokens inside a noun phrase (no clause break, no new verb of opposition).</summary>
    internal static TokenPatternBuilder NounGap(this TokenPatternBuilder p, int max) =>
        p.Repeat(0, max, q => q.Unit(u => u.Any().NotWord(GapStoppers)), greedy: false);

    /// <summary>Up to <paramref name="max"/> tokens of a noun phrase that names a party (a designee), stopping at "as", clause breaks and commas.</summary>
    internal static TokenPatternBuilder DesigneeSpan(this TokenPatternBuilder p, int max) =>
        p.Repeat(1, max, q => q.Unit(u => u.Any().NotWord("as", ".", ";", ":", ",", "!", "?", "from", "to", "on", "by", "in", "after", "because", "for", "\u2014", "(", ")", "that", "which")));
}
