using System.Text.Json;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tests.Support;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Acceptance;

/// <summary>
/// Runs the default pipeline on the five reference articles in ../shared/seeds and scores people and organizations
/// against gold.json: a gold person counts as found when one cluster holds every listed mention form and every listed
/// role (title or canonical title, and country). Precision counts output people and organizations that match no gold
/// entry against the output (a strict reading: gold lists only the entities central to each article).
/// </summary>
[TestFixture]
public sealed class SeedPeopleTests
{
    [Test]
    public void PeopleRolesAndOrganizationsOfTheReferenceArticles()
    {
        var goldPath = SharedData.Require("seeds/gold.json");
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        int goldPeople = 0, foundPeople = 0, goldOrgs = 0, foundOrgs = 0, outPeople = 0, matchedPeople = 0, outOrgs = 0, matchedOrgs = 0;
        var misses = new List<string>();
        foreach (var doc in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = doc.GetProperty("file").GetString()!;
            var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(goldPath)!, file));
            DateOnly? published = doc.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
            var result = DiplomacyText.Analyze(text, new DocumentInfo { Id = file, Published = published });
            var matchedClusters = new HashSet<string>();
            foreach (var person in doc.GetProperty("people").EnumerateArray())
            {
                goldPeople++;
                var forms = person.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!).ToList();
                var roles = person.GetProperty("roles").EnumerateArray().Select(r => (Title: r.GetProperty("title").GetString()!, Country: r.GetProperty("country").GetString())).ToList();
                var cluster = result.People.FirstOrDefault(c => forms.All(f => c.Mentions.Any(m => m.Text == f)));
                bool rolesOk = cluster is not null && roles.All(g => cluster.Roles.Any(r =>
                    (string.Equals(r.Title, g.Title, StringComparison.OrdinalIgnoreCase) || string.Equals(r.CanonicalTitle, g.Title, StringComparison.OrdinalIgnoreCase)) && r.Country == g.Country));
                if (cluster is not null) matchedClusters.Add(cluster.Id);
                if (cluster is not null && rolesOk) foundPeople++;
                else misses.Add($"{file}: {person.GetProperty("name").GetString()} " + (cluster is null ? "not one cluster with all forms" : $"roles {string.Join(", ", cluster.Roles.Select(r => $"{r.Title}/{r.Country}"))}"));
            }
            outPeople += result.People.Count;
            matchedPeople += matchedClusters.Count;
            var matchedOrgClusters = new HashSet<string>();
            foreach (var org in doc.GetProperty("organizations").EnumerateArray())
            {
                goldOrgs++;
                var forms = org.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!).ToList();
                var cluster = result.Organizations.FirstOrDefault(o => forms.Any(f => o.Mentions.Any(m => m.Text == f) || o.Name == f));
                if (cluster is not null) { foundOrgs++; matchedOrgClusters.Add(cluster.Id); }
                else misses.Add($"{file}: organization {org.GetProperty("name").GetString()} not found");
            }
            outOrgs += result.Organizations.Count;
            matchedOrgs += matchedOrgClusters.Count;
        }
        TestContext.Out.WriteLine($"people: {foundPeople}/{goldPeople} gold people found with all mention forms and roles; precision {matchedPeople}/{outPeople} output people match a gold person");
        TestContext.Out.WriteLine($"organizations: {foundOrgs}/{goldOrgs} found; precision {matchedOrgs}/{outOrgs}");
        foreach (var m in misses) TestContext.Out.WriteLine("  miss: " + m);
        Assert.Multiple(() =>
        {
            Assert.That(foundPeople, Is.EqualTo(goldPeople), "every gold person, as one cluster with every mention form and role");
            Assert.That(foundOrgs, Is.EqualTo(goldOrgs), "every gold organization");
            Assert.That((double)matchedPeople / outPeople, Is.GreaterThanOrEqualTo(0.9), "people precision");
            Assert.That((double)matchedOrgs / outOrgs, Is.GreaterThanOrEqualTo(0.5), "organization precision (strict: gold lists only the central organizations)");
        });
    }
}
