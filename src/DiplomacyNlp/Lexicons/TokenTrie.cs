using DiplomacyNlp.Text;

namespace DiplomacyNlp.Lexicons;

/// <summary>
/// A trie over token sequences with longest match: "Secretary of State" is three edges. Edges are keyed by a
/// 64-bit hash of the token's characters (case-folded when the trie ignores case), so matching allocates nothing.
/// Built once, then read-only and thread-safe.
/// </summary>
/// <typeparam name="T">The value stored at the end of an entry.</typeparam>
public sealed class TokenTrie<T>
{
    private readonly Dictionary<ulong, int> _edges = new();
    private readonly List<T> _values = new();
    private readonly List<bool> _terminal = new();
    private readonly Tokenizer _tokenizer;

    /// <summary>Creates an empty trie.</summary>
    /// <param name="ignoreCase">Match tokens ignoring case.</param>
    /// <param name="tokenizer">Tokenizer used to split entries into tokens (default: <see cref="Tokenizer.Default"/>).</param>
    public TokenTrie(bool ignoreCase, Tokenizer? tokenizer = null)
    {
        IgnoreCase = ignoreCase;
        _tokenizer = tokenizer ?? Tokenizer.Default;
        _values.Add(default!);
        _terminal.Add(false);
    }

    /// <summary>True when tokens match ignoring case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an entry (tokenized with the trie's tokenizer); an existing entry keeps its first value.</summary>
    public void Add(string phrase, T value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = _tokenizer.Tokenize(phrase);
        if (tokens.Count == 0) return;
        int node = 0;
        foreach (var t in tokens)
        {
            ulong key = EdgeKey(node, Hash(phrase.AsSpan(t.Start, t.Length)));
            if (!_edges.TryGetValue(key, out int child))
            {
                child = _values.Count;
                _values.Add(default!);
                _terminal.Add(false);
                _edges[key] = child;
            }
            node = child;
        }
        if (!_terminal[node])
        {
            _terminal[node] = true;
            _values[node] = value;
            Count++;
        }
    }

    /// <summary>
    /// Finds the longest entry that starts at token <paramref name="start"/> and ends before <paramref name="limit"/>.
    /// </summary>
    public bool TryMatchLongest(string text, IReadOnlyList<Token> tokens, int start, int limit, out int tokenCount, out T value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        tokenCount = 0;
        value = default!;
        int node = 0;
        for (int i = start; i < limit && i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!_edges.TryGetValue(EdgeKey(node, Hash(text.AsSpan(t.Start, t.Length))), out int child)) break;
            node = child;
            if (_terminal[node])
            {
                tokenCount = i - start + 1;
                value = _values[node];
            }
        }
        return tokenCount > 0;
    }

    /// <summary>Finds the longest entry starting at token <paramref name="start"/>.</summary>
    public bool TryMatchLongest(string text, IReadOnlyList<Token> tokens, int start, out int tokenCount, out T value) =>
        TryMatchLongest(text, tokens, start, tokens?.Count ?? 0, out tokenCount, out value);

    private static ulong EdgeKey(int node, ulong tokenHash) => (tokenHash ^ ((ulong)(uint)node * 0x9E3779B97F4A7C15UL)) + (ulong)node;

    private ulong Hash(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037UL;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (IgnoreCase) c = c < 0x80 ? (char)(c is >= 'a' and <= 'z' ? c - 32 : c) : char.ToUpperInvariant(c);
            else if (c == '\u2019') c = '\'';
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }
}
