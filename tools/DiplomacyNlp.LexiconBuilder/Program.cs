// Builds the lexicons embedded in DiplomacyNlp from the gazetteers in ../shared.
// Usage: dotnet run -c Release --project tools/DiplomacyNlp.LexiconBuilder -- <shared dir> <output dir>
using System.Globalization;
using System.IO.Compression;
using System.Text;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: DiplomacyNlp.LexiconBuilder <shared dir> <output dir>");
    return 2;
}
var shared = args[0];
var output = args[1];
if (!Directory.Exists(Path.Combine(shared, "gazetteers")))
{
    Console.Error.WriteLine($"'{shared}' has no gazetteers/ folder; pass the path of ../shared.");
    return 2;
}
Directory.CreateDirectory(output);
var g = Path.Combine(shared, "gazetteers");

var countries = Countries.Build(g);
Write(output, "countries.tsv", countries.Rows());
var iso2to3 = countries.Iso2To3;
Write(output, "leaders.tsv", Leaders.Build(g, countries));
Write(output, "titles.tsv", Titles.Build(g, TitleCountries.Count(Path.Combine(shared, "corpora", "gmb", "gmb_titles.train.conll"), countries)));
Organizations.EnglishWords = new HashSet<string>(Words.Build(g).Where(w => w.Length > 1).Select(w => w.ToLowerInvariant()).Where(w => w.All(char.IsLetter)), StringComparer.Ordinal);
Write(output, "organizations.tsv", Organizations.Build(g));
Write(output, "orgwords.tsv", Organizations.HeadWords(g));
Institutions.GivenNames = new HashSet<string>(Names.Given(g).Select(r => r.Split('\t')[0]), StringComparer.OrdinalIgnoreCase);
Write(output, "institutions.tsv", Institutions.Build(g, countries));
Write(output, "givennames.tsv", Names.Given(g));
Write(output, "surnames.tsv", Names.Surnames(g));
Write(output, "places.tsv", Places.Build(g, iso2to3));
Write(output, "words.tsv", Words.Build(g));
return 0;

static void Write(string dir, string name, IEnumerable<string> rows)
{
    var list = rows.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    var path = Path.Combine(dir, name + ".gz");
    using (var file = File.Create(path))
    using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
    using (var w = new StreamWriter(gz, new UTF8Encoding(false)))
    {
        w.NewLine = "\n";
        foreach (var r in list) w.WriteLine(r);
    }
    Console.WriteLine($"{name}.gz: {list.Count:N0} rows, {new FileInfo(path).Length:N0} bytes");
}

internal static class Tsv
{
    public static IEnumerable<string[]> Read(string path, bool header = true)
    {
        bool first = header;
        foreach (var line in File.ReadLines(path))
        {
            if (first) { first = false; continue; }
            if (line.Length == 0) continue;
            yield return line.Split('\t');
        }
    }

    public static string Clean(string s) => s.Replace('\t', ' ').Trim();

    public static string TitleCase(string upperWord)
    {
        if (upperWord.Length == 0) return upperWord;
        var parts = upperWord.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p.Length == 0) continue;
            parts[i] = char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant();
        }
        return string.Join('-', parts);
    }
}

internal sealed class Countries
{
    private readonly Dictionary<string, Country> _byIso3 = new(StringComparer.Ordinal);

    public Dictionary<string, string> Iso2To3 { get; } = new(StringComparer.OrdinalIgnoreCase);

    private sealed class Country
    {
        public string Iso3 = "", Iso2 = "", Name = "", Adjective = "", Capital = "";
        public bool Sovereign;
        public SortedSet<string> Names = new(StringComparer.Ordinal);
        public SortedSet<string> Demonyms = new(StringComparer.Ordinal);
    }

    public static Countries Build(string g)
    {
        var c = new Countries();
        // mledoze (ODbL): ISO codes, names, alternative spellings, demonyms, capital.
        foreach (var r in Tsv.Read(Path.Combine(g, "countries", "mledoze_countries_demonyms.tsv")))
        {
            var country = new Country { Iso2 = r[0], Iso3 = r[1], Name = r[2], Adjective = r[5], Capital = r[7], Sovereign = r[10] == "True" && r[11] == "True" };
            country.Names.Add(r[2]);
            country.Names.Add(r[3]);
            foreach (var alt in r[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (alt.Contains(',')) continue; // "Virgin Islands, U.S." style inversions
                if (alt.Length == 2 && alt == r[0] && r[1] != "USA" && r[1] != "GBR") continue; // bare ISO2 codes collide with words (IN, TO, IS)
                country.Names.Add(alt);
            }
            if (r[5].Length > 0) country.Demonyms.Add(r[5]);
            if (r[6].Length > 0) country.Demonyms.Add(r[6]);
            c._byIso3[country.Iso3] = country;
            c.Iso2To3[country.Iso2] = country.Iso3;
        }
        // Factbook (public domain): short/long/local/former names, abbreviations, nationality, capital.
        var byName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in c._byIso3.Values)
        {
            foreach (var n in country.Names) byName.TryAdd(n, country);
        }
        foreach (var r in Tsv.Read(Path.Combine(g, "countries", "factbook_countries.tsv")))
        {
            if (!byName.TryGetValue(r[2], out var country) && !byName.TryGetValue(r[3], out country)) continue;
            foreach (var n in new[] { r[2], r[3], r[4] })
            {
                if (n.Length > 0 && n.All(ch => ch < 0x250)) country.Names.Add(n);
            }
            foreach (var abbr in r[7].Split(" or ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (abbr.Length is >= 2 and <= 5 && abbr.All(char.IsUpper))
                {
                    country.Names.Add(abbr);
                    country.Names.Add(string.Join("", abbr.Select(ch => ch + ".")));
                }
            }
            // "Mexican(s)" -> Mexican, Mexicans; "Briton(s), British (collective plural)" -> Briton, Britons
            foreach (var part in r[8].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var p = part;
                int paren = p.IndexOf(" (", StringComparison.Ordinal);
                if (paren > 0) p = p[..paren];
                if (p.EndsWith("(s)", StringComparison.Ordinal))
                {
                    var stem = p[..^3];
                    country.Demonyms.Add(stem);
                    country.Demonyms.Add(stem + "s");
                }
                else if (p.EndsWith("(es)", StringComparison.Ordinal))
                {
                    var stem = p[..^4];
                    country.Demonyms.Add(stem);
                    country.Demonyms.Add(stem + "es");
                }
                else if (p.Length > 0 && char.IsUpper(p[0]) && !p.Contains('(')) country.Demonyms.Add(p);
            }
            foreach (var adj in r[9].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (adj.Length > 0 && char.IsUpper(adj[0]) && !adj.Contains('(')) country.Demonyms.Add(adj);
            }
            var capital = r[10];
            int cp = capital.IndexOf(" (", StringComparison.Ordinal);
            if (cp > 0) capital = capital[..cp];
            if (capital.Length > 0 && !capital.Contains(';')) country.Capital = capital;
        }
        // Short forms that news uses and neither source lists.
        foreach (var (iso3, alias) in NewsShortNames)
        {
            if (c._byIso3.TryGetValue(iso3, out var country)) country.Names.Add(alias);
        }
        foreach (var country in c._byIso3.Values)
        {
            country.Names.RemoveWhere(n => n.Length < 2 || n.Contains('\t') || n.Contains(';') || n.Equals("none", StringComparison.OrdinalIgnoreCase));
            country.Demonyms.RemoveWhere(n => n.Length < 3);
        }
        return c;
    }

    private static readonly (string Iso3, string Alias)[] NewsShortNames = [("GBR", "Britain")];

    /// <summary>
    /// One row per country. The last column marks UN member states ("1"): the library lets them win a name or demonym
    /// that two entries share, so "American" is the United States, not the Northern Mariana Islands, and "French" is
    /// France, not the French Southern and Antarctic Lands.
    /// </summary>
    public IEnumerable<string> Rows()
    {
        foreach (var c in _byIso3.Values)
        {
            yield return string.Join('\t', c.Iso3, c.Iso2, c.Name, c.Adjective, c.Capital, string.Join('|', c.Names), string.Join('|', c.Demonyms), c.Sovereign ? "1" : "0");
        }
    }

    /// <summary>The country a name or demonym denotes ("U.S.", "British"), UN member states first; null when none.</summary>
    public string? Iso3ForNameOrDemonym(string word)
    {
        string? other = null;
        foreach (var c in _byIso3.Values)
        {
            if (!c.Names.Contains(word) && !c.Demonyms.Contains(word)) continue;
            if (c.Sovereign) return c.Iso3;
            other ??= c.Iso3;
        }
        return other;
    }

    public bool Has(string iso3) => _byIso3.ContainsKey(iso3);

    public string? Iso3ForName(string name)
    {
        foreach (var c in _byIso3.Values)
        {
            if (c.Names.Contains(name)) return c.Iso3;
        }
        return null;
    }
}

internal static class Leaders
{
    /// <summary>"President of the Government of Spain (prime minister-equivalent)" is a Prime Minister.</summary>
    private static string Title(string title)
    {
        int open = title.IndexOf('(');
        int equivalent = title.IndexOf("-equivalent)", StringComparison.Ordinal);
        if (open < 0 || equivalent < open) return title;
        return string.Join(' ', title[(open + 1)..equivalent].Split(' ').Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }

    private static bool IsCapsWord(string w) => w.Length > 1 && w.All(ch => !char.IsLower(ch)) && w.Any(char.IsLetter) && !w.EndsWith('.');

    public static IEnumerable<string> Build(string g, Countries countries)
    {
        foreach (var r in Tsv.Read(Path.Combine(g, "countries", "factbook_leaders_parsed.tsv")))
        {
            var iso3 = countries.Iso3ForName(r[1]);
            if (iso3 is null || r[4].Length == 0) continue;
            var words = r[4].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = string.Join(' ', words.Select(w => IsCapsWord(w) ? Tsv.TitleCase(w) : w));
            // the Factbook writes the family name in capitals ("XI Jinping", "Recep Tayyip ERDOGAN"): the last column
            var surname = string.Join(' ', words.Where(IsCapsWord).Select(Tsv.TitleCase));
            yield return string.Join('\t', iso3, Title(Tsv.Clean(r[3])), name, Tsv.Clean(r[2]), Tsv.Clean(r[5]), surname);
        }
    }
}

internal static class Titles
{
    // Canonical forms for common synonyms of the same office (general English usage).
    private static readonly (string Canonical, string[] Synonyms)[] Canonical =
    [
        ("Foreign Minister", ["Foreign Secretary", "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Foreign Affairs Minister", "Secretary of Foreign Affairs", "Secretary for Foreign Affairs", "External Affairs Minister", "Minister of External Affairs", "Minister of External Relations", "Foreign Affairs Secretary", "Top Diplomat", "Chief Diplomat"]),
        ("Defense Minister", ["Defence Minister", "Minister of Defense", "Minister of Defence", "Minister for Defence", "Defense Secretary", "Defence Secretary", "Secretary of Defense", "Secretary of National Defense"]),
        ("Interior Minister", ["Minister of the Interior", "Minister of Interior", "Home Minister", "Home Secretary", "Interior Secretary"]),
        ("Finance Minister", ["Minister of Finance", "Finance Secretary", "Treasury Secretary", "Secretary of the Treasury", "Chancellor of the Exchequer"]),
        ("Justice Minister", ["Minister of Justice", "Justice Secretary"]),
        ("Trade Minister", ["Minister of Trade", "Commerce Minister", "Commerce Secretary", "Secretary of Commerce"]),
        ("Security Minister", ["Minister of Security", "Public Security Minister", "Secretary of Public Security", "Security Secretary"]),
        ("Energy Minister", ["Minister of Energy", "Energy Secretary", "Secretary of Energy"]),
        ("Prime Minister", ["Premier"]),
        ("Head of State", ["Chief of State"]),
    ];

    private static readonly Dictionary<string, string> PersonHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MINISTER"] = "GOV", ["SECRETARY"] = "GOV", ["PRESIDENT"] = "GOV", ["AMBASSADOR"] = "GOV", ["ENVOY"] = "GOV", ["GOVERNOR"] = "GOV",
        ["MAYOR"] = "GOV", ["CHANCELLOR"] = "GOV", ["PREMIER"] = "GOV", ["KING"] = "GOV", ["QUEEN"] = "GOV", ["PRINCE"] = "GOV", ["EMIR"] = "GOV",
        ["SULTAN"] = "GOV", ["SPOKESMAN"] = "GOV", ["SPOKESWOMAN"] = "GOV", ["SPOKESPERSON"] = "GOV", ["ADVISER"] = "GOV", ["ADVISOR"] = "GOV",
        ["DIPLOMAT"] = "GOV", ["CONSUL"] = "GOV", ["COMMISSIONER"] = "GOV", ["DIRECTOR"] = "GOV", ["CHAIRMAN"] = "GOV", ["CHAIRWOMAN"] = "GOV",
        ["OFFICIAL"] = "GOV", ["DELEGATE"] = "GOV", ["REPRESENTATIVE"] = "GOV", ["MONARCH"] = "GOV", ["VICEROY"] = "GOV", ["REGENT"] = "GOV",
        ["GENERAL"] = "MIL", ["ADMIRAL"] = "MIL", ["COLONEL"] = "MIL", ["COMMANDER"] = "MIL", ["MAJOR"] = "MIL", ["LIEUTENANT"] = "MIL",
        ["CAPTAIN"] = "MIL", ["SERGEANT"] = "MIL", ["MARSHAL"] = "MIL", ["BRIGADIER"] = "MIL", ["CORPORAL"] = "MIL",
        ["SENATOR"] = "LEG", ["CONGRESSMAN"] = "LEG", ["CONGRESSWOMAN"] = "LEG", ["LAWMAKER"] = "LEG", ["LEGISLATOR"] = "LEG", ["SPEAKER"] = "LEG",
        ["PARLIAMENTARIAN"] = "LEG", ["MP"] = "LEG", ["CHIEF"] = "GOV",
        ["JUDGE"] = "JUD", ["JUSTICE"] = "JUD", ["PROSECUTOR"] = "JUD", ["ATTORNEY"] = "JUD",
        ["POPE"] = "REL", ["CARDINAL"] = "REL", ["ARCHBISHOP"] = "REL", ["BISHOP"] = "REL", ["IMAM"] = "REL", ["MULLAH"] = "REL",
        ["AYATOLLAH"] = "REL", ["RABBI"] = "REL", ["CLERIC"] = "REL", ["PATRIARCH"] = "REL",
    };

    /// <summary>
    /// Rows of title, canonical title, sector and the title's usual country (empty when none dominates, see
    /// <see cref="TitleCountries"/>).
    /// </summary>
    public static IEnumerable<string> Build(string g, IReadOnlyDictionary<string, string> usualCountry)
    {
        var titles = new Dictionary<string, (string Canonical, string Sector)>(StringComparer.OrdinalIgnoreCase);
        // PLOVER (NGEC) and PETRARCH agents (MIT): titles and nouns with sector codes.
        foreach (var file in new[] { "ngec_PLOVER_agents.txt", "petrarch2_Phoenix.agents.txt" })
        {
            foreach (var raw in File.ReadLines(Path.Combine(g, "titles", file)))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] is '#' or '!' or '+') continue;
                int open = line.IndexOf("[~", StringComparison.Ordinal);
                if (open < 0) continue;
                int close = line.IndexOf(']', open);
                if (close < 0) continue;
                var code = line[(open + 2)..close].Trim();
                var phrase = line[..open];
                int brace = phrase.IndexOf('{');
                if (brace >= 0) phrase = phrase[..brace];
                phrase = phrase.Trim().TrimEnd('_');
                if (phrase.Contains('!') || phrase.Contains('\'') || phrase.Length < 3) continue;
                var words = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || words.Length > 6) continue;
                int of = Array.IndexOf(words, "OF");
                var headWord = of > 0 ? words[of - 1] : words[^1];
                if (of == words.Length - 1 || !PersonHeads.TryGetValue(headWord, out var headSector)) continue;
                var sector = code.Length >= 3 ? code[..3] : headSector;
                if (words[0] is "FORMER" or "RETIRED" or "EX" or "EXILED" or "OUSTED") continue; // qualifiers are recognized separately
                var title = string.Join(' ', words.Select((w, i) => i > 0 && w is "OF" or "THE" or "FOR" or "AND" or "TO" or "ON" or "AT" ? w.ToLowerInvariant() : Tsv.TitleCase(w)));
                titles.TryAdd(title, (title, sector));
            }
        }
        // Title spans counted in GMB and the Factbook (derived list in ../shared).
        foreach (var r in Tsv.Read(Path.Combine(g, "titles", "title_lexicon.tsv")))
        {
            var title = r[0].Trim();
            if (title.Length < 2 || !char.IsUpper(title[0]) || title.Any(ch => ch is '"' or '\'' or '(' or ',')) continue;
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int ofAt = Array.FindIndex(words, w => w is "of" or "for" or "to");
            var before = ofAt < 0 ? words : words[..ofAt];
            if (before.Length == 0) continue;
            var heads = before.Where(w => PersonHeads.ContainsKey(w.Split('-')[0])).ToList();
            // exactly one office word, and it ends the title before any "of" (rejects "Foreign Minister Prince", "President President")
            if (heads.Count != 1 || !PersonHeads.ContainsKey(before[^1].Split('-')[0])) continue;
            if (words[^1] is "of" or "the" or "for" or "to" or "and") continue; // "President of the"
            var sector = PersonHeads[heads[0].Split('-')[0]];
            if (!titles.ContainsKey(title)) titles[title] = (title, sector);
        }
        // Titles of monarchs, heads of state and religious leaders that neither source lists as a title of its own.
        foreach (var (title, sector) in new[] { ("Emir", "GOV"), ("Amir", "GOV"), ("Princess", "GOV"), ("Crown Princess", "GOV"), ("Emperor", "GOV"), ("Empress", "GOV"),
                     ("Supreme Leader", "GOV"), ("Regent", "GOV"), ("Grand Duke", "GOV"), ("Patriarch", "REL") })
        {
            titles.TryAdd(title, (title, sector));
        }
                foreach (var (canonical, synonyms) in Canonical)
        {
            var sector = titles.TryGetValue(canonical, out var c) ? c.Sector : "GOV";
            titles[canonical] = (canonical, sector);
            foreach (var syn in synonyms) titles[syn] = (canonical, sector);
        }
        foreach (var (title, v) in titles) yield return string.Join('\t', title, v.Canonical, v.Sector, usualCountry.GetValueOrDefault(title, ""));
    }
}

/// <summary>
/// The country a title usually belongs to, counted in the GMB training split: for each title span of the title layer,
/// the country named or implied right before it ("U.S. Secretary of State", "British Foreign Secretary", "Germany's
/// Chancellor"). A title gets a usual country when at least <see cref="MinQualified"/> of its spans are qualified and one
/// country has at least <see cref="MinShare"/> of them; "Secretary of State" qualifies, "Prime Minister" does not.
/// </summary>
internal static class TitleCountries
{
    private const int MinQualified = 5;
    private const double MinShare = 0.8;

    public static Dictionary<string, string> Count(string conll, Countries countries)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(conll).Append(""))
        {
            if (line.Length > 0)
            {
                var cols = line.Split('\t');
                words.Add(cols[0]);
                tags.Add(cols[^1]);
                continue;
            }
            for (int i = 0; i < words.Count; i++)
            {
                if (tags[i] != "B-title") continue;
                int end = i + 1;
                while (end < words.Count && tags[end] == "I-title") end++;
                var title = string.Join(' ', words.Skip(i).Take(end - i));
                // the qualifier ends right before the title, or before a possessive "'s"
                int q = i - 1;
                if (q >= 0 && words[q] is "'s" or "'") q--;
                if (q < 0 || !(tags[q].EndsWith("-geo", StringComparison.Ordinal) || tags[q].EndsWith("-gpe", StringComparison.Ordinal) || tags[q].EndsWith("-org", StringComparison.Ordinal))) continue;
                int qs = q;
                while (qs > 0 && tags[qs].StartsWith("I-", StringComparison.Ordinal)) qs--;
                var qualifier = string.Join(' ', words.Skip(qs).Take(q - qs + 1));
                var iso3 = countries.Iso3ForNameOrDemonym(qualifier);
                if (iso3 is null) continue;
                if (!counts.TryGetValue(title, out var byCountry)) counts[title] = byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
                byCountry[iso3] = byCountry.GetValueOrDefault(iso3) + 1;
                i = end - 1;
            }
            words.Clear();
            tags.Clear();
        }
        var usual = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (title, byCountry) in counts)
        {
            int total = byCountry.Values.Sum();
            var (top, n) = byCountry.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).First();
            if (total >= MinQualified && n >= MinShare * total)
            {
                usual[title] = top;
                Console.WriteLine($"usual country: {title} -> {top} ({n} of {total} qualified spans)");
            }
        }
        return usual;
    }
}

/// <summary>
/// National institutions with their country and sector from the PETRARCH-2 Phoenix country actors dictionary (MIT):
/// the groups coded with one plain country+sector code and no date range ("WHITE_HOUSE_ … [USAGOV]", "KREMLIN_
/// [RUSGOV]", "STATE_DUMA [RUSLEG]"). Dated codes mark office holders, and names ending in a person noun
/// ("WHITE_HOUSE_SPOKESMAN") or starting with a given name denote people; both are left out.
/// </summary>
internal static class Institutions
{
    public static IEnumerable<string> Build(string g, Countries countries)
    {
        var group = new List<string>();
        foreach (var raw in File.ReadLines(Path.Combine(g, "organizations", "petrarch2_Phoenix.Countries.actors.txt")))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (line.Trim().Length == 0) continue;
            var trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                var codes = trimmed.Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c.Length > 0).ToList();
                if (codes.Count == 1 && codes[0].Length == 6 && codes[0].All(char.IsAsciiLetterUpper) && countries.Has(codes[0][..3]))
                {
                    foreach (var name in group)
                    {
                        if (LooksLikePerson(name)) continue;
                        yield return string.Join('\t', Display(name), codes[0][..3], codes[0][3..]);
                    }
                }
                group.Clear();
                continue;
            }
            if (!char.IsWhiteSpace(line[0]) && !trimmed.StartsWith('+')) group.Clear();
            var entry = trimmed.TrimStart('+').Trim().TrimEnd('_').Replace('_', ' ').Trim();
            if (entry.Length >= 4 && !entry.Any(char.IsDigit) && !entry.Contains('{') && !entry.Contains('!')) group.Add(entry);
        }
    }

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "OFFICIAL", "OFFICIALS", "SECRETARY", "MINISTER", "PRESIDENT", "CHAIRMAN", "DIRECTOR",
        "LEADER", "CHIEF", "HEAD", "JUSTICE", "JUSTICES", "JUDGE", "MEMBER", "MEMBERS", "ADVISER", "ADVISOR", "AIDE", "AIDES", "AMBASSADOR",
        "GENERAL", "COMMANDER", "GOVERNOR", "MAYOR", "SENATOR", "LAWMAKER", "LAWMAKERS", "REPRESENTATIVE", "DEPUTY", "STAFF", "SPEAKER",
        "PRIME", "KING", "QUEEN", "PRINCE", "POLICE", "SOLDIER", "SOLDIERS", "TROOPS", "PERSONNEL", "AGENT", "AGENTS", "OFFICER", "OFFICERS",
    };

    public static HashSet<string> GivenNames { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a multi-word name an institution: the organization head words and a few seats of government.</summary>
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "HOUSE", "PALACE", "COMMAND", "DUMA", "KNESSET", "CONGRESS", "SENATE", "ASSEMBLY", "PARLIAMENT", "MINISTRY", "DEPARTMENT", "ADMINISTRATION",
        "GOVERNMENT", "CABINET", "ARMY", "NAVY", "FORCE", "FORCES", "GUARD", "GUARDS", "CORPS", "BRIGADE", "BRIGADES", "FRONT", "PARTY", "SERVICE",
        "SERVICES", "COURT", "CHANCELLERY", "PRESIDENCY", "SECRETARIAT", "DIRECTORATE", "INTELLIGENCE", "POLICE", "MILITIA", "MOVEMENT",
    };

    public static bool IsInstitutionWord(string w) => InstitutionWords.Contains(w) || Organizations.IsHeadWordUpper(w);

    private static bool LooksLikePerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => PersonNouns.Contains(w))) return true;
        if (words.Length == 1) return GivenNames.Contains(words[0]);
        // several words: an institution names what it is ("… Council", "… Ministry", "White House")
        return !words.Any(IsInstitutionWord);
    }

    private static string Display(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0] == "THE") words = words[1..];
        // "US" and "UK" are acronyms here, not the English "us"
        var shown = Organizations.DisplayWords(words).Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] is "US" or "UK") shown[i] = words[i];
        }
        return string.Join(' ', shown);
    }
}

internal static class Organizations
{
    private static readonly HashSet<string> OrgWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ORGANIZATION", "ORGANISATION", "UNION", "NATIONS", "BANK", "FUND", "COUNCIL", "ASSOCIATION", "COMMISSION", "AGENCY", "COMMITTEE",
        "FORUM", "COURT", "PROGRAMME", "PROGRAM", "INSTITUTE", "FEDERATION", "LEAGUE", "ALLIANCE", "COMMUNITY", "CROSS", "CRESCENT",
        "PARTNERSHIP", "SECRETARIAT", "CONFERENCE", "OFFICE", "TRIBUNAL", "PARLIAMENT", "COOPERATION", "MOVEMENT", "BUREAU", "AUTHORITY",
        "WATCH", "INTERNATIONAL", "FOUNDATION", "CORPS", "SOCIETY", "CENTRE", "CENTER", "GROUP", "MISSION",
    };

    public static IEnumerable<string> Build(string g)
    {
        var rows = new List<string>();
        // Factbook acronyms (public domain): acronym only.
        foreach (var r in Tsv.Read(Path.Combine(g, "organizations", "factbook_intl_org_acronyms.tsv")))
        {
            var a = r[0].Trim();
            if (a.Length >= 2 && a.Any(char.IsUpper)) rows.Add(string.Join('\t', "", a, "IGO", ""));
        }
        // PETRARCH international actors (MIT): groups of synonyms with a code line.
        var group = new List<string>();
        string? code = null;
        void Flush()
        {
            if (group.Count > 0 && code is not null && (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)))
            {
                var names = group.Select(n => n.Replace('_', ' ').Trim()).Where(n => n.Length >= 2).ToList();
                var acronym = names.Where(IsAcronym).OrderBy(n => n.Length).FirstOrDefault();
                var full = names.Where(n => !IsAcronym(n) && n.Split(' ').Any(w => OrgWords.Contains(w))).OrderByDescending(n => n.Length).FirstOrDefault();
                if (full is not null || acronym is not null)
                {
                    var name = full is null ? "" : Display(StripThe(full));
                    foreach (var n in names)
                    {
                        if (IsAcronym(n)) rows.Add(string.Join('\t', name, n.Replace(".", "", StringComparison.Ordinal), code[..3], ""));
                        else if (n.Split(' ').Any(w => OrgWords.Contains(w)) && !n.Contains("SECRETARY", StringComparison.Ordinal) && !n.Contains("CHIEF", StringComparison.Ordinal))
                            rows.Add(string.Join('\t', Display(StripThe(n)), acronym?.Replace(".", "", StringComparison.Ordinal) ?? "", code[..3], ""));
                    }
                }
            }
            group.Clear();
            code = null;
        }
        foreach (var raw in File.ReadLines(Path.Combine(g, "organizations", "petrarch2_Phoenix.International.actors.txt")))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) { Flush(); continue; }
            var t = line.TrimStart();
            int br = t.IndexOf('[');
            if (br == 0)
            {
                code ??= t[1..t.IndexOf(']')].Split(' ')[0];
                continue;
            }
            if (!t.StartsWith('+')) Flush();
            var name = (br > 0 ? t[..br] : t).TrimStart('+').Trim();
            if (br > 0) code = t[(br + 1)..t.IndexOf(']', br)].Split(' ')[0];
            if (name.Length > 0 && !name.Contains('{') && !name.Any(char.IsDigit)) group.Add(name.TrimEnd('_'));
        }
        Flush();
        return rows;
    }

    public static IEnumerable<string> HeadWords(string g)
    {
        foreach (var w in OrgWords) yield return Tsv.TitleCase(w) + "\tORG";
        string[] government = ["Ministry", "Department", "Secretariat", "Embassy", "Consulate", "Cabinet", "Government", "Administration", "Presidency", "Senate", "Congress", "Assembly", "Police", "Army", "Navy", "Force", "Forces", "Guard", "Cartel", "Party", "Front", "Brigade", "Brigades", "Militia", "Service", "Services", "Directorate", "Court", "Parliament"];
        foreach (var w in government) yield return w + "\tGOV";
        // Words that open an organization's name in Spanish, Portuguese, French and Italian, directly before the proper
        // part ("Agence France-Presse", "Banco Central", "Partido Verde"): general designators of each language, marked
        // "lead" (the English head words above end a name or precede "of").
        string[] leadOrg = ["Agencia", "Agência", "Agence", "Agenzia", "Banco", "Banque", "Banca", "Partido", "Parti", "Partito", "Instituto",
            "Institut", "Istituto", "Fundación", "Fundação", "Fondation", "Fondazione", "Grupo", "Groupe", "Gruppo", "Movimiento", "Movimento",
            "Mouvement", "Asociación", "Associação", "Federación", "Fédération", "Federazione", "Confederación", "Sindicato", "Compañía",
            "Companhia", "Compagnie", "Société", "Società", "Universidad", "Universidade", "Université", "Università", "Corporación", "Consejo",
            "Conselho", "Conseil", "Consiglio", "Comisión", "Comissão"];
        foreach (var w in leadOrg) yield return w + "\tORG\tlead";
        string[] leadGov = ["Ministerio", "Ministério", "Ministère", "Ministero", "Secretaría", "Secretaria", "Ejército", "Exército", "Armée", "Esercito",
            "Fuerzas", "Forças", "Policía", "Polícia", "Guardia", "Frente", "Tribunal", "Congreso", "Senado", "Cámara", "Câmara", "Procuraduría", "Fiscalía"];
        foreach (var w in leadGov) yield return w + "\tGOV\tlead";
        _ = g;
    }

    private static bool IsAcronym(string n) => n.Length is >= 2 and <= 10 && !n.Contains(' ') && n.Count(char.IsUpper) >= 2 && n.All(ch => char.IsUpper(ch) || ch == '.' || ch == '-' || char.IsDigit(ch));

    private static string StripThe(string n) => n.StartsWith("THE ", StringComparison.Ordinal) ? n[4..] : n;

    public static HashSet<string> EnglishWords { get; set; } = new(StringComparer.Ordinal);

    private static string Display(string upper) => DisplayWords(upper.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Title case for upper-case dictionary words, keeping acronyms ("NATO") and lowercasing function words.</summary>
    public static string DisplayWords(string[] words) => string.Join(' ', words.Select((w, i) =>
        i > 0 && w is "OF" or "THE" or "FOR" or "AND" or "ON" or "IN" or "DE" ? w.ToLowerInvariant()
        : IsAcronym(w) && w.Length <= 5 && !EnglishWords.Contains(w.ToLowerInvariant()) ? w : Tsv.TitleCase(w)));

    /// <summary>True for an upper-case organization head word ("COUNCIL", "AGENCY").</summary>
    public static bool IsHeadWordUpper(string w) => OrgWords.Contains(w);
}

internal static class Names
{
    public static IEnumerable<string> Given(string g)
    {
        foreach (var r in Tsv.Read(Path.Combine(g, "names", "ssa_given_names_1880_2023.tsv")))
        {
            if (!long.TryParse(r[3], out var total) || total < 20) continue;
            yield return r[0] + "\t" + total.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static IEnumerable<string> Surnames(string g)
    {
        foreach (var line in File.ReadLines(Path.Combine(g, "names", "census1990_dist_all_last.txt")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4) continue;
            var freq = double.Parse(parts[1], CultureInfo.InvariantCulture);
            // frequency per million people, at least 1
            var perMillion = Math.Max(1, (int)Math.Round(freq * 10000));
            yield return Tsv.TitleCase(parts[0]) + "\t" + perMillion.ToString(CultureInfo.InvariantCulture);
        }
    }
}

internal static class Places
{
    public static IEnumerable<string> Build(string g, Dictionary<string, string> iso2to3)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Tsv.Read(Path.Combine(g, "places", "geonames_admin1.tsv")))
        {
            var cc = r[0].Split('.')[0];
            if (!iso2to3.TryGetValue(cc, out var iso3) || r[1].Length < 2) continue;
            if (seen.Add(r[1] + "\t" + iso3 + "\tR")) yield return r[1] + "\t" + iso3 + "\tR";
        }
        foreach (var r in Tsv.Read(Path.Combine(g, "places", "geonames_cities1000.tsv")))
        {
            if (!iso2to3.TryGetValue(r[1], out var iso3) || r[0].Length < 2 || r[0].Contains('\t')) continue;
            var row = r[0] + "\t" + iso3 + "\tC";
            if (seen.Add(row)) yield return row;
        }
    }
}

internal static class Words
{
    public static IEnumerable<string> Build(string g)
    {
        foreach (var w in File.ReadLines(Path.Combine(g, "words", "scowl_american_english_large.txt")))
        {
            var t = w.Trim();
            if (t.Length == 0 || t.Contains('\t')) continue;
            yield return t;
        }
    }
}
