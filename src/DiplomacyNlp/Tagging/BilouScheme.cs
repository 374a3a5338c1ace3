namespace DiplomacyNlp.Tagging;

/// <summary>
/// The BILOU encoding of entity spans (Begin, Inside, Last, Outside, Unit) and the transitions it allows:
/// B-X and I-X must be followed by I-X or L-X; a sequence may not start with I or L nor end with B or I.
/// </summary>
public static class BilouScheme
{
    /// <summary>Builds the tag set "O", then B/I/L/U for each type, in the order given.</summary>
    public static TagSet CreateTagSet(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var names = new List<string> { "O" };
        foreach (var t in types)
        {
            names.Add("B-" + t);
            names.Add("I-" + t);
            names.Add("L-" + t);
            names.Add("U-" + t);
        }
        return new TagSet(names);
    }

    /// <summary>True when the tag set is a BILOU set (first tag "O", then B/I/L/U groups).</summary>
    public static bool IsBilou(TagSet tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count < 5 || tags[0] != "O" || (tags.Count - 1) % 4 != 0) return false;
        for (int i = 1; i < tags.Count; i++)
        {
            char p = "BILU"[(i - 1) % 4];
            if (tags[i].Length < 3 || tags[i][0] != p || tags[i][1] != '-') return false;
        }
        return true;
    }

    /// <summary>The prefix letter of tag <paramref name="index"/> ('O', 'B', 'I', 'L' or 'U').</summary>
    public static char Prefix(int index) => index == 0 ? 'O' : "BILU"[(index - 1) % 4];

    /// <summary>The entity type number (0-based) of tag <paramref name="index"/>, or -1 for O.</summary>
    public static int TypeOf(int index) => index == 0 ? -1 : (index - 1) / 4;

    /// <summary>The tag index for a prefix and type number.</summary>
    public static int Tag(char prefix, int type) => prefix == 'O' ? 0 : 1 + type * 4 + "BILU".IndexOf(prefix, StringComparison.Ordinal);

    /// <summary>Allowed transitions from tag <paramref name="from"/> to tag <paramref name="to"/>.</summary>
    public static bool Allowed(int from, int to)
    {
        char pf = Prefix(from), pt = Prefix(to);
        bool open = pf is 'B' or 'I';
        if (open) return pt is 'I' or 'L' && TypeOf(from) == TypeOf(to);
        return pt is 'O' or 'B' or 'U';
    }

    /// <summary>True when a sequence may start with <paramref name="tag"/>.</summary>
    public static bool AllowedStart(int tag) => Prefix(tag) is 'O' or 'B' or 'U';

    /// <summary>True when a sequence may end with <paramref name="tag"/>.</summary>
    public static bool AllowedEnd(int tag) => Prefix(tag) is 'O' or 'L' or 'U';

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int[][]> PredecessorCache = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int[][]> SuccessorCache = new();

    /// <summary>The tags that may precede tag <paramref name="y"/> in a BILOU set of <paramref name="count"/> tags (cached).</summary>
    public static int[] Predecessors(int count, int y) => PredecessorTable(count)[y];

    /// <summary>For every tag of a BILOU set of <paramref name="count"/> tags, the tags that may precede it (cached; fetch once per sentence).</summary>
    internal static int[][] PredecessorTable(int count) => PredecessorCache.GetOrAdd(count, static c => Table(c, predecessors: true));

    /// <summary>For every tag of a BILOU set of <paramref name="count"/> tags, the tags that may follow it (cached).</summary>
    internal static int[][] SuccessorTable(int count) => SuccessorCache.GetOrAdd(count, static c => Table(c, predecessors: false));

    private static int[][] Table(int count, bool predecessors)
    {
        var result = new int[count][];
        for (int a = 0; a < count; a++)
        {
            var list = new List<int>();
            for (int b = 0; b < count; b++)
            {
                if (predecessors ? Allowed(b, a) : Allowed(a, b)) list.Add(b);
            }
            result[a] = list.ToArray();
        }
        return result;
    }

    /// <summary>Converts IOB2 labels ("B-per", "I-per", "O") of one sentence to BILOU labels in place.</summary>
    public static void FromIob2(string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        for (int i = 0; i < labels.Length; i++)
        {
            var l = labels[i];
            if (l == "O" || l.Length < 3) { labels[i] = "O"; continue; }
            var type = l[2..];
            bool begins = l[0] == 'B' || i == 0 || labels[i - 1] == "O" || !SameType(labels[i - 1], type);
            bool continues = i + 1 < labels.Length && labels[i + 1].Length > 2 && labels[i + 1][0] == 'I' && labels[i + 1][2..] == type;
            labels[i] = (begins, continues) switch
            {
                (true, true) => "B-" + type,
                (true, false) => "U-" + type,
                (false, true) => "I-" + type,
                _ => "L-" + type,
            };
        }
    }

    private static bool SameType(string previous, string type) => previous.Length > 2 && previous[2..] == type;
}
