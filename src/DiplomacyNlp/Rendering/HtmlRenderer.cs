using System.Globalization;
using System.Net;
using System.Text;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Rendering;

/// <summary>
/// Renders an <see cref="AnalysisResult"/> as one self-contained HTML page (inline CSS, no script, no external assets):
/// the text with entities highlighted by type (nested entities render nested), each person's roles, and each event as a
/// card whose trigger and evidence are highlighted in the text and linked by id. Every piece of document text is
/// HTML-encoded, so text containing markup comes out inert. Deterministic.
/// </summary>
public static class HtmlRenderer
{
    private const string Style = """
        body{font:15px/1.6 system-ui,sans-serif;margin:2rem;max-width:72rem;color:#1b1f23}
        .doc{white-space:pre-wrap;border:1px solid #d0d7de;padding:1rem;border-radius:6px}
        .ent{border-radius:3px;padding:0 2px}
        .ent::after{content:attr(data-type);font-size:.65em;margin-left:2px;opacity:.7;vertical-align:super}
        .Person{background:#ffd8a8}.Role{background:#d0bfff}.Organization{background:#a5d8ff}.Location{background:#b2f2bb}
        .Nationality{background:#c3fae8}.Date{background:#ffec99}.Money,.Percent,.Quantity{background:#e9ecef}
        .evidence{text-decoration:underline dotted #e8590c 2px}.trigger{outline:2px solid #e8590c;border-radius:3px}
        .cards{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}
        .card{border:1px solid #d0d7de;border-radius:6px;padding:.6rem .8rem;min-width:16rem}
        .card h3{margin:0 0 .3rem;font-size:1rem}.card dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:0 .6rem}
        .card dt{color:#57606a}.people li{margin:.1rem 0}
        """;

    /// <summary>Renders the result as a complete HTML document.</summary>
    public static string Render(AnalysisResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return PageStart(title ?? result.Document.Id) + RenderSection(result, title) + PageEnd;
    }

    /// <summary>The start of a page (doctype, head with the inline style, body).</summary>
    public static string PageStart(string? title) =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Encode(title ?? "DiplomacyNlp") +
        "</title><style>" + Style + "</style></head><body>\n";

    /// <summary>The end of a page.</summary>
    public const string PageEnd = "</body></html>\n";

    /// <summary>One document as a <c>section</c> element, for pages that show several documents.</summary>
    public static string RenderSection(AnalysisResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder(result.Text.Length * 3 + 4096);
        sb.Append("<section class=\"document\"><h1>").Append(Encode(title ?? result.Document.Id ?? "Document")).Append("</h1>\n");
        AppendText(sb, result);
        AppendPeople(sb, result);
        AppendEvents(sb, result);
        sb.Append("</section>\n");
        return sb.ToString();
    }

    /// <summary>Renders the result as HTML (the same as <see cref="Render"/>).</summary>
    public static string ToHtml(this AnalysisResult result, string? title = null) => Render(result, title);

    private readonly record struct Mark(int Position, bool Open, int Length, string Html);

    private static void AppendText(StringBuilder sb, AnalysisResult result)
    {
        var text = result.Text;
        var marks = new List<Mark>();
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in result.People) foreach (var m in p.Mentions) if (m.EntityId is not null) clusterOf.TryAdd(m.EntityId, p.Id);
        foreach (var o in result.Organizations) foreach (var m in o.Mentions) if (m.EntityId is not null) clusterOf.TryAdd(m.EntityId, o.Id);
        foreach (var e in result.Entities)
        {
            var attrs = new StringBuilder();
            attrs.Append("<span class=\"ent ").Append(e.Type).Append("\" data-type=\"").Append(e.Type).Append("\" data-entity=\"").Append(Encode(e.Id)).Append('"');
            attrs.Append(" title=\"").Append(Encode(Describe(e))).Append('"');
            if (clusterOf.TryGetValue(e.Id, out var cluster)) attrs.Append(" data-cluster=\"").Append(Encode(cluster)).Append('"');
            attrs.Append('>');
            AddSpan(marks, e.Span, attrs.ToString());
        }
        foreach (var ev in result.Events)
        {
            foreach (var span in ev.Evidence) AddSpan(marks, span, $"<span class=\"evidence\" data-event=\"{Encode(ev.Id)}\">");
            AddSpan(marks, ev.Trigger, $"<span class=\"trigger\" id=\"{Encode(ev.Id)}-trigger\" data-event=\"{Encode(ev.Id)}\">");
        }
        // closes before opens at the same position; longer spans open first and close last
        marks.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position)
            : a.Open != b.Open ? (a.Open ? 1 : -1)
            : a.Open ? b.Length.CompareTo(a.Length) : a.Length.CompareTo(b.Length));
        sb.Append("<div class=\"doc\">");
        int pos = 0;
        var open = new List<Mark>();
        foreach (var m in marks)
        {
            if (m.Position > pos)
            {
                sb.Append(Encode(text.AsSpan(pos, m.Position - pos)));
                pos = m.Position;
            }
            if (m.Open)
            {
                sb.Append(m.Html);
                open.Add(m);
            }
            else
            {
                // close crossing spans properly: close down to the matching one, then reopen the others
                int idx = open.FindLastIndex(o => o.Html == m.Html && o.Position + o.Length == m.Position);
                if (idx < 0) continue;
                for (int k = open.Count - 1; k >= idx; k--) sb.Append("</span>");
                var reopen = open.GetRange(idx + 1, open.Count - idx - 1);
                open.RemoveRange(idx, open.Count - idx);
                foreach (var r in reopen)
                {
                    sb.Append(r.Html);
                    open.Add(r);
                }
            }
        }
        if (pos < text.Length) sb.Append(Encode(text.AsSpan(pos)));
        for (int k = 0; k < open.Count; k++) sb.Append("</span>");
        sb.Append("</div>\n");
    }

    private static void AddSpan(List<Mark> marks, SourceSpan span, string html)
    {
        if (span.Length <= 0) return;
        marks.Add(new Mark(span.Start, true, span.Length, html));
        marks.Add(new Mark(span.End, false, span.Length, html));
    }

    private static void AppendPeople(StringBuilder sb, AnalysisResult result)
    {
        if (result.People.Count == 0) return;
        sb.Append("<h2>People</h2><ul class=\"people\">");
        foreach (var p in result.People)
        {
            sb.Append("<li id=\"").Append(Encode(p.Id)).Append("\"><b>").Append(Encode(p.Name)).Append("</b>");
            foreach (var r in p.Roles)
            {
                sb.Append(" — ").Append(Encode(r.CanonicalTitle));
                if (r.Country is not null) sb.Append(" (").Append(Encode(r.Country)).Append(')');
                if (r.Qualifiers != People.RoleQualifiers.None) sb.Append(" [").Append(Encode(r.Qualifiers.ToString())).Append(']');
            }
            sb.Append(" <small>").Append(p.Mentions.Count.ToString(CultureInfo.InvariantCulture)).Append(" mentions</small></li>");
        }
        sb.Append("</ul>\n");
    }

    private static void AppendEvents(StringBuilder sb, AnalysisResult result)
    {
        if (result.Events.Count == 0) return;
        sb.Append("<h2>Events</h2><div class=\"cards\">");
        foreach (var e in result.Events)
        {
            sb.Append("<div class=\"card\" id=\"").Append(Encode(e.Id)).Append("\" data-type=\"").Append(Encode(e.Type.Name)).Append("\">");
            sb.Append("<h3><a href=\"#").Append(Encode(e.Id)).Append("-trigger\">").Append(Encode(e.Type.Name)).Append("</a>");
            if (e.Kind is not null) sb.Append(" · ").Append(Encode(e.Kind));
            sb.Append("</h3><dl>");
            Row(sb, "participants", string.Join("; ", e.Participants.Select(p => $"{p.Name} ({p.Role}{(p.Country is null ? "" : ", " + p.Country)})")));
            Row(sb, "date", e.Date is null ? "" : $"{e.Date.Text} → {e.Date.Value ?? "unresolved"}");
            Row(sb, "place", e.Location?.Text ?? "");
            Row(sb, "status", e.Status.ToString());
            Row(sb, "confidence", e.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            Row(sb, "codes", $"CAMEO {e.Codes.Cameo ?? "-"} · PLOVER {e.Codes.PloverCategory ?? "-"}{(e.Codes.PloverMode is null ? "" : "/" + e.Codes.PloverMode)}");
            Row(sb, "rule", e.Rule);
            sb.Append("</dl></div>");
        }
        sb.Append("</div>\n");
    }

    private static void Row(StringBuilder sb, string name, string value)
    {
        if (value.Length == 0) return;
        sb.Append("<dt>").Append(Encode(name)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");
    }

    private static string Describe(Entity e)
    {
        var parts = new List<string> { e.Type.ToString(), e.Confidence.ToString("0.00", CultureInfo.InvariantCulture), e.Source.ToString().ToLowerInvariant() };
        if (e.Country is not null) parts.Add(e.Country);
        if (e.Canonical is not null) parts.Add(e.Canonical);
        if (e.Sector is not null) parts.Add(e.Sector);
        return string.Join(" · ", parts);
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s);

    private static string Encode(ReadOnlySpan<char> s) => WebUtility.HtmlEncode(s.ToString());
}
