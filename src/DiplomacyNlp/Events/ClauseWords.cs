using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Closed-class English words the event rules read clauses with: auxiliaries and modals, negation, control verbs
/// ("agreed to", "plans to"), reporting verbs, title words that precede a name, light verbs that govern a noun
/// trigger ("held talks"), and the cue words of event status. All lookups are hashed, case-insensitive and
/// allocation-free.
/// </summary>
internal static class ClauseWords
{
    private static SpanStringSet Set(params string[] words) => new(words, ignoreCase: true);

    /// <summary>Verbs of travel whose purpose clause ("to meet …") shares their subject.</summary>
    public static readonly SpanStringSet MotionVerbs = new(
    [
        "travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies", "flew", "flying", "flown", "go", "goes", "went",
        "head", "heads", "headed", "heading", "come", "comes", "came", "coming", "arrive", "arrives", "arrived", "arriving", "return",
        "returns", "returned", "returning", "stop", "stops", "stopped", "visit", "visits", "visited", "visiting",
    ], ignoreCase: true);

    /// <summary>Auxiliaries, modals and adverbs that may sit between a subject and its verb ("has also", "will not").</summary>
    public static readonly SpanStringSet VerbFillers = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "\u2019s", "\u2019re", "has", "have", "had", "'ve", "'d", "\u2019ve", "\u2019d", "will", "'ll", "\u2019ll", "would", "shall", "should",
        "can", "could", "may", "might", "must", "did", "does", "do", "not", "n't", "never", "also", "then", "later", "jointly", "both", "all", "each",
        "again", "already", "reportedly", "allegedly", "finally", "formally", "officially", "separately", "briefly", "privately", "publicly",
        "recently", "previously", "subsequently", "yet", "still", "just", "first", "last", "once", "twice", "personally", "directly", "together",
        "successfully", "eventually", "initially", "earlier", "today", "yesterday", "ultimately", "quickly", "secretly", "swiftly", "wo", "ca",
        "reluctantly", "unanimously", "tentatively", "provisionally", "virtually", "only", "even", "now", "soon", "to", "scheduled", "expected",
        "set", "due", "planning", "plans", "plan", "planned", "going", "agreed", "decided", "hope", "hopes", "hoped", "want", "wants", "wanted", "intend",
        "intends", "intended", "offered", "promised", "pledged", "refused", "declined", "failed", "sought", "seeks", "seek", "tried", "try", "tries",
        "aim", "aims", "aimed", "prepared", "preparing", "arranged", "vowed", "expects", "expect", "agree", "agrees", "decide", "decides", "wish",
        "wishes", "wished", "proposed", "propose", "proposes", "continue", "continued", "continues", "able", "unable", "likely", "unlikely", "about",
        "slated", "poised", "ready", "willing", "eager", "keen", "need", "needs", "needed", "began", "begin", "begins", "started", "start", "starts",
        "reaffirmed", "reiterated", "renewed", "committed", "commit", "commits");

    /// <summary>Verbs that take an infinitive complement whose subject is theirs ("agreed to meet", "plans to visit").</summary>
    public static readonly SpanStringSet ControlVerbs = Set(
        "agreed", "agree", "agrees", "decided", "decide", "decides", "plans", "plan", "planned", "planning", "scheduled", "expected", "expects",
        "set", "due", "going", "hope", "hopes", "hoped", "want", "wants", "wanted", "intend", "intends", "intended", "offered", "offer", "offers",
        "promised", "pledged", "refused", "declined", "failed", "sought", "seeks", "seek", "tried", "try", "tries", "aim", "aims", "aimed",
        "prepared", "preparing", "arranged", "vowed", "wish", "wishes", "wished", "proposed", "propose", "proposes", "continue", "continued",
        "continues", "able", "unable", "likely", "unlikely", "slated", "poised", "ready", "willing", "eager", "keen", "need", "needs", "needed",
        "began", "begin", "begins", "started", "start", "starts", "is", "are", "was", "were", "invited", "invite", "invites", "asked", "urged",
        "called", "committed", "commit", "commits", "reaffirmed");

    /// <summary>Words that report speech or thought and open a complement clause.</summary>
    public static readonly SpanStringSet ReportingVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "stated", "states", "announced", "announces", "noted", "notes", "stressed", "stresses",
        "emphasized", "emphasised", "underlined", "explained", "wrote", "writes", "tweeted", "posted", "claimed", "claims", "confirmed", "confirms",
        "insisted", "argued", "warned", "reported", "reports", "recalled", "acknowledged", "indicated", "declared", "according", "recognized",
        "highlighted", "clarified", "believes", "believe", "thinks", "think", "hopes", "expects");

    /// <summary>Determiners, possessives and quantifiers that can start a noun phrase.</summary>
    public static readonly SpanStringSet Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my", "your", "both", "another", "any", "every",
        "each", "no", "first", "second", "third", "latest", "last", "next", "previous", "recent", "two", "three", "several", "further", "new");

    /// <summary>Words of role titles that precede or form part of a name ("Foreign Minister", "U.S. Secretary of State", "her counterpart").</summary>
    public static readonly SpanStringSet TitleWords = Set(
        "president", "presidents", "vice", "prime", "minister", "ministers", "secretary", "secretaries", "foreign", "affairs", "defense", "defence",
        "interior", "state", "chancellor", "premier", "king", "queen", "prince", "crown", "emir", "sheikh", "ambassador", "ambassadors", "envoy",
        "envoys", "special", "deputy", "assistant", "undersecretary", "under", "senator", "sen.", "rep.", "representative", "gov.", "governor",
        "general", "gen.", "admiral", "adm.", "chief", "head", "leader", "leaders", "spokesperson", "spokesman", "spokeswoman", "counterpart",
        "counterparts", "top", "diplomat", "official", "director", "commissioner", "high", "mr.", "mrs.", "ms.", "dr.", "president-elect", "mayor",
        "lawmaker", "congressman", "congresswoman", "treasury", "trade", "finance", "security", "national", "homeland", "attorney", "justice",
        "economy", "commerce", "energy", "health", "senior", "former", "acting", "incoming", "outgoing", "new", "his", "her", "their", "its",
        "the", "a", "an", "both", "then", "sr.", "jr.", "chairman", "chairwoman", "chair", "commander", "colonel", "col.", "lt.", "sgt.", "capt.",
        "pm", "fm", "minister-counsellor", "consul", "chargé", "charge", "d'affaires", "adviser", "advisor", "coordinator", "delegate", "delegation",
        "mission", "permanent", "u.n.", "un", "nato", "eu", "government", "counsel", "first", "lady", "sultan", "ayatollah", "supreme", "federal",
        "cabinet", "chief-of-staff", "staff", "of", "for", "'s", "’s");

    /// <summary>Verbs that make a noun trigger an event of their subject ("held talks", "attended the summit", "issued a joint statement").</summary>
    public static readonly SpanStringSet LightVerbs = Set(
        "held", "hold", "holds", "holding", "had", "have", "has", "having", "conducted", "conduct", "attended", "attend", "attends", "attending",
        "joined", "join", "joins", "convened", "convene", "convenes", "hosted", "host", "hosts", "hosting", "chaired", "chair", "chairs",
        "issued", "issue", "issues", "issuing", "released", "release", "releases", "adopted", "adopt", "adopts", "signed", "sign", "signs",
        "signing", "concluded", "conclude", "reached", "reach", "reaches", "announced", "announce", "announces", "made", "make", "paid", "pay",
        "pays", "paying", "began", "begin", "begins", "opened", "open", "opens", "wrapped", "completed", "resumed", "resume", "resumes",
        "started", "start", "ended", "end", "co-chaired", "co-hosted", "led", "lead", "leads", "sat", "engaged", "participated", "took",
        "take", "takes", "taking", "organized", "organised", "arranged", "scheduled", "planned", "requested", "proposed", "sought", "welcomed",
        "praised", "agreed", "struck", "sealed", "finalized", "finalised", "unveiled", "ratified", "approved", "inked", "clinched", "brokered",
        "negotiated", "forged", "reaffirmed", "cancelled", "canceled", "postponed", "scrapped", "delayed", "cut", "rescheduled", "made", "undertook", "began");

    /// <summary>Prepositions that, at the head of a sentence, put a noun trigger in a frame whose main subject takes part ("During the meeting, X said …").</summary>
    public static readonly SpanStringSet FramePrepositions = Set(
        "in", "during", "at", "after", "following", "before", "ahead", "on", "throughout", "amid", "since", "via", "over", "by", "through", "from");

    /// <summary>Words that close a clause to the left of a trigger (subordinators and relative markers).</summary>
    public static readonly SpanStringSet ClauseOpeners = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "because", "although", "though", "if", "unless", "as",
        "after", "before", "since", "once", "until", "whether", "but", "so", "yet", "however");

    /// <summary>Modals and words of possibility or condition.</summary>
    public static readonly SpanStringSet Hypothetical = Set(
        "could", "might", "may", "can", "would", "should", "possible", "possibly", "potential", "potentially", "perhaps", "maybe", "if",
        "unless", "whether", "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "wish", "wishes", "wished", "likely", "unlikely",
        "consider", "considers", "considering", "considered", "mull", "mulls", "mulling", "weigh", "weighs", "weighing", "seek", "seeks",
        "seeking", "sought", "try", "tries", "trying", "tried", "aim", "aims", "aiming", "eager", "keen", "willing", "ready", "open", "hypothetical",
        "would-be", "prospective", "prospect", "idea");

    /// <summary>Words of proposal or request.</summary>
    public static readonly SpanStringSet Proposal = Set(
        "proposed", "propose", "proposes", "proposing", "proposal", "suggested", "suggest", "suggests", "suggestion", "urged", "urge", "urges",
        "urging", "invited", "invite", "invites", "inviting", "invitation", "offered", "offer", "offers", "offering", "requested", "request",
        "requests", "requesting", "demanded", "demand", "demands", "demanding", "asked", "ask", "asks", "asking", "pushed", "push", "pushes",
        "pushing", "pressed", "press", "presses", "pressing", "called", "calls", "calling", "appealed", "appeal", "appeals", "appealing");

    /// <summary>Words of future or schedule.</summary>
    public static readonly SpanStringSet Future = Set(
        "will", "'ll", "shall", "wo", "upcoming", "forthcoming", "planned", "plans", "plan", "planning", "scheduled", "schedule", "expected",
        "expects", "expect", "set", "due", "slated", "poised", "next", "future", "coming", "later", "tomorrow", "prepare", "prepares",
        "preparing", "agreed", "agree", "agrees", "decided", "decide", "arranged", "arrange", "intends", "intend", "intended", "going",
        "pledged", "promised", "vowed", "to");

    /// <summary>Negation and refusal.</summary>
    public static readonly SpanStringSet Negation = Set(
        "not", "n't", "never", "no", "without", "refused", "refuse", "refuses", "refusing", "declined", "decline", "declines", "declining",
        "failed", "fail", "fails", "failing", "canceled", "cancelled", "cancel", "cancels", "called", "scrapped", "scrap", "scraps",
        "postponed", "rejected", "reject", "rejects", "denied", "deny", "denies", "ruled", "nor", "neither", "nothing", "none");

    /// <summary>Words of claim and hearsay ("reportedly", "allegedly").</summary>
    public static readonly SpanStringSet Reported = Set(
        "reportedly", "allegedly", "purportedly", "supposedly", "alleged", "claimed", "claims", "claim", "rumored", "rumoured", "unconfirmed",
        "unverified", "purported");

    /// <summary>Pronouns and nouns that refer back to two or more parties ("they", "both leaders", "the two ministers").</summary>
    public static readonly SpanStringSet PluralPersonNouns = Set(
        "leaders", "ministers", "secretaries", "presidents", "officials", "diplomats", "men", "women", "counterparts", "envoys", "sides",
        "delegations", "heads", "chiefs", "premiers", "chancellors", "parties", "negotiators", "delegates", "governments", "countries",
        "nations", "states", "allies", "neighbors", "neighbours", "partners", "capitals");

    /// <summary>Plural nouns that denote countries rather than people.</summary>
    public static readonly SpanStringSet CountryNouns = Set("governments", "countries", "nations", "states", "allies", "neighbors", "neighbours", "partners", "capitals", "sides");

    /// <summary>True when token <paramref name="i"/> is a word in <paramref name="set"/>.</summary>
    public static bool In(EventDocument doc, int i, SpanStringSet set) => (uint)i < (uint)doc.Tokens.Count && set.Contains(doc.W(i));

    /// <summary>True when token <paramref name="i"/> looks like a verb: tagged VB*, or untagged and in a verb list or shaped like a past form.</summary>
    public static bool IsVerbLike(EventDocument doc, int i)
    {
        if ((uint)i >= (uint)doc.Tokens.Count) return false;
        var t = doc.Tokens[i];
        if (t.Kind != TokenKind.Word) return false;
        var pos = t.Pos;
        if (pos != PartOfSpeech.None) return pos is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.MD;
        var w = doc.W(i);
        if (CommonVerbs.Contains(w)) return true;
        return w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !t.Has(TokenFlags.InitialUpper);
    }

    /// <summary>Frequent verbs of news text that carry no -ed ending (used when no part-of-speech tags are available).</summary>
    private static readonly SpanStringSet CommonVerbs = Set(
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
        "did", "does", "do", "said", "says", "say", "told", "met", "meets", "meet", "held", "holds", "hold", "spoke", "speaks", "speak", "made",
        "makes", "make", "took", "takes", "take", "went", "goes", "go", "came", "comes", "come", "gave", "gives", "give", "saw", "sees", "see",
        "sent", "sends", "send", "left", "leaves", "leave", "began", "begins", "sought", "seeks", "thought", "thinks", "knew", "knows", "found",
        "finds", "led", "leads", "brought", "brings", "kept", "keeps", "sat", "sits", "stood", "stands", "won", "wins", "lost", "loses", "paid",
        "pays", "struck", "strikes", "signs", "sign", "agrees", "agree", "visits", "visit", "hosts", "calls", "becomes", "became", "remains",
        "seems", "wants", "needs", "plans", "aims", "hopes", "expects", "includes", "marks", "comes", "stressed", "underscored");
}
