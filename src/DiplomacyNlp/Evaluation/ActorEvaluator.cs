using System.Text;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Evaluation;

/// <summary>
/// Scores the pipeline's actors (people, roles, organizations, countries) against sentences whose event source and
/// target actors are marked (the Multi-CoPED format read by <see cref="MulticopedReader"/>). Add sentences, then call
/// <see cref="Report"/>. Not thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Gold spans.</b> Each gold string is located in the sentence by ordinal search, first verbatim, then ignoring
/// whitespace (the file often writes "Air Force ( NAF )" for "Air Force (NAF)"); the first occurrence is used. Gold strings
/// that cannot be located are skipped and counted; two gold strings at the same place count once.</para>
/// <para><b>Actor mentions.</b> The library's actor mentions are the distinct spans of its Person, Role, Organization and
/// Nationality entities, its Location entities that are countries (the text is a country name in
/// <see cref="LexiconSet.Countries"/> or the span is a mention of a country cluster), and every mention of its person,
/// organization and country clusters (including mentions without an entity, such as pronouns).</para>
/// <para><b>Detection.</b> A gold span is detected when an actor mention overlaps it (shares at least one character);
/// it is detected inside when an actor mention lies entirely inside it. Recall = detected / located gold spans.</para>
/// <para><b>Precision</b> = actor mentions that overlap some located gold span / all actor mentions. The gold marks only
/// the actors of one event per sentence, so a correct mention of any other actor counts against precision: this is a
/// lower bound.</para>
/// <para><b>Head word.</b> The head of a gold span is its last word that starts with an upper-case letter and is not a
/// determiner, quantifier or honorific ("the", "A", "Mr.") and not inside parentheses: "Rex Tillerson" gives "Tillerson",
/// "the last ISIS group bastion" gives "ISIS", "Amnesty International (AI)" gives "International". Spans without such a word ("a car bomb") have no head and are left out. The head is covered
/// when some actor mention that overlaps the gold span contains the head word.</para>
/// <para><b>Titles.</b> A gold span has a title when a run of 1–6 of its words is a title of <see cref="LexiconSet.Titles"/>
/// (case-insensitive, longest run wins; the single words general, major, chief, justice, cardinal, representative,
/// delegate, marshal and speaker count only when capitalized). Such a span gets a role when a Role entity or a person's
/// role overlaps it; the role is linked when some person of the result holds it (a role of <c>Person.Roles</c> overlaps
/// the span or is that Role entity). The role's country is the linked person-role's country, else the Role entity's.
/// The span names a country when a run of 1–4 of its words is a country name or demonym in
/// <see cref="LexiconSet.Countries"/>; the country is correct when it is the first country so named. The sector is the
/// person-role's sector, else the Role entity's; it agrees when it equals the lexicon sector of the span's title.</para>
/// <para><b>Events.</b> For sentences of a cooperation class (class name containing "cooperation"): the share with at least
/// one event, the share of those events' participants whose span overlaps a gold span, and the share of gold spans that
/// some participant overlaps. Events in the other sentences are counted too (the four built-in event types are all
/// cooperative, so these are mostly false alarms or neutral calls and meetings).</para>
/// </remarks>
public sealed class ActorEvaluator
{
    private static readonly HashSet<string> NonHeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "several",
        "many", "few", "both", "each", "every", "another", "other", "all", "any", "no", "at", "least", "most", "more", "of",
        "and", "or", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "'s", "’s",
    };

    private static readonly HashSet<string> LowercaseNonTitles = new(StringComparer.Ordinal)
    {
        "general", "major", "chief", "justice", "cardinal", "representative", "delegate", "marshal", "speaker",
    };

    private const int MaxTitleWords = 6;
    private const int MaxCountryWords = 4;

    private readonly DiplomacyPipeline? _pipeline;
    private readonly LexiconSet _lexicons;
    private readonly int _maxExamples;
    private readonly Dictionary<ActorErrorKind, List<ActorErrorExample>> _examples = new();
    private readonly Dictionary<ActorErrorKind, int> _errorCounts = new();
    private readonly SortedDictionary<string, int> _sectors = new(StringComparer.Ordinal);
    private readonly Counts _c = new();

    /// <summary>Creates an evaluator.</summary>
    /// <param name="pipeline">The pipeline to run (default: <see cref="DiplomacyText.DefaultPipeline"/>).</param>
    /// <param name="lexicons">The lexicons that find titles and countries in gold spans (default: <see cref="LexiconSet.Default"/>).</param>
    /// <param name="maxExamplesPerKind">How many error examples of each <see cref="ActorErrorKind"/> to keep.</param>
    public ActorEvaluator(DiplomacyPipeline? pipeline = null, LexiconSet? lexicons = null, int maxExamplesPerKind = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxExamplesPerKind);
        _pipeline = pipeline;
        _lexicons = lexicons ?? LexiconSet.Default;
        _maxExamples = maxExamplesPerKind;
    }

    /// <summary>Analyzes the sentence with the pipeline and adds it.</summary>
    public AnalysisResult Add(ActorGoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var result = DiplomacyText.Analyze(sentence.Text, pipeline: _pipeline);
        Add(sentence, result);
        return result;
    }

    /// <summary>Adds a sentence with the result the library produced for exactly its text.</summary>
    public void Add(ActorGoldSentence sentence, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(result);
        if (!string.Equals(sentence.Text, result.Text, StringComparison.Ordinal))
            throw new ArgumentException("The result is not the analysis of the sentence's text.", nameof(result));
        _c.Sentences++;
        string text = sentence.Text;
        var mentions = ActorMentions(result);

        var gold = new List<SourceSpan>();
        foreach (var (span, _) in sentence.AllSpans())
        {
            _c.GoldListed++;
            var located = Locate(text, span, out bool loose);
            if (located is not { } g)
            {
                _c.GoldNotFound++;
                continue;
            }
            if (gold.Contains(g))
            {
                _c.GoldDuplicate++;
                continue;
            }
            if (loose) _c.GoldLoose++;
            gold.Add(g);
        }
        _c.Gold += gold.Count;

        foreach (var g in gold) ScoreGoldSpan(sentence, result, mentions, g);

        foreach (var (span, label) in mentions)
        {
            _c.Predicted++;
            bool matched = false;
            foreach (var g in gold)
            {
                if (g.Overlaps(span))
                {
                    matched = true;
                    break;
                }
            }
            if (matched) _c.PredictedMatched++;
            else Example(ActorErrorKind.Unmatched, sentence, result.GetText(span), label);
        }

        ScoreEvents(sentence, result, gold);
    }

    private void ScoreGoldSpan(ActorGoldSentence sentence, AnalysisResult result, List<(SourceSpan Span, string Label)> mentions, SourceSpan g)
    {
        string goldText = result.GetText(g);
        bool overlap = false, inside = false;
        foreach (var (span, _) in mentions)
        {
            if (!span.Overlaps(g)) continue;
            overlap = true;
            if (g.Contains(span)) inside = true;
        }
        if (overlap) _c.Detected++;
        else Example(ActorErrorKind.Missed, sentence, goldText, Describe(mentions, null));
        if (inside) _c.DetectedInside++;

        var tokens = TokensIn(result, g);
        if (HeadWord(result, tokens) is { } head)
        {
            _c.HeadApplicable++;
            bool covered = false;
            foreach (var (span, _) in mentions)
            {
                if (span.Overlaps(g) && span.Contains(head))
                {
                    covered = true;
                    break;
                }
            }
            if (covered) _c.HeadCovered++;
            else Example(ActorErrorKind.HeadMissed, sentence, goldText, $"head '{result.GetText(head)}'; overlapping: {Describe(mentions, g)}");
        }

        if (FindTitle(result.Text, tokens) is not { } title) return;
        _c.Titled++;
        Entity? roleEntity = null;
        foreach (var e in result.Entities)
        {
            if (e.Type == EntityType.Role && e.Span.Overlaps(g))
            {
                roleEntity = e;
                break;
            }
        }
        People.PersonRole? personRole = null;
        foreach (var p in result.People)
        {
            foreach (var r in p.Roles)
            {
                if (r.Span.Overlaps(g) || (roleEntity is not null && r.EntityId == roleEntity.Id))
                {
                    personRole = r;
                    break;
                }
            }
            if (personRole is not null) break;
        }
        string? named = NamedCountry(result.Text, tokens);
        if (named is not null) _c.NamingCountry++;
        if (roleEntity is null && personRole is null)
        {
            Example(ActorErrorKind.NoRole, sentence, goldText, $"title '{title.Text}'; overlapping: {Describe(mentions, g)}");
            return;
        }
        _c.WithRole++;
        if (personRole is not null) _c.Linked++;
        else Example(ActorErrorKind.Unlinked, sentence, goldText, $"Role '{roleEntity!.Text}' held by no person; overlapping: {Describe(mentions, g)}");
        string? country = personRole?.Country ?? roleEntity?.Country;
        string sector = personRole?.Sector ?? roleEntity?.Sector ?? "(none)";
        _sectors[sector] = _sectors.GetValueOrDefault(sector) + 1;
        if (string.Equals(sector, title.Sector, StringComparison.Ordinal)) _c.SectorAgrees++;
        if (named is null)
        {
            if (country is not null) _c.CountryWithoutName++;
            return;
        }
        if (country is null)
        {
            Example(ActorErrorKind.NoCountry, sentence, goldText, $"names {named}; role '{personRole?.Title ?? roleEntity!.Text}' has no country");
            return;
        }
        _c.CountryGiven++;
        if (string.Equals(country, named, StringComparison.Ordinal)) _c.CountryCorrect++;
        else Example(ActorErrorKind.WrongCountry, sentence, goldText, $"names {named}; role '{personRole?.Title ?? roleEntity!.Text}' has {country}");
    }

    private void ScoreEvents(ActorGoldSentence sentence, AnalysisResult result, List<SourceSpan> gold)
    {
        if (!sentence.IsCooperation)
        {
            _c.OtherSentences++;
            if (result.Events.Count > 0) _c.OtherWithEvent++;
            return;
        }
        _c.CooperationSentences++;
        if (result.Events.Count > 0) _c.CooperationWithEvent++;
        else Example(ActorErrorKind.NoEvent, sentence, sentence.Text, "no event");
        var participantSpans = new List<SourceSpan>();
        foreach (var ev in result.Events)
        {
            foreach (var p in ev.Participants)
            {
                _c.Participants++;
                participantSpans.Add(p.Span);
                foreach (var g in gold)
                {
                    if (g.Overlaps(p.Span))
                    {
                        _c.ParticipantsMatched++;
                        break;
                    }
                }
            }
        }
        foreach (var g in gold)
        {
            _c.CooperationGold++;
            foreach (var p in participantSpans)
            {
                if (g.Overlaps(p))
                {
                    _c.CooperationGoldCovered++;
                    break;
                }
            }
        }
    }

    /// <summary>The scores so far, with the kept error examples.</summary>
    public ActorEvaluationReport Report()
    {
        var c = _c;
        var examples = new List<ActorErrorExample>();
        foreach (ActorErrorKind kind in Enum.GetValues<ActorErrorKind>())
        {
            if (_examples.TryGetValue(kind, out var list)) examples.AddRange(list);
        }
        return new ActorEvaluationReport
        {
            Sentences = c.Sentences,
            GoldListed = c.GoldListed,
            GoldLocated = c.Gold,
            GoldLocatedIgnoringSpaces = c.GoldLoose,
            GoldNotFound = c.GoldNotFound,
            GoldDuplicates = c.GoldDuplicate,
            Detected = c.Detected,
            DetectedInside = c.DetectedInside,
            Predicted = c.Predicted,
            PredictedMatched = c.PredictedMatched,
            HeadApplicable = c.HeadApplicable,
            HeadCovered = c.HeadCovered,
            Titled = c.Titled,
            TitledWithRole = c.WithRole,
            RolesLinked = c.Linked,
            SectorAgrees = c.SectorAgrees,
            TitledNamingCountry = c.NamingCountry,
            CountryGiven = c.CountryGiven,
            CountryCorrect = c.CountryCorrect,
            CountryWithoutName = c.CountryWithoutName,
            Sectors = new SortedDictionary<string, int>(_sectors, StringComparer.Ordinal),
            CooperationSentences = c.CooperationSentences,
            CooperationWithEvent = c.CooperationWithEvent,
            OtherSentences = c.OtherSentences,
            OtherWithEvent = c.OtherWithEvent,
            Participants = c.Participants,
            ParticipantsMatched = c.ParticipantsMatched,
            CooperationGold = c.CooperationGold,
            CooperationGoldCovered = c.CooperationGoldCovered,
            ErrorCounts = new SortedDictionary<ActorErrorKind, int>(_errorCounts),
            Examples = examples,
        };
    }

    /// <summary>
    /// Locates <paramref name="gold"/> in <paramref name="text"/>: verbatim first, then ignoring whitespace on both sides.
    /// Returns null when neither finds it.
    /// </summary>
    public static SourceSpan? Locate(string text, string gold, out bool ignoringSpaces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ignoringSpaces = false;
        string trimmed = gold.Trim();
        if (trimmed.Length == 0) return null;
        int at = text.IndexOf(trimmed, StringComparison.Ordinal);
        if (at >= 0) return new SourceSpan(at, trimmed.Length);
        var compact = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            compact.Append(text[i]);
            map.Add(i);
        }
        var needle = new StringBuilder(trimmed.Length);
        foreach (char ch in trimmed)
        {
            if (!char.IsWhiteSpace(ch)) needle.Append(ch);
        }
        at = compact.ToString().IndexOf(needle.ToString(), StringComparison.Ordinal);
        if (at < 0) return null;
        ignoringSpaces = true;
        return SourceSpan.FromBounds(map[at], map[at + needle.Length - 1] + 1);
    }

    private List<(SourceSpan Span, string Label)> ActorMentions(AnalysisResult result)
    {
        var list = new List<(SourceSpan, string)>();
        var seen = new HashSet<SourceSpan>();
        var countrySpans = new HashSet<SourceSpan>();
        foreach (var c in result.Countries)
        {
            foreach (var m in c.Mentions) countrySpans.Add(m.Span);
        }
        foreach (var e in result.Entities)
        {
            bool actor = e.Type switch
            {
                EntityType.Person or EntityType.Role or EntityType.Organization or EntityType.Nationality => true,
                EntityType.Location => countrySpans.Contains(e.Span) || _lexicons.Countries.TryGetByName(e.Text, out _),
                _ => false,
            };
            if (actor && seen.Add(e.Span)) list.Add((e.Span, Label(e)));
        }
        foreach (var p in result.People)
        {
            foreach (var m in p.Mentions)
            {
                if (seen.Add(m.Span)) list.Add((m.Span, $"person mention '{m.Text}' of {p.Name}"));
            }
        }
        foreach (var o in result.Organizations)
        {
            foreach (var m in o.Mentions)
            {
                if (seen.Add(m.Span)) list.Add((m.Span, $"organization mention '{m.Text}' of {o.Name}"));
            }
        }
        foreach (var c in result.Countries)
        {
            foreach (var m in c.Mentions)
            {
                if (seen.Add(m.Span)) list.Add((m.Span, $"country mention '{m.Text}' of {c.Code}"));
            }
        }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    private static string Label(Entity e)
    {
        var extra = new List<string>(2);
        if (e.Sector is not null) extra.Add(e.Sector);
        if (e.Country is not null) extra.Add(e.Country);
        return extra.Count == 0 ? $"{e.Type} '{e.Text}'" : $"{e.Type} '{e.Text}' ({string.Join(", ", extra)})";
    }

    private static string Describe(List<(SourceSpan Span, string Label)> mentions, SourceSpan? near)
    {
        var parts = new List<string>();
        foreach (var (span, label) in mentions)
        {
            if (near is { } g && !g.Overlaps(span)) continue;
            parts.Add(label);
        }
        if (parts.Count == 0) return near is null ? "no actor mention in the sentence" : "nothing overlapping";
        return string.Join("; ", parts);
    }

    private static List<Token> TokensIn(AnalysisResult result, SourceSpan g)
    {
        var list = new List<Token>();
        foreach (var t in result.Tokens)
        {
            if (t.Start >= g.End) break;
            if (g.Contains(t.Span)) list.Add(t);
        }
        return list;
    }

    private static SourceSpan? HeadWord(AnalysisResult result, List<Token> tokens)
    {
        SourceSpan? head = null;
        int depth = 0;
        foreach (var token in tokens)
        {
            var word = token.AsSpan(result.Text);
            if (word.SequenceEqual("(")) depth++;
            else if (word.SequenceEqual(")")) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && word.Length > 0 && char.IsUpper(word[0]) && !NonHeadWords.Contains(word.ToString())) head = token.Span;
        }
        return head;
    }

    private readonly record struct TitleMatch(string Text, string Sector);

    private TitleMatch? FindTitle(string text, List<Token> tokens)
    {
        TitleMatch? best = null;
        int bestLength = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            for (int n = Math.Min(MaxTitleWords, tokens.Count - i); n >= 1; n--)
            {
                string window = Normalize(text, tokens[i].Start, tokens[i + n - 1].End);
                if (window.Length <= bestLength) continue;
                if (n == 1 && char.IsLower(window[0]) && LowercaseNonTitles.Contains(window)) continue;
                if (_lexicons.Titles.TryGet(window, out var info))
                {
                    best = new TitleMatch(window, info.Sector);
                    bestLength = window.Length;
                    break;
                }
            }
        }
        return best;
    }

    private string? NamedCountry(string text, List<Token> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            for (int n = Math.Min(MaxCountryWords, tokens.Count - i); n >= 1; n--)
            {
                string window = Normalize(text, tokens[i].Start, tokens[i + n - 1].End);
                if (_lexicons.Countries.TryGetByName(window, out var country) || _lexicons.Countries.TryGetByDemonym(window, out country))
                    return country.Iso3;
            }
        }
        return null;
    }

    private static string Normalize(string text, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    private void Example(ActorErrorKind kind, ActorGoldSentence sentence, string span, string found)
    {
        _errorCounts[kind] = _errorCounts.GetValueOrDefault(kind) + 1;
        if (_maxExamples == 0) return;
        if (!_examples.TryGetValue(kind, out var list)) _examples[kind] = list = new List<ActorErrorExample>();
        if (list.Count < _maxExamples) list.Add(new ActorErrorExample(kind, sentence.Id, sentence.Text, span, found));
    }

    private sealed class Counts
    {
        public int Sentences, GoldListed, Gold, GoldLoose, GoldNotFound, GoldDuplicate;
        public int Detected, DetectedInside, Predicted, PredictedMatched, HeadApplicable, HeadCovered;
        public int Titled, WithRole, Linked, SectorAgrees, NamingCountry, CountryGiven, CountryCorrect, CountryWithoutName;
        public int CooperationSentences, CooperationWithEvent, OtherSentences, OtherWithEvent, Participants, ParticipantsMatched;
        public int CooperationGold, CooperationGoldCovered;
    }
}
