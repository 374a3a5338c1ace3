using DiplomacyNlp.Entities;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Reads coordinated participant mentions with their title prefixes: "Whitmore and de la Vega", "the United States
/// and Mexico", "Foreign Minister Ana Ruiz, Trade Minister Leo Park and Finance Minister Ida Berg",
/// "Both Whitmore and de la Vega". Titles, nationality adjectives and adjectival countries before a name
/// ("U.S. Secretary of State", "Mexico's Foreign Minister") are skipped; the named mentions are returned.
/// </summary>
internal static class CoordinationReader
{
    private const int MaxPrefix = 10;

    /// <summary>
    /// Reads a group that starts at <paramref name="pos"/> (an optional title prefix, then a mention), appending the
    /// indices of its mentions to <paramref name="found"/>. Returns false when no mention starts the group.
    /// </summary>
    public static bool ReadRight(EventDocument doc, int pos, int limit, MentionKind kinds, List<int> found, out int end)
    {
        end = pos;
        int before = found.Count;
        int i = pos;
        if (doc.IsWord(i, "both") || doc.IsWord(i, "between")) i++;
        // A comma joins members only in a list that ends with "and" ("A, B and C"); otherwise the group stops at the comma.
        int firstCommaCount = -1, firstCommaEnd = -1;
        bool sawAnd = false;
        while (i < limit)
        {
            int j = SkipTitlesRight(doc, i, limit);
            // "his Lithuanian counterpart, Ruta Kazlauskaite": a title, a comma, then the name.
            if (j > i && doc.IsWord(j, ",") && doc.MentionIndexAt(j) < 0)
            {
                int n = SkipTitlesRight(doc, j + 1, limit);
                int ni = doc.MentionIndexAt(n);
                if (ni >= 0 && doc.Mentions[ni].FirstToken == n && doc.Mentions[ni].Kind == MentionKind.Person) j = n;
            }
            int mi = doc.MentionIndexAt(j);
            if (mi < 0 || doc.Mentions[mi].FirstToken != j || (doc.Mentions[mi].Kind & kinds) == 0) break;
            var m = doc.Mentions[mi];
            // A title and then the name in apposition: "the Secretary of the Interior, Ana Ruiz Medina".
            if (m.Kind == MentionKind.Role && NameInApposition(doc, m.EndToken, limit) is int named)
            {
                mi = named;
                m = doc.Mentions[mi];
            }
            found.Add(mi);
            end = m.EndToken;
            i = end;
            // An appositive title after a name: "Ana Ruiz, Peru's foreign minister, and Leo Park".
            int k = SkipAppositive(doc, i, limit);
            if (k > i && (doc.IsWord(k, "and") || doc.IsWord(k, ","))) i = k;
            if (i < limit && doc.IsWord(i, ",") && doc.IsWord(i + 1, "and")) { sawAnd = true; i += 2; continue; }
            if (i < limit && (doc.IsWord(i, "and") || doc.IsWord(i, "&"))) { sawAnd = true; i++; continue; }
            if (i < limit && doc.IsWord(i, ","))
            {
                if (firstCommaCount < 0) { firstCommaCount = found.Count; firstCommaEnd = end; }
                i++;
                continue;
            }
            break;
        }
        if (firstCommaCount >= 0 && !sawAnd && found.Count > firstCommaCount)
        {
            found.RemoveRange(firstCommaCount, found.Count - firstCommaCount);
            end = firstCommaEnd;
        }
        return found.Count > before;
    }

    /// <summary>The person named after a title and a comma ("the Secretary of the Interior, Ana Ruiz Medina"), or null.</summary>
    private static int? NameInApposition(EventDocument doc, int after, int limit)
    {
        int k = after;
        while (k < limit && k - after < 6 && !doc.IsWord(k, ",") && IsTitleToken(doc, k, inTitle: true) && doc.MentionIndexAt(k) < 0) k++;
        if (!doc.IsWord(k, ",")) return null;
        int j = SkipTitlesRight(doc, k + 1, limit);
        int mi = doc.MentionIndexAt(j);
        if (mi < 0 || doc.Mentions[mi].FirstToken != j || doc.Mentions[mi].Kind != MentionKind.Person) return null;
        return mi;
    }

    /// <summary>
    /// Reads a group whose last token is <paramref name="last"/>, appending its mentions (right to left) to
    /// <paramref name="found"/>; <paramref name="start"/> is the first token of the group (title prefix included).
    /// </summary>
    public static bool ReadLeft(EventDocument doc, int last, int floor, MentionKind kinds, List<int> found, out int start)
    {
        start = last + 1;
        int before = found.Count;
        bool sawAnd = false;
        int i = last;
        // A trailing appositive: "Ana Ruiz, Peru's foreign minister, met …" ends at the comma before the verb.
        while (i >= floor)
        {
            int mi = doc.MentionIndexAt(i);
            if (mi < 0)
            {
                int head = AppositiveHead(doc, i, floor);
                if (head >= 0) mi = doc.MentionIndexAt(head);
                if (mi < 0) break;
            }
            var m = doc.Mentions[mi];
            if ((m.Kind & kinds) == 0) break;
            if (!(m.EndToken - 1 == i || AppositiveHead(doc, i, floor) == m.EndToken - 1)) break;
            found.Add(mi);
            int j = SkipTitlesLeft(doc, m.FirstToken - 1, floor);
            start = j + 1;
            if (j >= floor && (doc.IsWord(j, "and") || doc.IsWord(j, "&")))
            {
                int k = j - 1;
                if (doc.IsWord(k, ",")) k--;
                sawAnd = true;
                i = k;
                continue;
            }
            if (j >= floor && sawAnd && doc.IsWord(j, ","))
            {
                i = j - 1;
                continue;
            }
            if (j >= floor && doc.IsWord(j, "both")) start = j;
            break;
        }
        return found.Count > before;
    }

    /// <summary>The first token at or after <paramref name="pos"/> that is not part of a title prefix.</summary>
    public static int SkipTitlesRight(EventDocument doc, int pos, int limit)
    {
        int i = pos;
        bool inTitle = false;
        while (i < limit && i - pos < MaxPrefix)
        {
            int mi = doc.MentionIndexAt(i);
            if (mi >= 0)
            {
                var m = doc.Mentions[mi];
                // An adjectival country before a title or name ("U.S. Secretary", "Mexico's president") is part of the prefix.
                if (m.Kind == MentionKind.Country && m.FirstToken == i && IsAdjectival(doc, m.EndToken, limit))
                {
                    i = m.EndToken;
                    inTitle = true;
                    continue;
                }
                return i;
            }
            if (!IsTitleToken(doc, i, inTitle)) return i;
            inTitle = true;
            i++;
        }
        return i;
    }

    /// <summary>The token before the title prefix that ends at <paramref name="pos"/> (or <paramref name="pos"/> itself when it is not a title).</summary>
    public static int SkipTitlesLeft(EventDocument doc, int pos, int floor)
    {
        int i = pos;
        int steps = 0;
        while (i >= floor && steps < MaxPrefix)
        {
            int mi = doc.MentionIndexAt(i);
            if (mi >= 0)
            {
                var m = doc.Mentions[mi];
                if (m.Kind == MentionKind.Country && m.EndToken - 1 == i && IsAdjectival(doc, m.EndToken, doc.Tokens.Count))
                {
                    i = m.FirstToken - 1;
                    steps++;
                    continue;
                }
                return i;
            }
            var w = doc.W(i);
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && !doc.IsCoveredBy(i, EntityType.Role) && !doc.IsCoveredBy(i, EntityType.Organization)) return i;
            if (w.Equals("both", StringComparison.OrdinalIgnoreCase)) return i;
            if (!IsTitleToken(doc, i, inTitle: true)) return i;
            i--;
            steps++;
        }
        return i;
    }

    /// <summary>True when the tokens from <paramref name="i"/> continue a title or a possessive ("'s", "Secretary", a name).</summary>
    private static bool IsAdjectival(EventDocument doc, int i, int limit)
    {
        if (i >= limit) return false;
        if (doc.IsWord(i, "'s") || doc.IsWord(i, "\u2019s")) return true;
        var w = doc.W(i);
        if (doc.IsCoveredBy(i, EntityType.Role)) return true;
        if (ClauseWords.TitleWords.Contains(w) && !w.Equals("and", StringComparison.OrdinalIgnoreCase) && !w.Equals("of", StringComparison.OrdinalIgnoreCase)
            && !w.Equals("for", StringComparison.OrdinalIgnoreCase) && !w.Equals("the", StringComparison.OrdinalIgnoreCase) && !w.Equals("a", StringComparison.OrdinalIgnoreCase)
            && !w.Equals("an", StringComparison.OrdinalIgnoreCase) && !w.Equals("both", StringComparison.OrdinalIgnoreCase)) return true;
        int mi = doc.MentionIndexAt(i);
        return mi >= 0 && doc.Mentions[mi].Kind is MentionKind.Person;
    }

    /// <summary>True when token <paramref name="i"/> can be part of a title prefix.</summary>
    public static bool IsTitleToken(EventDocument doc, int i, bool inTitle)
    {
        var t = doc.Tokens[i];
        if (t.Kind == TokenKind.Punctuation) return doc.W(i) is "-" or "\u2010" or "\u2011" && inTitle;
        if (doc.IsCoveredBy(i, EntityType.Role) || doc.IsCoveredBy(i, EntityType.Nationality)) return true;
        var w = doc.W(i);
        if (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)) return inTitle;
        if (ClauseWords.TitleWords.Contains(w)) return true;
        if (doc.TimeAt(i) is not null) return false;
        // A demonym the entity stage did not mark ("Mexican", "Brazilian", "Chinese", "French").
        if (t.Has(TokenFlags.InitialUpper) && t.Kind == TokenKind.Word && w.Length > 4 && LooksLikeDemonym(w)) return true;
        return false;
    }

    private static bool LooksLikeDemonym(ReadOnlySpan<char> w) =>
        w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("can", StringComparison.Ordinal) ||
        w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ench", StringComparison.Ordinal) ||
        w.EndsWith("utch", StringComparison.Ordinal) || w.EndsWith("qi", StringComparison.Ordinal) || w.EndsWith("ani", StringComparison.Ordinal) ||
        w.EndsWith("eli", StringComparison.Ordinal) || w.EndsWith("ari", StringComparison.Ordinal) || w.EndsWith("eek", StringComparison.Ordinal) ||
        w.EndsWith("tan", StringComparison.Ordinal) || w.EndsWith("nan", StringComparison.Ordinal);

    /// <summary>
    /// When token <paramref name="i"/> closes an appositive (", Peru's foreign minister,"), the last token of the
    /// name before it; otherwise -1.
    /// </summary>
    private static int AppositiveHead(EventDocument doc, int i, int floor)
    {
        if (!doc.IsWord(i, ",")) return -1;
        int k = i - 1;
        int limit = Math.Max(floor, i - 10);
        while (k > limit && !doc.IsWord(k, ","))
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Punctuation && !doc.IsWord(k, "-")) return -1;
            if (ClauseWords.IsVerbLike(doc, k) && !doc.IsCoveredBy(k, EntityType.Role)) return -1;
            k--;
        }
        if (!doc.IsWord(k, ",") || k - 1 < floor) return -1;
        // The appositive must be a title: "the foreign minister", "Peru's top diplomat".
        bool titled = false;
        for (int x = k + 1; x < i; x++)
        {
            if (doc.IsCoveredBy(x, EntityType.Role) || ClauseWords.TitleWords.Contains(doc.W(x)) && !doc.IsWord(x, "the") && !doc.IsWord(x, "of") && !doc.IsWord(x, "'s")) { titled = true; break; }
        }
        if (!titled) return -1;
        int mi = doc.MentionIndexAt(k - 1);
        return mi >= 0 && doc.Mentions[mi].EndToken == k && doc.Mentions[mi].Kind == MentionKind.Person ? k - 1 : -1;
    }

    /// <summary>Skips an appositive title after a name (", Peru's foreign minister,"); returns the token after its closing comma, or <paramref name="i"/>.</summary>
    private static int SkipAppositive(EventDocument doc, int i, int limit)
    {
        if (!doc.IsWord(i, ",") || doc.IsWord(i + 1, "and") || doc.IsWord(i + 1, "or")) return i;
        int k = i + 1;
        while (k < limit && k - i < 10 && !doc.IsWord(k, ","))
        {
            if (doc.MentionIndexAt(k) >= 0 && doc.Mentions[doc.MentionIndexAt(k)].Kind == MentionKind.Person) return i;
            if (doc.Tokens[k].Kind == TokenKind.Punctuation) return i;
            if (ClauseWords.IsVerbLike(doc, k) && !doc.IsCoveredBy(k, EntityType.Role)) return i;
            k++;
        }
        if (k >= limit || !doc.IsWord(k, ",")) return i;
        int closing = k;
        return AppositiveHead(doc, closing, i - 2) >= 0 ? closing : i;
    }
}
