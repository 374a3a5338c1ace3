namespace DiplomacyNlp.Text;

/// <summary>Built-in English abbreviations that end in a period and stay one token.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and ranks that precede a name; a period after them never ends a sentence.</summary>
    public static readonly string[] Titles =
    [
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Prof.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Gen.", "Lt.", "Col.", "Maj.",
        "Capt.", "Cmdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Amb.", "Pres.", "Sec.", "Secs.", "Atty.", "Supt.", "Insp.", "Det.", "Rev.",
        "Fr.", "Hon.", "Sr.", "Jr.", "St.", "Sra.", "Sr.", "Mme.", "Mlle.", "Msgr.", "Gens.", "Lt.Col.", "Maj.Gen.", "Brig.Gen.", "Vice-Adm.",
    ];

    /// <summary>Other abbreviations that may, but need not, end a sentence.</summary>
    public static readonly string[] Other =
    [
        "Dept.", "Depts.", "Govt.", "Min.", "Corp.", "Inc.", "Ltd.", "Co.", "Cos.", "Bros.", "Assn.", "Intl.", "Natl.", "Univ.", "Ave.", "Blvd.", "Rd.",
        "Mt.", "Ft.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.",
        "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.", "vs.", "etc.", "approx.", "est.", "No.", "Nos.", "Vol.", "pp.", "Fig.",
        "e.g.", "i.e.", "a.m.", "p.m.", "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.S.A.", "Ph.D.", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.",
        "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
        "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.", "Gov't.",
    ];

    /// <summary>All built-in abbreviations.</summary>
    public static IEnumerable<string> Builtin => Titles.Concat(Other);

    private static readonly SpanStringSet TitleSet = new(Titles, ignoreCase: false);

    /// <summary>True for a title abbreviation such as "Sen." that is always followed by a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleSet.Contains(word);
}
