namespace DiplomacyNlp.Events.Patterns;

/// <summary>
/// Expands a lemma into its inflected forms for matching ("meet" → meet, meets, meeting, met; "visit" → visit,
/// visits, visited, visiting). Regular English inflection plus a table of irregular verbs; extra spellings that do
/// not exist ("visitted") are harmless because matching is by lookup. Used at pattern-build time only.
/// </summary>
public static class WordForms
{
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["be"] = ["is", "are", "was", "were", "been", "being", "am"],
        ["have"] = ["has", "had", "having"],
        ["meet"] = ["met"],
        ["hold"] = ["held"],
        ["speak"] = ["spoke", "spoken"],
        ["sit"] = ["sat"],
        ["take"] = ["took", "taken"],
        ["make"] = ["made"],
        ["lead"] = ["led"],
        ["give"] = ["gave", "given"],
        ["come"] = ["came"],
        ["go"] = ["went", "gone", "goes"],
        ["see"] = ["saw", "seen"],
        ["set"] = ["set"],
        ["put"] = ["put"],
        ["strike"] = ["struck", "stricken"],
        ["tell"] = ["told"],
        ["say"] = ["said"],
        ["bring"] = ["brought"],
        ["begin"] = ["began", "begun"],
        ["choose"] = ["chose", "chosen"],
        ["draw"] = ["drew", "drawn"],
        ["write"] = ["wrote", "written"],
        ["break"] = ["broke", "broken"],
        ["win"] = ["won"],
        ["send"] = ["sent"],
        ["keep"] = ["kept"],
        ["leave"] = ["left"],
        ["fly"] = ["flew", "flown", "flies"],
        ["seek"] = ["sought"],
        ["forge"] = ["forged"],
        ["undertake"] = ["undertook", "undertaken"],
        ["withdraw"] = ["withdrew", "withdrawn"],
        ["reach"] = ["reaches", "reached", "reaching"],
        ["pay"] = ["paid"],
        ["lay"] = ["laid"],
        ["find"] = ["found"],
        ["teleconference"] = ["teleconferences", "teleconferencing"],
    };

    /// <summary>The lemma and its inflected forms, lowercase.</summary>
    public static IReadOnlyList<string> Expand(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var w = lemma.Trim().ToLowerInvariant();
        var forms = new List<string> { w };
        if (w.Length == 0) return forms;
        if (Irregular.TryGetValue(w, out var irregular)) forms.AddRange(irregular);
        bool sibilant = w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal);
        bool consonantY = w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]);
        // third person / plural
        forms.Add(sibilant ? w + "es" : consonantY ? w[..^1] + "ies" : w + "s");
        // past and participle
        if (w.EndsWith('e')) forms.Add(w + "d");
        else if (consonantY) forms.Add(w[..^1] + "ied");
        else
        {
            forms.Add(w + "ed");
            if (EndsConsonantVowelConsonant(w)) forms.Add(w + w[^1] + "ed");
        }
        // gerund
        if (w.EndsWith("ee", StringComparison.Ordinal)) forms.Add(w + "ing");
        else if (w.EndsWith('e') && w.Length > 2) forms.Add(w[..^1] + "ing");
        else
        {
            forms.Add(w + "ing");
            if (EndsConsonantVowelConsonant(w)) forms.Add(w + w[^1] + "ing");
        }
        if (w.EndsWith('l')) { forms.Add(w + "led"); forms.Add(w + "ling"); } // British "labelled", "cancelled"
        var distinct = new List<string>(forms.Count);
        foreach (var f in forms)
        {
            if (!distinct.Contains(f)) distinct.Add(f);
        }
        return distinct;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);
}
