using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.People;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Serialization;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as the library's JSON contract (see the README's schema): one object per
/// document with id, sentences, entities, people, organizations, countries, events and optionally tokens.
/// Offsets are UTF-16 code-unit offsets into the document text; <c>end</c> is exclusive. Deterministic: the same
/// result always gives byte-identical JSON. No reflection.
/// </summary>
public static class ResultJsonWriter
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
    private static readonly JsonWriterOptions IndentedOptions = CompactOptions with { Indented = true };

    /// <summary>Serializes a result to a JSON string.</summary>
    public static string ToJson(AnalysisResult result, JsonOutputOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(result, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes a result into a buffer as UTF-8.</summary>
    public static void Write(AnalysisResult result, IBufferWriter<byte> output, JsonOutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new JsonOutputOptions();
        using var w = new Utf8JsonWriter(output, options.Indented ? IndentedOptions : CompactOptions);
        Write(result, w, options);
    }

    /// <summary>Serializes a result with a caller's writer.</summary>
    public static void Write(AnalysisResult result, Utf8JsonWriter w, JsonOutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(options);
        var text = result.Text;
        w.WriteStartObject();
        if (result.Document.Id is { } id) w.WriteString("id", id); else w.WriteNull("id");
        if (result.Document.Published is { } pub) w.WriteString("published", pub.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (options.IncludeText) w.WriteString("text", text);

        w.WriteStartArray("sentences");
        foreach (var s in result.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (options.IncludeTokens)
        {
            w.WriteStartArray("tokens");
            foreach (var t in result.Tokens)
            {
                w.WriteStartObject();
                w.WriteNumber("start", t.Start);
                w.WriteNumber("end", t.End);
                w.WriteString("text", text.AsSpan(t.Start, t.Length));
                w.WriteString("kind", KindName(t.Kind));
                if (t.Pos != PartOfSpeech.None) w.WriteString("pos", t.Pos.ToTag());
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        var clusterOf = ClusterIndex(result);
        w.WriteStartArray("entities");
        foreach (var e in result.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type.ToString());
            w.WriteNumber("start", e.Span.Start);
            w.WriteNumber("end", e.Span.End);
            w.WriteString("text", e.Text);
            w.WriteNumber("confidence", Math.Round(e.Confidence, 4));
            w.WriteString("source", e.Source.ToString().ToLowerInvariant());
            if (e.Country is not null) w.WriteString("country", e.Country);
            if (e.Canonical is not null) w.WriteString("canonical", e.Canonical);
            if (e.Sector is not null) w.WriteString("sector", e.Sector);
            if (clusterOf.TryGetValue(e.Id, out var cluster)) w.WriteString("cluster", cluster);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if ((result.Layers & AnalysisLayers.TimeExpressions) != 0)
        {
            w.WriteStartArray("times");
            foreach (var t in result.TimeExpressions) WriteTime(w, t);
            w.WriteEndArray();
        }

        if ((result.Layers & AnalysisLayers.People) != 0)
        {
            WritePeople(w, result.People);
            WriteOrganizations(w, result.Organizations);
            WriteCountries(w, result.Countries);
        }

        if ((result.Layers & AnalysisLayers.Events) != 0)
        {
            WriteEvents(w, result.Events, text);
        }
        w.WriteEndObject();
        w.Flush();
    }

    private static Dictionary<string, string> ClusterIndex(AnalysisResult result)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in result.People) AddMentions(map, p.Id, p.Mentions);
        foreach (var o in result.Organizations) AddMentions(map, o.Id, o.Mentions);
        foreach (var c in result.Countries) AddMentions(map, c.Id, c.Mentions);
        return map;
    }

    private static void AddMentions(Dictionary<string, string> map, string id, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.EntityId is not null) map.TryAdd(m.EntityId, id);
        }
    }

    private static void WriteMentions(Utf8JsonWriter w, IReadOnlyList<Mention> mentions)
    {
        w.WriteStartArray("mentions");
        foreach (var m in mentions)
        {
            w.WriteStartObject();
            if (m.EntityId is not null) w.WriteString("entity", m.EntityId);
            w.WriteNumber("start", m.Span.Start);
            w.WriteNumber("end", m.Span.End);
            w.WriteString("text", m.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePeople(Utf8JsonWriter w, PersonCollection people)
    {
        w.WriteStartArray("people");
        foreach (var p in people)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            if (p.Country is not null) w.WriteString("country", p.Country);
            WriteMentions(w, p.Mentions);
            w.WriteStartArray("roles");
            foreach (var r in p.Roles)
            {
                w.WriteStartObject();
                w.WriteString("title", r.Title);
                w.WriteString("canonicalTitle", r.CanonicalTitle);
                if (r.Country is not null) w.WriteString("country", r.Country); else w.WriteNull("country");
                if (r.Organization is not null) w.WriteString("organization", r.Organization); else w.WriteNull("organization");
                if (r.Sector is not null) w.WriteString("sector", r.Sector); else w.WriteNull("sector");
                w.WriteStartArray("qualifiers");
                foreach (var q in QualifierNames(r.Qualifiers)) w.WriteStringValue(q);
                w.WriteEndArray();
                w.WriteNumber("start", r.Span.Start);
                w.WriteNumber("end", r.Span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static IEnumerable<string> QualifierNames(RoleQualifiers q)
    {
        if ((q & RoleQualifiers.Former) != 0) yield return "former";
        if ((q & RoleQualifiers.Acting) != 0) yield return "acting";
        if ((q & RoleQualifiers.Elect) != 0) yield return "elect";
        if ((q & RoleQualifiers.Deputy) != 0) yield return "deputy";
    }

    private static void WriteOrganizations(Utf8JsonWriter w, OrganizationCollection organizations)
    {
        w.WriteStartArray("organizations");
        foreach (var o in organizations)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            w.WriteString("name", o.Name);
            if (o.Acronym is not null) w.WriteString("acronym", o.Acronym); else w.WriteNull("acronym");
            if (o.Country is not null) w.WriteString("country", o.Country); else w.WriteNull("country");
            if (o.Sector is not null) w.WriteString("sector", o.Sector);
            WriteMentions(w, o.Mentions);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteCountries(Utf8JsonWriter w, CountryCollection countries)
    {
        w.WriteStartArray("countries");
        foreach (var c in countries)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("code", c.Code);
            w.WriteString("name", c.Name);
            WriteMentions(w, c.Mentions);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter w, TimeExpression t)
    {
        w.WriteStartObject();
        w.WriteString("text", t.Text);
        if (t.Value is not null) w.WriteString("value", t.Value); else w.WriteNull("value");
        w.WriteString("granularity", t.Granularity.ToString().ToLowerInvariant());
        w.WriteNumber("start", t.Span.Start);
        w.WriteNumber("end", t.Span.End);
        w.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter w, EventCollection events, string text)
    {
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type.Name);
            if (e.Kind is not null) w.WriteString("kind", e.Kind); else w.WriteNull("kind");
            if (e is DesignationEvent d && d.Category is not null) w.WriteString("category", d.Category);
            w.WriteStartObject("trigger");
            w.WriteNumber("start", e.Trigger.Start);
            w.WriteNumber("end", e.Trigger.End);
            w.WriteString("text", e.TriggerText);
            w.WriteEndObject();
            w.WriteStartArray("participants");
            foreach (var p in e.Participants)
            {
                w.WriteStartObject();
                if (p.Ref is not null) w.WriteString("ref", p.Ref); else w.WriteNull("ref");
                w.WriteString("name", p.Name);
                w.WriteString("role", p.Role.ToString());
                if (p.Country is not null) w.WriteString("country", p.Country); else w.WriteNull("country");
                w.WriteNumber("start", p.Span.Start);
                w.WriteNumber("end", p.Span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (e.Date is { } date)
            {
                w.WriteStartObject("date");
                w.WriteString("text", date.Text);
                if (date.Value is not null) w.WriteString("value", date.Value); else w.WriteNull("value");
                w.WriteNumber("start", date.Span.Start);
                w.WriteNumber("end", date.Span.End);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("date");
            }
            if (e.Location is { } loc)
            {
                w.WriteStartObject("location");
                if (loc.Ref is not null) w.WriteString("ref", loc.Ref); else w.WriteNull("ref");
                w.WriteString("text", loc.Text);
                if (loc.Country is not null) w.WriteString("country", loc.Country);
                w.WriteNumber("start", loc.Span.Start);
                w.WriteNumber("end", loc.Span.End);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("location");
            }
            w.WriteString("status", e.Status.ToString());
            w.WriteNumber("confidence", Math.Round(e.Confidence, 4));
            if (e.Codes.Cameo is not null) w.WriteString("cameo", e.Codes.Cameo); else w.WriteNull("cameo");
            if (e.Codes.PloverCategory is not null)
            {
                w.WriteStartObject("plover");
                w.WriteString("category", e.Codes.PloverCategory);
                if (e.Codes.PloverMode is not null) w.WriteString("mode", e.Codes.PloverMode); else w.WriteNull("mode");
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("plover");
            }
            w.WriteString("rule", e.Rule);
            w.WriteStartArray("evidence");
            foreach (var s in e.Evidence)
            {
                w.WriteStartObject();
                w.WriteNumber("start", s.Start);
                w.WriteNumber("end", s.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        _ = text;
    }

    private static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punct",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Handle => "handle",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Emoji => "emoji",
        _ => "other",
    };
}
