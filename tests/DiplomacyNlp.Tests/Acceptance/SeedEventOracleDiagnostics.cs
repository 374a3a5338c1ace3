using DiplomacyNlp.Events;
using DiplomacyNlp.Tests.Events;
using DiplomacyNlp.Tests.Support;

namespace DiplomacyNlp.Tests.Acceptance;

/// <summary>
/// A diagnostic, not a quality gate: runs the event extractor on the seed articles with oracle entities (the gold mention
/// lists, and the general country, demonym and title gazetteers of ../shared) instead of the model stack, to separate
/// event-rule errors from entity errors. Explicit: run it by name.
/// </summary>
[Explicit("diagnostic: event rules on oracle entities")]
public sealed class SeedEventOracleDiagnostics
{
    [Test]
    public void EventsOnOracleEntities()
    {
        string goldPath = SharedData.Require(Path.Combine("seeds", "gold.json"));
        string countriesPath = SharedData.Require(Path.Combine("gazetteers", "countries", "mledoze_countries_demonyms.tsv"));
        string titlesPath = SharedData.Require(Path.Combine("gazetteers", "titles", "title_lexicon.tsv"));
        var gold = SeedGold.Load(goldPath);
        var log = new List<string>();
        int found = 0, required = 0, matched = 0, emitted = 0;
        foreach (var doc in gold.Documents)
        {
            string text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(goldPath)!, doc.File));
            var a = AnnotatedText.Of(text);
            if (doc.Published is { } p) a.Published(p.Year, p.Month, p.Day);
            foreach (var (name, forms) in doc.Names)
            {
                string? country = doc.Roles.TryGetValue(name, out var rs) ? rs.Select(r => r.Country).FirstOrDefault(c => c is not null) : null;
                bool isOrg = !doc.Roles.ContainsKey(name) && (name.Contains("Department") || name.Contains("Group") || name.Contains("Bureau") || name.Contains("Embassy") || name.Contains("Government") || name.Contains("Agencia"));
                if (isOrg) a.Org(name, null, forms.Where(f => f != name).ToArray());
                else if (doc.Roles.TryGetValue(name, out var roles) && roles.Count > 0) a.PersonWithRole(name, roles[0].Title, country, forms.Where(f => f != name).ToArray());
                else a.Person(name, country, forms.Where(f => f != name).ToArray());
            }
            AddGazetteers(a, countriesPath, titlesPath);
            var built = a.Build();
            foreach (var mm in built.Mentions.Where(x => x.Name.Length < 4)) TestContext.Out.WriteLine($"   short mention {mm.Kind} '{mm.Name}' key={mm.Key} [{built.TextOf(mm.FirstToken, mm.EndToken)}]");
            var events = new EventExtractor().Extract(built);
            var (f, r, m, e) = doc.Score(text, events, log);
            found += f; required += r; matched += m; emitted += e;
            TestContext.Out.WriteLine($"== {doc.File}");
            foreach (var ev in events) TestContext.Out.WriteLine("   " + SeedDocument.Describe(text, ev));
        }
        TestContext.Out.WriteLine($"Oracle entities: required found {found}/{required}; emitted {emitted}, matching gold {matched} (precision {(emitted == 0 ? 1 : (double)matched / emitted):P1})");
        foreach (var line in log) TestContext.Out.WriteLine(line);
        Assert.Pass();
    }

    private static void AddGazetteers(AnnotatedText a, string countriesPath, string titlesPath)
    {
        foreach (var line in File.ReadLines(countriesPath).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 8) continue;
            string code = c[1];
            var names = new List<string> { c[2], c[3] };
            foreach (var alt in c[4].Split('|'))
            {
                if (alt.Length == 2 && alt.All(char.IsUpper)) names.Add(alt[0] + "." + alt[1] + ".");
                else if (alt.Length >= 3 && alt.All(ch => char.IsLetter(ch) || ch == ' ') && char.IsUpper(alt[0])) names.Add(alt);
            }
            var distinct = names.Where(n => n.Length > 0).Distinct().ToList();
            a.Country(distinct[0], code, distinct.Skip(1).ToArray());
            foreach (var dem in c[5].Split(',').Select(x => x.Trim()).Where(x => x.Length > 0).Distinct()) a.Nationality(dem, code);
            if (c[7].Length > 0) a.Place(c[7]);
            if (c[7].EndsWith(" D.C.", StringComparison.Ordinal)) a.Place(c[7][..^5]);
        }
        foreach (var line in File.ReadLines(titlesPath).Skip(1))
        {
            var t = line.Split('\t')[0];
            if (t.Length > 2 && char.IsUpper(t[0])) a.Role(t);
        }
    }
}
