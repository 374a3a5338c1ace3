using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>Turns CoNLL sentences into training sentences for the POS and entity models.</summary>
public static class CorpusPreparation
{
    /// <summary>The Groningen Meaning Bank's entity labels mapped to the library's types (art, eve and nat become O).</summary>
    public static IReadOnlyDictionary<string, string> GmbEntityMap { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["per"] = "Person", ["org"] = "Organization", ["geo"] = "Location", ["gpe"] = "Nationality", ["tim"] = "Date", ["title"] = "Role",
    };

    /// <summary>The entity types of the shipped model, in tag-set order.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = ["Person", "Organization", "Location", "Nationality", "Date", "Role"];

    /// <summary>The Penn tag set of the POS model.</summary>
    public static TagSet PartOfSpeechTags { get; } = new(Enum.GetValues<PartOfSpeech>().Where(p => p != PartOfSpeech.None).Select(p => p.ToTag()).ToArray());

    /// <summary>Sentences for POS training; tokens with an unknown tag are tagged NN.</summary>
    public static List<TaggedSentence> ForPartOfSpeech(IEnumerable<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tags = PartOfSpeechTags;
        var list = new List<TaggedSentence>();
        foreach (var s in sentences)
        {
            var gold = new int[s.Words.Length];
            for (int i = 0; i < gold.Length; i++)
            {
                gold[i] = PartOfSpeechNames.TryParse(s.PosTags[i], out var p) ? tags.IndexOf(p.ToTag()) : tags.IndexOf("NN");
            }
            list.Add(TaggedSentence.FromWords(s.Words, null, gold));
        }
        return list;
    }

    /// <summary>
    /// Sentences for entity training: labels mapped through <paramref name="map"/> (unmapped types become O) and
    /// converted to BILOU; tokens get POS tags from <paramref name="posTagger"/> (as at run time) or from the corpus.
    /// </summary>
    public static List<TaggedSentence> ForEntities(IEnumerable<ConllSentence> sentences, TagSet tags, IReadOnlyDictionary<string, string> map, PartOfSpeechTagger? posTagger)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(map);
        var list = new List<TaggedSentence>();
        foreach (var s in sentences)
        {
            var labels = new string[s.Words.Length];
            for (int i = 0; i < labels.Length; i++)
            {
                var l = s.Labels[i];
                labels[i] = l.Length > 2 && l[1] == '-' && map.TryGetValue(l[2..], out var type) ? l[..2] + type : "O";
            }
            BilouScheme.FromIob2(labels);
            var gold = new int[labels.Length];
            for (int i = 0; i < gold.Length; i++)
            {
                int idx = tags.IndexOf(labels[i]);
                gold[i] = idx < 0 ? 0 : idx;
            }
            PartOfSpeech[]? pos = null;
            if (posTagger is null)
            {
                pos = new PartOfSpeech[s.Words.Length];
                for (int i = 0; i < pos.Length; i++) pos[i] = PartOfSpeechNames.TryParse(s.PosTags[i], out var p) ? p : PartOfSpeech.NN;
            }
            var sentence = TaggedSentence.FromWords(s.Words, pos, gold);
            if (posTagger is not null)
            {
                var tagged = new PartOfSpeech[sentence.Tokens.Length];
                posTagger.Tag(sentence.Text, sentence.Tokens, 0, sentence.Tokens.Length, tagged);
                for (int i = 0; i < tagged.Length; i++) sentence.Tokens[i] = sentence.Tokens[i].WithPos(tagged[i]);
            }
            list.Add(sentence);
        }
        return list;
    }

    /// <summary>
    /// Adds casing variants so that headlines and shouting do not break the model: a fraction of the sentences in
    /// capitals and a fraction in lowercase (same labels). Deterministic for a seed.
    /// </summary>
    public static List<TaggedSentence> WithCaseVariants(IReadOnlyList<TaggedSentence> sentences, double upperFraction, double lowerFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var rng = new Random(seed);
        var list = new List<TaggedSentence>(sentences);
        foreach (var s in sentences)
        {
            double r = rng.NextDouble();
            if (r < upperFraction) list.Add(Recase(s, upper: true));
            else if (r < upperFraction + lowerFraction) list.Add(Recase(s, upper: false));
        }
        return list;
    }

    private static TaggedSentence Recase(TaggedSentence s, bool upper)
    {
        var text = upper ? s.Text.ToUpperInvariant() : s.Text.ToLowerInvariant();
        var tokens = new Token[s.Tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = s.Tokens[i];
            var flags = TokenShape.ComputeFlags(text.AsSpan(t.Start, t.Length), t.Kind) | (t.Flags & TokenFlags.SentenceStart);
            tokens[i] = new Token(t.Start, t.Length, t.Kind, flags, t.Pos);
        }
        return new TaggedSentence(text, tokens, s.Tags);
    }
}
