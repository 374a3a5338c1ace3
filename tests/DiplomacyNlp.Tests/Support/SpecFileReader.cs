using System.Text;

namespace DiplomacyNlp.Tests.Support;

/// <summary>
/// Reads Markdig-style spec files. An example is a fenced block opened by <c>```example</c> (optionally followed by
/// settings such as <c>published=2025-09-03</c>), holding the input text, a line with a single ".", and expectation lines
/// of the form <c>key: value</c>. Headings name the sections.
/// </summary>
internal static class SpecFileReader
{
    public static IEnumerable<SpecExample> ReadAll(string directory)
    {
        foreach (var file in Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var e in Read(file)) yield return e;
        }
    }

    public static IEnumerable<SpecExample> Read(string file)
    {
        var lines = File.ReadAllLines(file);
        string section = Path.GetFileNameWithoutExtension(file);
        int number = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#')) { section = line.TrimStart('#').Trim(); number = 0; continue; }
            if (!line.StartsWith("```example", StringComparison.Ordinal)) continue;
            int start = i + 1;
            var settings = ParseSettings(line["```example".Length..]);
            var input = new StringBuilder();
            int j = start;
            for (; j < lines.Length && lines[j] != "."; j++)
            {
                if (lines[j].StartsWith("```", StringComparison.Ordinal)) throw new FormatException($"{file}:{i + 1}: example has no '.' separator line.");
                if (input.Length > 0) input.Append('\n');
                input.Append(lines[j]);
            }
            var expectations = new List<(string, string)>();
            j++;
            for (; j < lines.Length && !lines[j].StartsWith("```", StringComparison.Ordinal); j++)
            {
                var l = lines[j].Trim();
                if (l.Length == 0) continue;
                int colon = l.IndexOf(':');
                if (colon <= 0) throw new FormatException($"{file}:{j + 1}: expectation '{l}' is not 'key: value'.");
                expectations.Add((l[..colon].Trim(), l[(colon + 1)..].Trim()));
            }
            number++;
            yield return new SpecExample(file, section, number, i + 1, Unescape(input.ToString()), expectations, settings);
            i = j;
        }
    }

    /// <summary>Turns \n and \uXXXX escapes of the input into the characters they name.</summary>
    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] == 'n') { sb.Append('\n'); i++; continue; }
            if (s[i] == '\\' && i + 5 < s.Length && s[i + 1] == 'u' && int.TryParse(s.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out int cp))
            {
                sb.Append((char)cp);
                i += 5;
                continue;
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    private static Dictionary<string, string> ParseSettings(string s)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=');
            if (eq > 0) d[part[..eq]] = part[(eq + 1)..];
            else d[part] = "true";
        }
        return d;
    }
}
