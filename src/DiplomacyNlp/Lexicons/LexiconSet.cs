namespace DiplomacyNlp.Lexicons;

/// <summary>
/// All lexicons, each loaded lazily on first use from a <see cref="LexiconSource"/> (by default the resources
/// embedded in the assembly) and then shared: <see cref="Default"/> is loaded at most once per process and is
/// thread-safe. A missing or corrupt resource throws <see cref="LexiconLoadException"/> naming it.
/// </summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> DefaultLazy = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<CountryLexicon> _countries;
    private readonly Lazy<TitleLexicon> _titles;
    private readonly Lazy<OrganizationLexicon> _organizations;
    private readonly Lazy<NameLexicon> _names;
    private readonly Lazy<PlaceLexicon> _places;
    private readonly Lazy<WordLexicon> _words;
    private readonly Lazy<LeaderLexicon> _leaders;
    private readonly Lazy<IReadOnlyCollection<string>> _keepWhole;

    /// <summary>Creates a set that reads from <paramref name="source"/>.</summary>
    public LexiconSet(LexiconSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        const LazyThreadSafetyMode mode = LazyThreadSafetyMode.ExecutionAndPublication;
        _countries = new(() => new CountryLexicon(source), mode);
        _titles = new(() => new TitleLexicon(source), mode);
        _organizations = new(() => new OrganizationLexicon(source), mode);
        _names = new(() => new NameLexicon(source), mode);
        _places = new(() => new PlaceLexicon(source), mode);
        _words = new(() => new WordLexicon(source), mode);
        _leaders = new(() => new LeaderLexicon(source), mode);
        _keepWhole = new(BuildKeepWhole, mode);
    }

    /// <summary>The lexicons embedded in the library.</summary>
    public static LexiconSet Default => DefaultLazy.Value;

    /// <summary>Where the files come from.</summary>
    public LexiconSource Source { get; }

    /// <summary>Countries, demonyms and capitals.</summary>
    public CountryLexicon Countries => _countries.Value;

    /// <summary>Role titles with canonical forms and sectors.</summary>
    public TitleLexicon Titles => _titles.Value;

    /// <summary>International organizations and organization head words.</summary>
    public OrganizationLexicon Organizations => _organizations.Value;

    /// <summary>Given names and surnames.</summary>
    public NameLexicon Names => _names.Value;

    /// <summary>GeoNames places.</summary>
    public PlaceLexicon Places => _places.Value;

    /// <summary>The English word list.</summary>
    public WordLexicon Words => _words.Value;

    /// <summary>Heads of state and government.</summary>
    public LeaderLexicon Leaders => _leaders.Value;

    /// <summary>Single-token lexicon entries that contain punctuation ("U.S.", "U.A.E."), for the tokenizer to keep whole.</summary>
    public IReadOnlyCollection<string> KeepWholeTokens => _keepWhole.Value;

    /// <summary>Loads every lexicon now (for warm-up and for checking resources at start-up).</summary>
    public void LoadAll()
    {
        // The three big lists (places, names, words) take most of the time and load independently: load them side by
        // side on multi-core machines. Each lexicon is a thread-safe Lazy, so concurrent first access is safe.
        Parallel.Invoke(
            () => _ = Places,
            () =>
            {
                _ = Names;
                _ = Leaders;
            },
            () =>
            {
                _ = Words;
                _ = Countries;
                _ = Titles;
                _ = Organizations;
                _ = KeepWholeTokens;
            });
    }

    /// <summary>
    /// The embedded set, with the three big lists (places, names, words) starting to load in the background: whatever
    /// first asks for the default set (building the default pipeline asks for countries, titles and organizations) is
    /// soon followed by the taggers and recognizers that need all three, and their loading then overlaps with the
    /// rest of the start-up instead of running after it.
    /// </summary>
    private static LexiconSet CreateDefault()
    {
        var set = new LexiconSet(LexiconSource.Embedded);
        set.StartLoadingLargeLexicons();
        return set;
    }

    /// <summary>
    /// Queues the loading of places, names and words on the thread pool. A failure is not lost: each lexicon is a Lazy
    /// that keeps its exception and rethrows it to whoever asks for the lexicon.
    /// </summary>
    internal void StartLoadingLargeLexicons()
    {
        ThreadPool.UnsafeQueueUserWorkItem(static set => Touch(() => _ = set.Places), this, preferLocal: false);
        ThreadPool.UnsafeQueueUserWorkItem(static set =>
        {
            Touch(() => _ = set.Words);
            Touch(() => _ = set.Names);
        }, this, preferLocal: false);

        static void Touch(Action load)
        {
            try
            {
                load();
            }
            catch (Exception)
            {
                // Kept by the Lazy and rethrown to whoever asks for the lexicon; an exception escaping a thread-pool work
                // item would end the process instead.
            }
        }
    }

    private IReadOnlyCollection<string> BuildKeepWhole()
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in Countries.NameStrings)
        {
            if (n.IndexOf(' ') < 0 && n.IndexOf('.') > 0) set.Add(n);
        }
        foreach (var a in Organizations.Acronyms)
        {
            if (a.IndexOf(' ') < 0 && a.IndexOf('.') > 0) set.Add(a);
        }
        return set;
    }
}
