namespace DiplomacyNlp.Tagging;

/// <summary>
/// Reads CoNLL-style files: one token per line, tab- or space-separated columns (token, POS, …, label), blank lines
/// between sentences. Lines starting with "-DOCSTART-" are skipped.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads every sentence of a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line has fewer than two columns.</exception>
    public static List<ConllSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"CoNLL file '{path}' does not exist.", path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from a reader.</summary>
    public static List<ConllSentence> Read(TextReader reader, string name = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var pos = new List<string>();
        var labels = new List<string>();
        string? line;
        int lineNo = 0;
        void Flush()
        {
            if (words.Count > 0) sentences.Add(new ConllSentence(words.ToArray(), pos.ToArray(), labels.ToArray()));
            words.Clear();
            pos.Clear();
            labels.Clear();
        }
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line.Trim().Length == 0) { Flush(); continue; }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { Flush(); continue; }
            var cols = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 2) throw new FormatException($"{name}:{lineNo}: expected 'token<TAB>POS<TAB>label', got '{line}'.");
            words.Add(cols[0]);
            pos.Add(cols.Length >= 3 ? cols[1] : "");
            labels.Add(cols[^1]);
        }
        Flush();
        return sentences;
    }
}
