using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// Rule-based Money ("$46 billion", "US$3 million", "50 million pesos", "€2bn"), Percent ("53%", "12 percent")
/// and Quantity ("10,000 troops", "2,000 km") entities. No regular expressions; one pass over the tokens.
/// Years, dates and bare numbers are not amounts. Thread-safe and stateless.
/// </summary>
public static class NumericEntityRecognizer
{
    private static readonly SpanStringSet Scales = new(["thousand", "million", "billion", "trillion", "bn", "m", "mn", "k", "tn", "hundred"], ignoreCase: true);
    private static readonly SpanStringSet CurrencyWords = new(
    [
        "dollar", "dollars", "peso", "pesos", "euro", "euros", "pound", "pounds", "yen", "yuan", "renminbi", "rupee", "rupees", "ruble", "rubles",
        "rouble", "roubles", "real", "reais", "franc", "francs", "shekel", "shekels", "riyal", "riyals", "dinar", "dinars", "won", "lira", "hryvnia",
        "rand", "naira", "baht", "dirham", "dirhams", "bolivars", "sterling",
    ], ignoreCase: true);
    private static readonly SpanStringSet PercentWords = new(["percent", "per cent", "pct", "percentage"], ignoreCase: true);
    private static readonly SpanStringSet NotQuantityNouns = new(
    [
        "percent", "pct", "per", "a.m.", "p.m.", "am", "pm", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
        "minutes", "minute", "seconds", "times", "of", "and", "or", "to", "in", "on", "at", "by", "the", "a", "an", "for", "from", "with", "as",
        "than", "more", "less", "p", "st", "nd", "rd", "th", "was", "were", "is", "are", "had", "have", "has", "will", "would",
    ], ignoreCase: true);
    private static readonly SpanStringSet Months = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    ], ignoreCase: false);

    /// <summary>Appends amount entities found in tokens <paramref name="first"/> to <paramref name="end"/> (exclusive).</summary>
    public static void Recognize(string text, IReadOnlyList<Token> tokens, int first, int end, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        int i = first;
        while (i < end)
        {
            var t = tokens[i];
            // Currency symbol first: $46 billion, US$3 million, € 2bn
            if (IsCurrencySymbol(text, t) && i + 1 < end && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Start == t.End)
            {
                int s = i;
                if (i > first && tokens[i - 1].End == t.Start && IsCountryPrefix(text, tokens[i - 1])) s = i - 1;
                int j = i + 2;
                if (j < end && IsScale(text, tokens[j])) j++;
                Add(text, tokens, s, j, EntityType.Money, 0.97, output);
                i = j;
                continue;
            }
            if (t.Kind == TokenKind.Number)
            {
                int j = i + 1;
                if (j < end && IsScale(text, tokens[j])) j++;
                if (j < end && CurrencyWords.Contains(Slice(text, tokens[j])))
                {
                    Add(text, tokens, i, j + 1, EntityType.Money, 0.93, output);
                    i = j + 1;
                    continue;
                }
                if (j < end && tokens[j].Kind == TokenKind.Symbol && text[tokens[j].Start] == '%')
                {
                    Add(text, tokens, i, j + 1, EntityType.Percent, 0.98, output);
                    i = j + 1;
                    continue;
                }
                if (j < end && PercentWords.Contains(Slice(text, tokens[j])))
                {
                    int k = j + 1;
                    if (k < end && Slice(text, tokens[k]).Equals("points", StringComparison.OrdinalIgnoreCase)) k++;
                    Add(text, tokens, i, k, EntityType.Percent, 0.97, output);
                    i = k;
                    continue;
                }
                if (t.Kind == TokenKind.Number && j < end && IsQuantityNoun(text, tokens[j]) && !IsYearOrDate(text, tokens, i, first))
                {
                    Add(text, tokens, i, j + 1, EntityType.Quantity, 0.85, output);
                    i = j + 1;
                    continue;
                }
            }
            i++;
        }
    }

    private static ReadOnlySpan<char> Slice(string text, Token t) => text.AsSpan(t.Start, t.Length);

    private static bool IsCurrencySymbol(string text, Token t) => t.Length == 1 && text[t.Start] is '$' or '€' or '£' or '¥' or '₹' or '₽' or '₩' or '₪';

    private static bool IsCountryPrefix(string text, Token t) => t.Kind == TokenKind.Word && t.Length <= 3 && t.Has(TokenFlags.AllUpper);

    private static bool IsScale(string text, Token t) => t.Kind == TokenKind.Word && Scales.Contains(Slice(text, t));

    private static bool IsQuantityNoun(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.AllLower) || t.Length < 2) return false;
        return !NotQuantityNouns.Contains(Slice(text, t)) && !Scales.Contains(Slice(text, t));
    }

    private static bool IsYearOrDate(string text, IReadOnlyList<Token> tokens, int i, int first)
    {
        var t = tokens[i];
        var s = Slice(text, t);
        if (s.Length == 4 && s[0] is '1' or '2' && !s.Contains(',')) return true;
        if (i > first && Months.Contains(Slice(text, tokens[i - 1]))) return true;
        return s.Contains('-') || s.Contains('/');
    }

    private static void Add(string text, IReadOnlyList<Token> tokens, int first, int end, EntityType type, double confidence, List<Entity> output) =>
        output.Add(CandidateEntity.FromTokens(text, tokens, first, end, type, confidence, EntitySource.Rule));
}
