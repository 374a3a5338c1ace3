using System.Text.Json;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Cli;

/// <summary>Reads one JSON-lines input record: an object with a string <c>text</c>, and optional <c>id</c> and <c>published</c>.</summary>
internal static class JsonlRecord
{
    /// <summary>Parses <paramref name="line"/>; <paramref name="fallbackId"/> is used when the record has no id.</summary>
    public static InputDocument Parse(string line, string fallbackId)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail(fallbackId, "is not a JSON object; each line needs {\"text\": \"...\"}");
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return Fail(fallbackId, "has no string field 'text'; each line needs {\"text\": \"...\"} (optional: \"id\", \"published\")");
            }
            string id = fallbackId;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString()!,
                    JsonValueKind.Number => idElement.GetRawText(),
                    JsonValueKind.Null => fallbackId,
                    _ => throw new FormatException("its 'id' is neither a string nor a number"),
                };
            }
            DateOnly? published = null;
            if (root.TryGetProperty("published", out var pub) && pub.ValueKind != JsonValueKind.Null)
            {
                if (pub.ValueKind != JsonValueKind.String) return Fail(id, "has a 'published' that is not a string; use \"YYYY-MM-DD\"");
                published = PublicationDate.Parse(pub.GetString()!);
            }
            return new InputDocument(id, text.GetString(), null, published);
        }
        catch (JsonException ex)
        {
            return Fail(fallbackId, $"is not valid JSON ({ex.Message})");
        }
        catch (InvalidPublicationDateException ex)
        {
            return new InputDocument(fallbackId, null, $"{fallbackId}: {ex.Message}");
        }
        catch (FormatException ex)
        {
            return Fail(fallbackId, ex.Message);
        }
    }

    private static InputDocument Fail(string id, string problem) => new(id, null, $"{id}: the JSON line {problem}.");
}
