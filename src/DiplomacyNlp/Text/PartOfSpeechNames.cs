namespace DiplomacyNlp.Text;

/// <summary>Converts between <see cref="PartOfSpeech"/> values and Penn Treebank tag strings.</summary>
public static class PartOfSpeechNames
{
    private static readonly string[] Names = BuildNames();

    private static string[] BuildNames()
    {
        var values = Enum.GetValues<PartOfSpeech>();
        var names = new string[values.Length];
        foreach (var v in values)
        {
            names[(int)v] = v switch
            {
                PartOfSpeech.None => "",
                PartOfSpeech.PRPS => "PRP$",
                PartOfSpeech.WPS => "WP$",
                PartOfSpeech.Period => ".",
                PartOfSpeech.Comma => ",",
                PartOfSpeech.Colon => ":",
                PartOfSpeech.OpenQuote => "``",
                PartOfSpeech.CloseQuote => "''",
                PartOfSpeech.LeftParen => "-LRB-",
                PartOfSpeech.RightParen => "-RRB-",
                PartOfSpeech.Dollar => "$",
                PartOfSpeech.Hash => "#",
                _ => v.ToString(),
            };
        }
        return names;
    }

    /// <summary>The Penn tag string ("NNP", "PRP$", ".").</summary>
    public static string ToTag(this PartOfSpeech pos) => Names[(int)pos];

    /// <summary>Parses a Penn tag string; unknown tags give false.</summary>
    public static bool TryParse(ReadOnlySpan<char> tag, out PartOfSpeech pos)
    {
        switch (tag)
        {
            case "(" or "-LRB-" or "LRB": pos = PartOfSpeech.LeftParen; return true;
            case ")" or "-RRB-" or "RRB": pos = PartOfSpeech.RightParen; return true;
            case "\"" or "``": pos = PartOfSpeech.OpenQuote; return true;
            case "''": pos = PartOfSpeech.CloseQuote; return true;
            case ";": pos = PartOfSpeech.Colon; return true;
        }
        for (int i = 1; i < Names.Length; i++)
        {
            if (tag.SequenceEqual(Names[i])) { pos = (PartOfSpeech)i; return true; }
        }
        pos = PartOfSpeech.None;
        return false;
    }

    /// <summary>True for NNP and NNPS.</summary>
    public static bool IsProperNoun(this PartOfSpeech pos) => pos is PartOfSpeech.NNP or PartOfSpeech.NNPS;

    /// <summary>True for the verb tags (VB*, MD).</summary>
    public static bool IsVerb(this PartOfSpeech pos) => pos is >= PartOfSpeech.VB and <= PartOfSpeech.VBZ or PartOfSpeech.MD;

    /// <summary>True for the noun tags (NN*).</summary>
    public static bool IsNoun(this PartOfSpeech pos) => pos is >= PartOfSpeech.NN and <= PartOfSpeech.NNPS;
}
