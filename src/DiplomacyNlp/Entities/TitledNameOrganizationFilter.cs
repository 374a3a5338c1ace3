namespace DiplomacyNlp.Entities;

/// <summary>
/// Drops a model organization that is really a title and a name: "Emir Sheikh Omar bin Khalid", read by the tagger as
/// one organization, holds a Role candidate at its start followed right away by a Person candidate that ends inside it;
/// or a nationality and a title: "Omani Ambassador". The role, the person and the nationality stay. Organizations that start with a title and go on with other words ("President's Office")
/// are kept.
/// </summary>
public static class TitledNameOrganizationFilter
{
    /// <summary>Removes such organizations from <paramref name="candidates"/> and returns how many.</summary>
    public static int Apply(List<Entity> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        bool any = false;
        foreach (var e in candidates) any |= e.Type == EntityType.Organization && e.Source == EntitySource.Model && e.TokenCount > 1;
        if (!any) return 0;
        // the end token of the Role starting at a token, of the longest Person starting there, and of a nationality or country
        var roleEnd = new Dictionary<int, int>();
        var personEnd = new Dictionary<int, int>();
        var countryEnd = new Dictionary<int, int>();
        foreach (var e in candidates)
        {
            if (e.TokenCount == 0) continue;
            var table = e.Type switch
            {
                EntityType.Role => roleEnd,
                EntityType.Person => personEnd,
                EntityType.Nationality or EntityType.Location when e.Country is not null => countryEnd,
                _ => null,
            };
            if (table is null) continue;
            table[e.FirstToken] = Math.Max(table.GetValueOrDefault(e.FirstToken), e.EndToken);
        }
        if (roleEnd.Count == 0) return 0;
        return candidates.RemoveAll(e => e.Type == EntityType.Organization && e.Source == EntitySource.Model && e.TokenCount > 1
            && (TitleThenName(e, roleEnd, personEnd) || CountryThenTitle(e, countryEnd, roleEnd)));
    }

    /// <summary>"Emir Omar bin Khalid": a Role at the start, then a Person ending inside.</summary>
    private static bool TitleThenName(Entity e, Dictionary<int, int> roleEnd, Dictionary<int, int> personEnd) =>
        roleEnd.TryGetValue(e.FirstToken, out int r) && r < e.EndToken && personEnd.TryGetValue(r, out int p) && p <= e.EndToken;

    /// <summary>"Omani Ambassador": a nationality or country, then a Role that ends the span.</summary>
    private static bool CountryThenTitle(Entity e, Dictionary<int, int> countryEnd, Dictionary<int, int> roleEnd) =>
        countryEnd.TryGetValue(e.FirstToken, out int c) && roleEnd.TryGetValue(c, out int r) && r == e.EndToken;
}
