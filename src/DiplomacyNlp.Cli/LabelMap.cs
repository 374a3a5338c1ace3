namespace DiplomacyNlp.Cli;

/// <summary>Parses "per=Person,org=Organization" label maps.</summary>
internal static class LabelMap
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0) throw new FormatException($"--map entry '{pair}' is not label=Type (for example per=Person).");
            map[parts[0]] = parts[1];
        }
        if (map.Count == 0) throw new FormatException("--map is empty; give label=Type pairs such as per=Person,org=Organization.");
        return map;
    }
}
