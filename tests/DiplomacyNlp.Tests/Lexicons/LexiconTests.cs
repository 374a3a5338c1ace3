using System.IO.Compression;
using System.Text;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Lexicons;

public sealed class LexiconTests
{
    private static LexiconSet L => LexiconSet.Default;

    [Test]
    public void CountriesResolveNamesAbbreviationsDemonymsAndCapitals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(L.Countries.TryGetByName("Mexico", out var mx) ? mx.Iso3 : null, Is.EqualTo("MEX"));
            Assert.That(L.Countries.TryGetByName("U.S.", out var us) ? us.Iso3 : null, Is.EqualTo("USA"));
            Assert.That(L.Countries.TryGetByName("United States of America", out var usa) ? usa.Iso3 : null, Is.EqualTo("USA"));
            Assert.That(L.Countries.TryGetByName("us", out _), Is.False, "lowercase 'us' is a pronoun");
            Assert.That(L.Countries.TryGetByDemonym("Mexicans", out var mxn) ? mxn.Iso3 : null, Is.EqualTo("MEX"));
            Assert.That(L.Countries.TryGetByDemonym("British", out var gb) ? gb.Iso3 : null, Is.EqualTo("GBR"));
            Assert.That(L.Countries.TryGetByCapital("Ottawa", out var ca) ? ca.Iso3 : null, Is.EqualTo("CAN"));
            Assert.That(L.Countries.TryGetByCode("fra", out var fr) ? fr.Name : null, Is.EqualTo("France"));
        });
    }

    [Test]
    public void TitlesCarryCanonicalFormsAndSectors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(L.Titles.TryGet("foreign secretary", out var fs) ? fs.Canonical : null, Is.EqualTo("Foreign Minister"));
            Assert.That(L.Titles.TryGet("Secretary of State", out var ss) ? ss.Sector : null, Is.EqualTo("GOV"));
            Assert.That(L.Titles.TryGet("General", out var g) ? g.Sector : null, Is.EqualTo("MIL"));
            Assert.That(L.Titles.TryGet("Senator", out var s) ? s.Sector : null, Is.EqualTo("LEG"));
            Assert.That(L.Titles.TryGet("Banana", out _), Is.False);
        });
    }

    [Test]
    public void NamesAreCaseAndAccentInsensitive()
    {
        Assert.Multiple(() =>
        {
            Assert.That(L.Names.IsGivenName("Maria"), Is.True);
            Assert.That(L.Names.IsGivenName("MARÍA"), Is.True);
            Assert.That(L.Names.IsSurname("Gonzalez"), Is.True);
            Assert.That(L.Names.IsSurname("González"), Is.True);
            Assert.That(L.Names.SurnameFrequency("Smith"), Is.GreaterThan(L.Names.SurnameFrequency("Gonzalez")));
        });
    }

    [Test]
    public void WordsTellCommonWordsFromProperNouns()
    {
        Assert.Multiple(() =>
        {
            Assert.That(L.Words.IsCommonLowercaseWord("Officials"), Is.True);
            Assert.That(L.Words.IsCommonLowercaseWord("Ottawa"), Is.False);
            Assert.That(L.Words.IsKnownWord("Ottawa"), Is.True);
        });
    }

    [Test]
    public void PlacesOrganizationsAndLeadersAreLoaded()
    {
        Assert.Multiple(() =>
        {
            Assert.That(L.Places.TryGet("Tijuana", out var p) ? p.CountryIso3 : null, Is.EqualTo("MEX"));
            Assert.That(L.Places.TryGet("Texas", out var tx) ? tx.Kind : (PlaceKind?)null, Is.EqualTo(PlaceKind.Region));
            Assert.That(L.Organizations.TryGetByAcronym("NATO", out var nato) ? nato.Name : null, Does.Contain("Atlantic Treaty"));
            Assert.That(L.Organizations.TryGetByAcronym("nato", out _), Is.False);
            Assert.That(L.Organizations.IsHeadWord("Ministry", out _), Is.True);
            Assert.That(L.Leaders.All, Has.Count.GreaterThan(300));
            Assert.That(L.KeepWholeTokens, Does.Contain("U.S."));
        });
    }

    [Test]
    public void SpanLookupsDoNotAllocate()
    {
        const string text = "the Mexican Foreign Secretary met Canadian officials in Ottawa";
        int hits = 0;
        for (int round = 0; round < 2; round++)
        {
            hits = 0;
            Lookups(text, ref hits); // first round warms up (type loading, JIT)
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        Lookups(text, ref hits);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(hits, Is.GreaterThanOrEqualTo(3000));
        Assert.That(allocated, Is.LessThan(1024), "span lookups must not allocate");
    }

    private static void Lookups(string text, ref int hits)
    {
        for (int i = 0; i < 1000; i++)
        {
            if (L.Countries.TryGetByDemonym(text.AsSpan(4, 7), out _)) hits++;
            if (L.Titles.TryGet(text.AsSpan(12, 17), out _)) hits++;
            if (L.Names.IsSurname(text.AsSpan(12, 7))) hits++;
            if (L.Words.IsCommonLowercaseWord(text.AsSpan(30, 3))) hits++;
            if (L.Countries.TryGetByCapital(text.AsSpan(56, 6), out _)) hits++;
        }
    }

    [Test]
    public void TokenTrieFindsTheLongestEntry()
    {
        var trie = new TokenTrie<string>(ignoreCase: true);
        trie.Add("Secretary", "short");
        trie.Add("Secretary of State", "long");
        trie.Add("Secretary of the Interior", "interior");
        const string text = "the secretary of state said";
        var tokens = Tokenizer.Default.Tokenize(text);
        Assert.That(trie.TryMatchLongest(text, tokens, 1, out int n, out var v), Is.True);
        Assert.That((n, v), Is.EqualTo((3, "long")));
        Assert.That(trie.TryMatchLongest(text, tokens, 0, out _, out _), Is.False);
    }

    [Test]
    public void MissingResourceIsNamedInTheError()
    {
        var set = new LexiconSet(new LexiconSource(_ => null));
        var ex = Assert.Throws<LexiconLoadException>(() => _ = set.Countries);
        Assert.That(ex!.Resource, Is.EqualTo("countries.tsv.gz"));
        Assert.That(ex.Message, Does.Contain("missing"));
    }

    [Test]
    public void CorruptResourceIsNamedInTheError()
    {
        var set = new LexiconSet(new LexiconSource(_ => new MemoryStream(Encoding.UTF8.GetBytes("this is not gzip"))));
        var ex = Assert.Throws<LexiconLoadException>(() => _ = set.Titles);
        Assert.That(ex!.Message, Does.Contain("titles.tsv.gz").And.Contain("corrupt"));
    }

    [Test]
    public void RowWithTooFewColumnsIsCorrupt()
    {
        var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes("Foreign Minister\n"));
        }
        var bytes = buffer.ToArray();
        var set = new LexiconSet(new LexiconSource(_ => new MemoryStream(bytes)));
        var ex = Assert.Throws<LexiconLoadException>(() => _ = set.Titles);
        Assert.That(ex!.Message, Does.Contain("line 1"));
    }
}
