namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Places from GeoNames (cities over 1,000 people and first-level divisions). Many names are also common
/// words or surnames: use them as features or with context, not as blind matches. Case-sensitive; a name
/// shared by several places maps to the first region, else the first city in the list.
/// </summary>
public sealed class PlaceLexicon
{
    private readonly SpanDictionary<PlaceInfo> _places;

    internal PlaceLexicon(LexiconSource source)
    {
        var rows = source.ReadRows("places.tsv.gz", 3);
        var pairs = new List<KeyValuePair<string, PlaceInfo>>(rows.Count);
        foreach (var r in rows)
        {
            if (r[2] == "R") pairs.Add(new(r[0], new PlaceInfo(r[0], r[1], PlaceKind.Region)));
        }
        foreach (var r in rows)
        {
            if (r[2] != "R") pairs.Add(new(r[0], new PlaceInfo(r[0], r[1], PlaceKind.City)));
        }
        _places = new SpanDictionary<PlaceInfo>(pairs, ignoreCase: false);
        Count = _places.Count;
    }

    /// <summary>Number of distinct names.</summary>
    public int Count { get; }

    /// <summary>Looks up a place name.</summary>
    public bool TryGet(ReadOnlySpan<char> name, out PlaceInfo place) => _places.TryGetValue(name, out place);
}
