using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Support;

internal static partial class SpecChecks
{
    /// <summary>
    /// <c>person: Name | mentions: A; B | role: Title/ISO3</c>: one person whose mentions include Name and every listed form, with
    /// a role whose title or canonical title is Title and whose country is ISO3 (use Title/- for no country). Several roles may be listed.
    /// </summary>
    [SpecKey("person")]
    public static void Person(AnalysisResult result, string value)
    {
        var parts = Parts(value);
        var name = parts[0];
        var person = result.People.FirstOrDefault(p => p.Name == name || p.Mentions.Any(m => m.Text == name));
        Assert.That(person, Is.Not.Null, $"no person '{name}'; people: {string.Join(", ", result.People.Select(p => p.Name))}");
        if (person is null) return;
        foreach (var part in parts.Skip(1))
        {
            int colon = part.IndexOf(':');
            var key = part[..colon].Trim();
            var arg = part[(colon + 1)..].Trim();
            if (key == "mentions")
            {
                foreach (var form in arg.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    Assert.That(person.Mentions.Select(m => m.Text), Does.Contain(form), $"mentions of {person.Name}");
                }
            }
            else if (key == "role")
            {
                var slash = arg.LastIndexOf('/');
                var title = slash < 0 ? arg : arg[..slash];
                var country = slash < 0 ? null : arg[(slash + 1)..];
                if (country == "-") country = null;
                var match = person.Roles.Any(r => (string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase) || string.Equals(r.CanonicalTitle, title, StringComparison.OrdinalIgnoreCase)) && (slash < 0 || r.Country == country));
                Assert.That(match, Is.True, $"{person.Name} has no role {arg}; roles: {string.Join(", ", person.Roles.Select(r => $"{r.Title}/{r.Country ?? "-"} [{r.Qualifiers}]"))}");
            }
            else if (key == "qualifiers")
            {
                Assert.That(person.Roles.Any(r => r.Qualifiers.ToString().Contains(arg, StringComparison.Ordinal)), Is.True, $"{person.Name} has no role with qualifier {arg}");
            }
            else if (key == "country")
            {
                Assert.That(person.Country, Is.EqualTo(arg), $"country of {person.Name}");
            }
            else
            {
                throw new FormatException($"unknown person attribute '{key}'");
            }
        }
    }

    /// <summary><c>people-count: N</c>: the number of distinct people.</summary>
    [SpecKey("people-count")]
    public static void PeopleCount(AnalysisResult result, string value) =>
        Assert.That(result.People, Has.Count.EqualTo(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), $"people: {string.Join(", ", result.People.Select(p => p.Name))}");

    /// <summary><c>organization: Name [| acronym: X] [| country: ISO3]</c>.</summary>
    [SpecKey("organization")]
    public static void Organization(AnalysisResult result, string value)
    {
        var parts = Parts(value);
        var org = result.Organizations.FirstOrDefault(o => o.Name == parts[0] || o.Mentions.Any(m => m.Text == parts[0]));
        Assert.That(org, Is.Not.Null, $"no organization '{parts[0]}'; organizations: {string.Join(", ", result.Organizations.Select(o => o.Name))}");
        if (org is null) return;
        foreach (var part in parts.Skip(1))
        {
            var kv = part.Split(':', 2, StringSplitOptions.TrimEntries);
            var actual = kv[0] switch { "acronym" => org.Acronym, "country" => org.Country, _ => throw new FormatException($"unknown organization attribute '{kv[0]}'") };
            Assert.That(actual, Is.EqualTo(kv[1]), $"{kv[0]} of {org.Name}");
        }
    }

    /// <summary><c>country: ISO3</c>: the document mentions that country.</summary>
    [SpecKey("country")]
    public static void CountryMentioned(AnalysisResult result, string value) =>
        Assert.That(result.Countries.Select(c => c.Code), Does.Contain(value));

    /// <summary><c>no-country: ISO3</c>: the document has no cluster for that country.</summary>
    [SpecKey("no-country")]
    public static void CountryNotMentioned(AnalysisResult result, string value) =>
        Assert.That(result.Countries.Select(c => c.Code), Does.Not.Contain(value));
}
