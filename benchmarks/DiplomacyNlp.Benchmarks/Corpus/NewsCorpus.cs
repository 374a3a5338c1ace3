using System.Globalization;
using System.Text;

namespace DiplomacyNlp.Benchmarks.Corpus;

/// <summary>
/// Generates a deterministic corpus of news-like documents about diplomacy and security from the project's own
/// templates and invented names: headlines without final punctuation, datelines, quotes with curly and straight
/// marks, titles and abbreviations (Sen., Gen., U.S.), numbers, money, percentages, dates, URLs, handles, hashtags
/// and e-mail addresses, in documents of mixed length (mostly short, some long). The same seed gives the same corpus
/// on every machine and runtime. No sentence comes from any real article.
/// </summary>
public static class NewsCorpus
{
    /// <summary>The seed the benchmarks and tests use.</summary>
    public const int DefaultSeed = 20260317;

    private static readonly string[] FirstNames =
    [
        "Helen", "Tomas", "Amara", "Lukas", "Priya", "Mateo", "Ingrid", "Kwame", "Sofia", "Yusuf", "Marguerite", "Dmitri", "Leilani", "Ramón",
        "Astrid", "Farid", "Chiara", "Oluwaseun", "Beatriz", "Henrik", "Nadia", "Kenji", "Tariq", "Élodie", "Bogdan", "Wanjiru", "Esteban", "Saoirse",
    ];

    private static readonly string[] Surnames =
    [
        "Marchetti", "Vrbanek", "Okonkwo-Reyes", "Lindqvist", "Haddad", "Castellanos", "Ferreira", "Nakashima", "Abernathy", "Oyelaran", "Kowalczyk",
        "Delacroix", "Sørensen", "Mbeki-Hart", "Quintero", "Valdés", "O'Rourke", "van der Berg", "Takahara", "Achterberg", "Mwangi", "Petrescu",
        "Aldana", "Rahimova", "Bergström", "Thibodeaux", "Kariuki", "Montoya",
    ];

    private static readonly (string Country, string Adjective, string City)[] Countries =
    [
        ("Canada", "Canadian", "Ottawa"), ("Mexico", "Mexican", "Mexico City"), ("Japan", "Japanese", "Tokyo"), ("Kenya", "Kenyan", "Nairobi"),
        ("Brazil", "Brazilian", "Brasília"), ("Germany", "German", "Berlin"), ("India", "Indian", "New Delhi"), ("Indonesia", "Indonesian", "Jakarta"),
        ("Norway", "Norwegian", "Oslo"), ("Chile", "Chilean", "Santiago"), ("Ghana", "Ghanaian", "Accra"), ("Vietnam", "Vietnamese", "Hanoi"),
        ("Poland", "Polish", "Warsaw"), ("Egypt", "Egyptian", "Cairo"), ("Peru", "Peruvian", "Lima"), ("Colombia", "Colombian", "Bogotá"),
        ("South Korea", "South Korean", "Seoul"), ("Australia", "Australian", "Canberra"), ("Morocco", "Moroccan", "Rabat"), ("Finland", "Finnish", "Helsinki"),
    ];

    private static readonly string[] Titles =
    [
        "Foreign Minister", "Defense Minister", "Prime Minister", "President", "Ambassador", "Deputy Foreign Minister", "Trade Minister",
        "Interior Minister", "National Security Adviser", "Secretary of State", "Finance Minister", "Special Envoy",
    ];

    private static readonly string[] Organizations =
    [
        "United Nations", "African Union", "European Union", "World Trade Organization", "International Atomic Energy Agency", "NATO", "ASEAN",
        "Organization of American States", "U.N. Security Council", "World Bank",
    ];

    private static readonly string[] Topics =
    [
        "maritime security", "border crossings", "critical minerals", "grain exports", "energy supplies", "cybersecurity", "migration",
        "fisheries", "climate finance", "arms control", "drug trafficking", "visa rules", "nuclear safeguards", "port access",
    ];

    private static readonly string[] Agreements =
    [
        "memorandum of understanding", "framework agreement", "defense cooperation pact", "trade deal", "prisoner exchange accord",
        "ceasefire arrangement", "joint declaration",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Goods = ["steel", "soybeans", "lithium", "copper", "rice", "pharmaceuticals", "solar panels", "fertilizer"];

    private static readonly string[] States = ["Ohio", "Calif.", "Texas", "N.Y.", "Fla.", "Ill.", "Ariz.", "Mich."];

    private static readonly string[] Sentences =
    [
        "{Title} {Person} of {Country} met {Title2} {Person2} in {City} on {Weekday}, the {Adjective} foreign ministry said in a statement.",
        "“We have agreed to deepen our cooperation on {Topic},” {Person} told reporters after the talks.",
        "The two sides signed a {Agreement} worth ${Small} billion, officials said.",
        "{Country} will cut tariffs on {Goods} by {Pct}% starting {Month} {Day}, according to a joint communiqué.",
        "In a phone call on {Weekday}, {Person} and {Person2} discussed {Topic}, the U.S. State Department said.",
        "Sen. {Surname} (R-{State}) said the agreement was “a step in the right direction,” but warned that details remained unclear.",
        "The meeting, held at the {Organization} headquarters in {City}, lasted nearly {Small} hours.",
        "More than {Thousands} troops remain deployed along the {Country}-{Country2} border, a senior official said.",
        "The full statement is posted at https://www.{Slug}.gov/news/{Slug2}-{Year} and on pic.twitter.com/{Code}.",
        "Gen. {Surname}, the commander of {Country}'s armed forces, declined to comment on the report.",
        "A follow-up round of talks is scheduled for {Iso} in {City2}.",
        "{Person}’s visit comes after months of tension over {Topic} — a dispute that has weighed on trade between the neighbors.",
        "The {Organization} designated {Small} individuals and {Small2} companies for sanctions on {Weekday}.",
        "Asked whether the U.S. would take part, {Person} said: \"That decision has not been made yet.\"",
        "Trade between the two countries reached ${Small}.{Digit} billion last year, up {Pct}% from {Year}.",
        "Follow @{Handle} for updates; the hashtag #{Hashtag} trended across the region on {Weekday} night…",
        "The U.S.-led coalition now includes {Small} countries, among them {Country}, {Country2} and {Country3}.",
        "Reporters can send questions to press.office@{Slug}.org before {Clock} p.m. local time.",
        "{Adjective} officials, speaking on condition of anonymity, said the {Agreement} could be signed as early as {Month}.",
        "The ministry said {Thousands} people had been evacuated from the area since {Month} {Day}, {Year}.",
        "“This is not about one country,” said {Title} {Person}. “It is about the rules we all live by.”",
        "Protesters gathered outside the embassy in {City}, where police estimated the crowd at about {Thousands}.",
        "The {Adjective} delegation, led by {Title} {Person}, arrived in {City2} late on {Weekday}.",
        "Analysts at the {Slug3} Institute said the deal would add roughly {Pct2} percent to bilateral trade by {Year2}.",
        "{Person} (pictured) will travel to {City} and {City2} next week, her office said, without giving further details.",
        "Dr. {Surname}, a former envoy to the {Organization}, called the move “unprecedented.”",
        "The vote in the U.N. General Assembly was {Small2}-{Small}, with {Small} abstentions.",
        "Neither side disclosed the terms; a spokesperson for {Person2} said only that talks had been “frank and constructive.”",
        "Sanctions announced on {Iso} target {Small} shipping firms accused of moving {Goods} in violation of an embargo.",
        "At 9:30 a.m. on {Weekday}, the {Adjective} navy reported {Small} incidents near the disputed islands.",
    ];

    private static readonly string[] Headlines =
    [
        "{Adjective} and {Adjective2} ministers agree to expand {Topic} talks",
        "{Person} meets {Person2} in {City} amid dispute over {Topic}",
        "{Organization} imposes new sanctions over {Topic}",
        "{Country} and {Country2} sign {Agreement} on {Topic}",
        "Talks on {Topic} stall as {Country} recalls its ambassador",
    ];

    /// <summary>Generates <paramref name="count"/> documents.</summary>
    /// <param name="count">How many documents (default 400).</param>
    /// <param name="seed">The random seed.</param>
    public static IReadOnlyList<CorpusDocument> Generate(int count = 400, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var documents = new List<CorpusDocument>(count);
        var start = new DateOnly(2024, 1, 1);
        for (int i = 0; i < count; i++)
        {
            int sentences = random.Next(100) switch
            {
                < 55 => random.Next(4, 13),
                < 90 => random.Next(15, 41),
                _ => random.Next(60, 151),
            };
            var published = start.AddDays(random.Next(0, 730));
            documents.Add(new CorpusDocument($"gen-{i + 1:D4}", Document(random, sentences, published), published));
        }
        return documents;
    }

    /// <summary>Generates <paramref name="count"/> short documents (a headline, a dateline and one to four sentences), as in a news feed of briefs.</summary>
    public static IReadOnlyList<CorpusDocument> GenerateShort(int count, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var documents = new List<CorpusDocument>(count);
        var start = new DateOnly(2024, 1, 1);
        for (int i = 0; i < count; i++)
        {
            var published = start.AddDays(random.Next(0, 730));
            documents.Add(new CorpusDocument($"brief-{i + 1:D4}", Document(random, random.Next(1, 5), published), published));
        }
        return documents;
    }

    /// <summary>Concatenates documents into one long text of at least <paramref name="minimumLength"/> characters.</summary>
    public static string LongText(int minimumLength, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumLength);
        var random = new Random(seed);
        var sb = new StringBuilder(minimumLength + 16_384);
        var date = new DateOnly(2025, 3, 1);
        while (sb.Length < minimumLength)
        {
            sb.Append(Document(random, random.Next(10, 40), date)).Append("\n\n");
        }
        return sb.ToString();
    }

    private static string Document(Random random, int sentenceCount, DateOnly published)
    {
        var sb = new StringBuilder(sentenceCount * 140);
        Fill(sb, Pick(random, Headlines), random, published);
        sb.Append("\n\n");
        var place = Countries[random.Next(Countries.Length)].City.ToUpperInvariant();
        sb.Append(place).Append(" — ");
        int inParagraph = 0;
        int paragraphLength = random.Next(2, 6);
        for (int s = 0; s < sentenceCount; s++)
        {
            Fill(sb, Pick(random, Sentences), random, published);
            if (++inParagraph >= paragraphLength && s < sentenceCount - 1)
            {
                sb.Append("\n\n");
                inParagraph = 0;
                paragraphLength = random.Next(2, 6);
            }
            else if (s < sentenceCount - 1)
            {
                sb.Append(' ');
            }
        }
        sb.Append('\n');
        return sb.ToString();
    }

    private static void Fill(StringBuilder sb, string template, Random random, DateOnly published)
    {
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                return;
            }
            sb.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            sb.Append(Slot(template.AsSpan(open + 1, close - open - 1), random, published));
            i = close + 1;
        }
    }

    private static string Slot(ReadOnlySpan<char> name, Random random, DateOnly published)
    {
        var inv = CultureInfo.InvariantCulture;
        // Strip a trailing digit: {Person2} is another person, {Country3} another country.
        var key = name.TrimEnd("0123456789");
        return key switch
        {
            "Person" => Pick(random, FirstNames) + " " + Pick(random, Surnames),
            "Surname" => Pick(random, Surnames),
            "Title" => Pick(random, Titles),
            "Country" => Countries[random.Next(Countries.Length)].Country,
            "Adjective" => Countries[random.Next(Countries.Length)].Adjective,
            "City" => Countries[random.Next(Countries.Length)].City,
            "Organization" => Pick(random, Organizations),
            "Topic" => Pick(random, Topics),
            "Agreement" => Pick(random, Agreements),
            "Goods" => Pick(random, Goods),
            "State" => Pick(random, States),
            "Weekday" => Pick(random, Weekdays),
            "Month" => Pick(random, Months),
            "Day" => random.Next(1, 29).ToString(inv),
            "Year" => random.Next(2015, 2027).ToString(inv),
            "Small" => random.Next(2, 60).ToString(inv),
            "Digit" => random.Next(0, 10).ToString(inv),
            "Pct" => random.Next(1, 40).ToString(inv),
            "Thousands" => random.Next(1_000, 250_000).ToString("N0", inv),
            "Iso" => published.AddDays(random.Next(1, 60)).ToString("yyyy-MM-dd", inv),
            "Clock" => random.Next(1, 12).ToString(inv),
            "Slug" => Pick(random, Surnames).ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)
                .Replace("ø", "o", StringComparison.Ordinal).Replace("ö", "o", StringComparison.Ordinal).Replace("é", "e", StringComparison.Ordinal),
            "Handle" => Pick(random, Surnames).Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace("-", "_", StringComparison.Ordinal) + "Office",
            "Hashtag" => Pick(random, Topics).Replace(" ", "", StringComparison.Ordinal) + "Talks",
            "Code" => Code(random),
            _ => throw new InvalidOperationException($"Unknown template slot '{name}'."),
        };
    }

    private static string Code(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> chars = stackalloc char[10];
        for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
