using System.Text.Json;

namespace DiplomacyNlp.Evaluation;

/// <summary>
/// One sentence of an actor-annotated development set: the text and the gold actor spans of its event, each a
/// substring of <see cref="Text"/> (possibly with different spacing around punctuation).
/// </summary>
/// <param name="Id">The sentence id, as in the file.</param>
/// <param name="Text">The sentence text.</param>
/// <param name="SourceSpans">The actors that act (CAMEO source).</param>
/// <param name="TargetSpans">The actors acted upon (CAMEO target).</param>
/// <param name="ReciprocalSpans">Actors that are both source and target ("the two sides").</param>
/// <param name="ClassName">The event class name ("verbal cooperation (03-05)"), or null when the file gives none.</param>
public sealed record ActorGoldSentence(
    string Id,
    string Text,
    IReadOnlyList<string> SourceSpans,
    IReadOnlyList<string> TargetSpans,
    IReadOnlyList<string> ReciprocalSpans,
    string? ClassName)
{
    /// <summary>True when the class name marks a cooperation class (verbal or material cooperation).</summary>
    public bool IsCooperation => ClassName is not null && ClassName.Contains("cooperation", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every gold span with its kind, sources first, then targets, then reciprocal spans.</summary>
    public IEnumerable<(string Span, ActorSpanKind Kind)> AllSpans()
    {
        foreach (var s in SourceSpans) yield return (s, ActorSpanKind.Source);
        foreach (var s in TargetSpans) yield return (s, ActorSpanKind.Target);
        foreach (var s in ReciprocalSpans) yield return (s, ActorSpanKind.Reciprocal);
    }
}

/// <summary>The part a gold actor span plays in the sentence's event.</summary>
public enum ActorSpanKind
{
    /// <summary>The actor that acts.</summary>
    Source,
    /// <summary>The actor acted upon.</summary>
    Target,
    /// <summary>Both at once.</summary>
    Reciprocal,
}

/// <summary>
/// Reads the Multi-CoPED JSON-lines format: one object per line with <c>id</c>, <c>text</c>, <c>source_spans</c>,
/// <c>target_spans</c>, <c>reciprocal_spans</c> (arrays of strings) and <c>pentaclass_name</c> (string or null).
/// Blank lines are skipped; a line that is not such an object is a <see cref="FormatException"/> naming the line.
/// </summary>
public static class MulticopedReader
{
    /// <summary>Reads every sentence of a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is not a valid record.</exception>
    public static IReadOnlyList<ActorGoldSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads every sentence from a reader.</summary>
    /// <exception cref="FormatException">A line is not a valid record.</exception>
    public static IReadOnlyList<ActorGoldSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<ActorGoldSentence>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            list.Add(ParseLine(line, lineNumber));
        }
        return list;
    }

    /// <summary>Parses one line.</summary>
    /// <exception cref="FormatException">The line is not a valid record.</exception>
    public static ActorGoldSentence ParseLine(string line, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException($"line {lineNumber}: expected a JSON object.");
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                throw new FormatException($"line {lineNumber}: missing the string field 'text'.");
            string id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString()!
                : "line-" + lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? className = root.TryGetProperty("pentaclass_name", out var cls) && cls.ValueKind == JsonValueKind.String ? cls.GetString() : null;
            return new ActorGoldSentence(id, text.GetString()!, Strings(root, "source_spans", lineNumber), Strings(root, "target_spans", lineNumber),
                Strings(root, "reciprocal_spans", lineNumber), className);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"line {lineNumber}: not valid JSON ({ex.Message})", ex);
        }
    }

    private static string[] Strings(JsonElement root, string name, int lineNumber)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) return [];
        if (array.ValueKind != JsonValueKind.Array) throw new FormatException($"line {lineNumber}: '{name}' must be an array of strings.");
        var list = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw new FormatException($"line {lineNumber}: '{name}' must be an array of strings.");
            var s = item.GetString()!;
            if (s.Trim().Length > 0) list.Add(s);
        }
        return list.ToArray();
    }
}
