using System.Globalization;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.People;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Rendering;

/// <summary>
/// Writes one analyzed document as a <c>section</c>: header, legend, the highlighted text, event cards and the tables
/// of people, organizations, countries and times. Every id in the section starts with the section's prefix ("d1-"),
/// so several documents can share a page. Not thread-safe: one instance per section.
/// </summary>
internal sealed class DocumentSectionWriter
{
    private readonly TextWriter _w;
    private readonly AnalysisResult _result;
    private readonly HtmlRenderOptions _options;
    private readonly string _prefix;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<SourceSpan, string> _anchorBySpan = new();
    private readonly Dictionary<string, string> _anchorByEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<SourceSpan, string> _evidenceAnchors = new();
    private readonly Dictionary<SourceSpan, string> _triggerAnchors = new();
    private readonly List<Highlight> _highlights = new();
    private readonly int[] _typeCounts = new int[Enum.GetValues<EntityType>().Length];
    private readonly Dictionary<string, string> _clusterNames = new(StringComparer.Ordinal);

    private DocumentSectionWriter(TextWriter writer, AnalysisResult result, HtmlRenderOptions options, int index)
    {
        _w = writer;
        _result = result;
        _options = options;
        _prefix = "d" + index.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <paramref name="result"/> as section number <paramref name="index"/> (1-based) of a page.</summary>
    public static void Write(TextWriter writer, AnalysisResult result, HtmlRenderOptions options, int index) =>
        new DocumentSectionWriter(writer, result, options, index).Write();

    private void Write()
    {
        foreach (var p in _result.People) _clusterNames.TryAdd(p.Id, $"{p.Name} ({p.Id})");
        foreach (var o in _result.Organizations) _clusterNames.TryAdd(o.Id, $"{o.Name} ({o.Id})");
        foreach (var c in _result.Countries) _clusterNames.TryAdd(c.Id, $"{c.Name} ({c.Id})");
        CollectEntities();
        CollectMentions();
        if (_options.ShowEvents) CollectEvents();

        _w.Write("<section class=\"document\" id=\"");
        _w.Write(_prefix);
        _w.Write('"');
        if (_result.Document.Id is { } docId) Attr("data-document", docId);
        _w.Write(">\n<header><h2>");
        HtmlText.Write(_w, _result.Document.Id ?? "Document " + _prefix[1..]);
        _w.Write("</h2><p class=\"meta\">");
        WriteMeta();
        _w.Write("</p></header>\n");
        WriteLegend();
        _w.Write("<div class=\"doc\" lang=\"en\">");
        HighlightWriter.Write(_w, _result.Text, _highlights);
        _w.Write("</div>\n");
        if (_options.ShowEvents) WriteEvents();
        if (_options.ShowTables)
        {
            WritePeople();
            WriteOrganizations();
            WriteCountries();
            WriteTimes();
        }
        _w.Write("</section>\n");
    }

    // ---- collecting highlights ----

    private bool Shows(EntityType type) => _options.EntityTypes is null || _options.EntityTypes.Contains(type);

    private string? NewId(string id) => _ids.Add(id) ? id : null;

    private void CollectEntities()
    {
        var clusters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void AddClusters<T>(IEnumerable<T> items, Func<T, string> id, Func<T, IReadOnlyList<Mention>> mentions)
        {
            foreach (var item in items)
            {
                foreach (var m in mentions(item))
                {
                    if (m.EntityId is null) continue;
                    if (!clusters.TryGetValue(m.EntityId, out var list)) clusters[m.EntityId] = list = new List<string>(1);
                    if (!list.Contains(id(item))) list.Add(id(item));
                }
            }
        }
        AddClusters(_result.People, p => p.Id, p => p.Mentions);
        AddClusters(_result.Organizations, o => o.Id, o => o.Mentions);
        AddClusters(_result.Countries, c => c.Id, c => c.Mentions);

        // role entity -> the people who hold it (by entity id, or by the role's span)
        var holders = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        var roleEntityBySpan = new Dictionary<SourceSpan, string>();
        foreach (var e in _result.Entities)
        {
            if (e.Type == EntityType.Role) roleEntityBySpan.TryAdd(e.Span, e.Id);
        }
        foreach (var p in _result.People)
        {
            foreach (var r in p.Roles)
            {
                string? roleEntity = r.EntityId ?? (roleEntityBySpan.TryGetValue(r.Span, out var byspan) ? byspan : null);
                if (roleEntity is null) continue;
                if (!holders.TryGetValue(roleEntity, out var list)) holders[roleEntity] = list = new List<Person>(1);
                if (!list.Contains(p)) list.Add(p);
            }
        }

        int order = 0;
        foreach (var e in _result.Entities)
        {
            if (!Shows(e.Type) || e.Confidence < _options.MinEntityConfidence) continue;
            _typeCounts[(int)e.Type]++;
            clusters.TryGetValue(e.Id, out var entityClusters);
            holders.TryGetValue(e.Id, out var roleHolders);
            string tag = EntityTag(e, entityClusters, roleHolders, out string? id);
            string cont = EntityTag(e, entityClusters, roleHolders, out _, continuation: true);
            if (id is not null)
            {
                _anchorByEntity.TryAdd(e.Id, id);
                _anchorBySpan.TryAdd(e.Span, id);
            }
            _highlights.Add(new Highlight(e.Span.Start, e.Span.End, HighlightLayer.Entity, order++, tag, cont));
        }
    }

    private string EntityTag(Entity e, List<string>? clusters, List<Person>? holders, out string? id, bool continuation = false)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        var w = sw;
        id = null;
        w.Write("<span class=\"ent ");
        w.Write(e.Type.ToString());
        if (continuation) w.Write(" cont");
        w.Write('"');
        if (!continuation)
        {
            id = NewId(_prefix + "-" + e.Id);
            if (id is not null) Attr(w, "id", id);
        }
        Attr(w, "data-entity", e.Id);
        Attr(w, "data-type", e.Type.ToString());
        Attr(w, "data-label", Label(e.Type));
        if (clusters is not null) Attr(w, "data-cluster", string.Join(' ', clusters));
        if (holders is not null) Attr(w, "data-person", string.Join(' ', holders.Select(h => h.Id)));

        var title = new List<string> { e.Type.ToString() };
        if (e.Canonical is not null && !string.Equals(e.Canonical, e.Text, StringComparison.Ordinal)) title.Add(e.Canonical);
        if (e.Country is not null) title.Add(e.Country);
        if (e.Sector is not null) title.Add(e.Sector);
        if (clusters is not null) title.Add(string.Join(", ", clusters.Select(ClusterName)));
        if (holders is not null) title.Add("held by " + string.Join(", ", holders.Select(h => $"{h.Name} ({h.Id})")));
        title.Add(e.Source.ToString().ToLowerInvariant() + " " + Number(e.Confidence));
        Attr(w, "title", string.Join(" · ", title));
        w.Write('>');
        return sw.ToString();
    }

    private string ClusterName(string id) => _clusterNames.TryGetValue(id, out var name) ? name : id;

    private void CollectMentions()
    {
        int order = 0;
        void Add(string clusterId, string name, EntityType kind, IReadOnlyList<Mention> mentions)
        {
            if (!Shows(kind)) return;
            foreach (var m in mentions)
            {
                if (m.EntityId is not null || m.Span.Length <= 0) continue;
                string? id = NewId($"{_prefix}-m{m.Span.Start.ToString(CultureInfo.InvariantCulture)}-{m.Span.End.ToString(CultureInfo.InvariantCulture)}");
                if (id is not null) _anchorBySpan.TryAdd(m.Span, id);
                string attrs = $" data-cluster=\"{HtmlText.Encode(clusterId)}\" title=\"{HtmlText.Encode($"mention of {name} ({clusterId})")}\">";
                string open = "<span class=\"mention\"" + (id is null ? "" : $" id=\"{HtmlText.Encode(id)}\"") + attrs;
                _highlights.Add(new Highlight(m.Span.Start, m.Span.End, HighlightLayer.Mention, order++, open, "<span class=\"mention cont\"" + attrs));
            }
        }
        foreach (var p in _result.People) Add(p.Id, p.Name, EntityType.Person, p.Mentions);
        foreach (var o in _result.Organizations) Add(o.Id, o.Name, EntityType.Organization, o.Mentions);
        foreach (var c in _result.Countries) Add(c.Id, c.Name, EntityType.Location, c.Mentions);
    }

    private void CollectEvents()
    {
        var evidence = new Dictionary<SourceSpan, List<Event>>();
        var evidenceOrder = new List<SourceSpan>();
        var triggers = new Dictionary<SourceSpan, List<Event>>();
        var triggerOrder = new List<SourceSpan>();
        foreach (var ev in _result.Events)
        {
            foreach (var span in ev.Evidence) Group(evidence, evidenceOrder, span, ev);
            Group(triggers, triggerOrder, ev.Trigger, ev);
        }
        int order = 0;
        foreach (var span in evidenceOrder)
        {
            AddEventHighlight(span, evidence[span], HighlightLayer.Evidence, "evidence", "x", "evidence of", _evidenceAnchors, order++);
        }
        foreach (var span in triggerOrder)
        {
            AddEventHighlight(span, triggers[span], HighlightLayer.Trigger, "trigger", "t", "trigger of", _triggerAnchors, order++);
        }
    }

    private static void Group(Dictionary<SourceSpan, List<Event>> groups, List<SourceSpan> order, SourceSpan span, Event ev)
    {
        if (span.Length <= 0) return;
        if (!groups.TryGetValue(span, out var list))
        {
            groups[span] = list = new List<Event>(1);
            order.Add(span);
        }
        if (!list.Contains(ev)) list.Add(ev);
    }

    private void AddEventHighlight(SourceSpan span, List<Event> events, HighlightLayer layer, string cssClass, string idLetter, string titleLead,
        Dictionary<SourceSpan, string> anchors, int order)
    {
        string? id = NewId($"{_prefix}-{idLetter}{span.Start.ToString(CultureInfo.InvariantCulture)}-{span.End.ToString(CultureInfo.InvariantCulture)}");
        if (id is not null) anchors[span] = id;
        string ids = string.Join(' ', events.Select(e => e.Id));
        string title = titleLead + " " + string.Join(", ", events.Select(e => $"{e.Id} {e.Type.Name}{(e.Kind is null ? "" : " " + e.Kind)}"));
        string attrs = $" data-events=\"{HtmlText.Encode(ids)}\" title=\"{HtmlText.Encode(title)}\">";
        string open = $"<span class=\"{cssClass}\"" + (id is null ? "" : $" id=\"{HtmlText.Encode(id)}\"") + attrs;
        _highlights.Add(new Highlight(span.Start, span.End, layer, order, open, $"<span class=\"{cssClass} cont\"" + attrs));
    }

    // ---- header and legend ----

    private void WriteMeta()
    {
        var parts = new List<string>();
        if (_result.Document.Published is { } pub) parts.Add("published " + pub.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (_result.Document.Info.Source is { } source) parts.Add(source);
        parts.Add(Count(_result.Text.Length, "character"));
        parts.Add(Count(_result.Sentences.Count, "sentence"));
        parts.Add(Count(_result.Tokens.Count, "token"));
        parts.Add(Count(_result.Entities.Count, "entity", "entities"));
        parts.Add(Count(_result.People.Count, "person", "people"));
        parts.Add(Count(_result.Events.Count, "event"));
        HtmlText.Write(_w, string.Join(" · ", parts));
    }

    private void WriteLegend()
    {
        _w.Write("<div class=\"legend\">");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            int n = _typeCounts[(int)type];
            if (n == 0) continue;
            _w.Write("<span><span class=\"key ");
            _w.Write(type.ToString());
            _w.Write("\"></span>");
            _w.Write(type.ToString());
            _w.Write(' ');
            _w.Write(n.ToString(CultureInfo.InvariantCulture));
            _w.Write("</span>");
        }
        if (_options.ShowEvents && _result.Events.Count > 0)
        {
            _w.Write("<span><span class=\"key trigger\"></span>event trigger</span><span><span class=\"key evidence\"></span>event evidence</span>");
        }
        _w.Write("</div>\n");
    }

    // ---- event cards ----

    private void WriteEvents()
    {
        _w.Write("<h3>Events (");
        _w.Write(_result.Events.Count.ToString(CultureInfo.InvariantCulture));
        _w.Write(")</h3>\n");
        if (_result.Events.Count == 0)
        {
            _w.Write("<p class=\"empty\">No events found.</p>\n");
            return;
        }
        _w.Write("<div class=\"cards\">\n");
        foreach (var ev in _result.Events) WriteCard(ev);
        _w.Write("</div>\n");
    }

    private void WriteCard(Event ev)
    {
        _w.Write("<article class=\"card\"");
        if (NewId(_prefix + "-" + ev.Id) is { } id) Attr("id", id);
        Attr("data-event", ev.Id);
        Attr("data-events", ev.Id);
        Attr("data-type", ev.Type.Name);
        Attr("data-status", ev.Status.ToString());
        _w.Write("><header><span class=\"etype\">");
        HtmlText.Write(_w, ev.Type.Name);
        _w.Write("</span>");
        if (ev.Kind is not null)
        {
            _w.Write("<span class=\"kind\">");
            HtmlText.Write(_w, ev.Kind);
            _w.Write("</span>");
        }
        _w.Write("<span class=\"status ");
        _w.Write(ev.Status.ToString());
        _w.Write("\">");
        _w.Write(ev.Status.ToString());
        _w.Write("</span><span class=\"arg\">");
        HtmlText.Write(_w, ev.Id);
        _w.Write("</span></header><dl>");

        Term("Trigger");
        Link(_triggerAnchors.TryGetValue(ev.Trigger, out var t) ? t : null, ev.TriggerText);
        _w.Write("</dd>");

        Term("Participants");
        if (ev.Participants.Count == 0) _w.Write("<span class=\"empty\">none named</span>");
        else
        {
            _w.Write("<ul>");
            foreach (var p in ev.Participants)
            {
                _w.Write("<li");
                if (p.Ref is not null) Attr("data-cluster", p.Ref);
                _w.Write('>');
                Link(Anchor(p.Span), p.Name);
                _w.Write(" <span class=\"arg\">");
                _w.Write(p.Role.ToString());
                _w.Write("</span>");
                if (p.Country is not null)
                {
                    _w.Write(" <span class=\"cc\">");
                    HtmlText.Write(_w, p.Country);
                    _w.Write("</span>");
                }
                _w.Write("</li>");
            }
            _w.Write("</ul>");
        }
        _w.Write("</dd>");

        if (ev is DesignationEvent { Category: { } category })
        {
            Term("Category");
            HtmlText.Write(_w, category);
            _w.Write("</dd>");
        }

        Term("Date");
        if (ev.Date is { } date)
        {
            Link(Anchor(date.Span), date.Text);
            _w.Write(" → ");
            if (date.Value is null) _w.Write("<span class=\"empty\">unresolved</span>");
            else
            {
                _w.Write("<code>");
                HtmlText.Write(_w, date.Value);
                _w.Write("</code> <span class=\"arg\">");
                _w.Write(date.Granularity.ToString().ToLowerInvariant());
                if (date.IsFuture) _w.Write(", future");
                _w.Write("</span>");
            }
        }
        else _w.Write("<span class=\"empty\">not given</span>");
        _w.Write("</dd>");

        Term("Place");
        if (ev.Location is { } loc)
        {
            Link(Anchor(loc.Span), loc.Text);
            if (loc.Country is not null)
            {
                _w.Write(" <span class=\"cc\">");
                HtmlText.Write(_w, loc.Country);
                _w.Write("</span>");
            }
        }
        else _w.Write("<span class=\"empty\">not given</span>");
        _w.Write("</dd>");

        Term("Confidence");
        _w.Write(Number(ev.Confidence));
        _w.Write("</dd>");

        Term("Codes");
        _w.Write("CAMEO ");
        Code(ev.Codes.Cameo);
        _w.Write(" · PLOVER ");
        Code(ev.Codes.PloverCategory);
        if (ev.Codes.PloverMode is not null)
        {
            _w.Write(" / ");
            Code(ev.Codes.PloverMode);
        }
        _w.Write("</dd>");

        Term("Rule");
        Code(ev.Rule);
        _w.Write("</dd>");

        Term("Evidence");
        _w.Write("<ul>");
        foreach (var span in ev.Evidence)
        {
            _w.Write("<li>");
            Link(_evidenceAnchors.TryGetValue(span, out var x) ? x : null, Snippet(span));
            _w.Write("</li>");
        }
        _w.Write("</ul></dd></dl></article>\n");
    }

    /// <summary>The id of the element for exactly this span, else of the first entity inside it ("Monday" for "on Monday"), or null.</summary>
    private string? Anchor(SourceSpan span)
    {
        if (span.Length <= 0) return null;
        if (_anchorBySpan.TryGetValue(span, out var id)) return id;
        // entities are in text order: binary-search the first one starting inside the span
        var entities = _result.Entities;
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Span.Start < span.Start) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < entities.Count && entities[i].Span.Start < span.End; i++)
        {
            if (span.Contains(entities[i].Span) && _anchorByEntity.TryGetValue(entities[i].Id, out var inner)) return inner;
        }
        return null;
    }

    private string Snippet(SourceSpan span)
    {
        int start = Math.Clamp(span.Start, 0, _result.Text.Length), end = Math.Clamp(span.End, start, _result.Text.Length);
        var s = _result.Text.AsSpan(start, end - start).Trim();
        const int max = 90;
        var text = s.Length <= max ? s.ToString() : string.Concat(s[..max].TrimEnd(), "…");
        return "“" + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + "”";
    }

    // ---- tables ----

    private void WritePeople()
    {
        if (_result.People.Count == 0) return;
        TableStart("People", _result.People.Count, "people", "<th>Person</th><th>Roles</th><th>Country</th><th>Mentions</th>");
        foreach (var p in _result.People)
        {
            RowStart(p.Id);
            NameCell(p.Name, p.Id);
            _w.Write("<td>");
            if (p.Roles.Count == 0) _w.Write("<span class=\"empty\">none found</span>");
            else
            {
                _w.Write("<ul>");
                foreach (var r in p.Roles)
                {
                    _w.Write("<li>");
                    string? anchor = r.EntityId is not null && _anchorByEntity.TryGetValue(r.EntityId, out var a) ? a : Anchor(r.Span);
                    Link(anchor, r.Title);
                    if (!string.Equals(r.CanonicalTitle, r.Title, StringComparison.OrdinalIgnoreCase))
                    {
                        _w.Write(" <span class=\"arg\">= ");
                        HtmlText.Write(_w, r.CanonicalTitle);
                        _w.Write("</span>");
                    }
                    var details = new List<string>();
                    if (r.Country is not null) details.Add(r.Country);
                    if (r.Organization is not null) details.Add(r.Organization);
                    if (r.Sector is not null) details.Add(r.Sector);
                    if (r.Qualifiers != RoleQualifiers.None) details.Add(r.Qualifiers.ToString().ToLowerInvariant());
                    if (details.Count > 0)
                    {
                        _w.Write(" <span class=\"cc\">");
                        HtmlText.Write(_w, string.Join(" · ", details));
                        _w.Write("</span>");
                    }
                    _w.Write("</li>");
                }
                _w.Write("</ul>");
            }
            _w.Write("</td><td>");
            HtmlText.Write(_w, p.Country);
            _w.Write("</td><td>");
            WriteMentions(p.Mentions);
            _w.Write("</td></tr>\n");
        }
        _w.Write("</tbody></table>\n");
    }

    /// <summary>A section heading with its count ("People (3)") and the opening of its table.</summary>
    private void TableStart(string title, int count, string cssClass, string headerCells)
    {
        _w.Write("<h3>");
        _w.Write(title);
        _w.Write(" (");
        _w.Write(count.ToString(CultureInfo.InvariantCulture));
        _w.Write(")</h3>\n<table class=\"");
        _w.Write(cssClass);
        _w.Write("\"><thead><tr>");
        _w.Write(headerCells);
        _w.Write("</tr></thead><tbody>\n");
    }

    /// <summary>The first cell of a cluster row: the name in bold and the cluster id.</summary>
    private void NameCell(string name, string id)
    {
        _w.Write("<td><b>");
        HtmlText.Write(_w, name);
        _w.Write("</b> <span class=\"arg\">");
        HtmlText.Write(_w, id);
        _w.Write("</span></td>");
    }

    private void WriteOrganizations()
    {
        if (_result.Organizations.Count == 0) return;
        TableStart("Organizations", _result.Organizations.Count, "organizations", "<th>Organization</th><th>Acronym</th><th>Country</th><th>Sector</th><th>Mentions</th>");
        foreach (var o in _result.Organizations)
        {
            RowStart(o.Id);
            NameCell(o.Name, o.Id);
            _w.Write("<td>");
            HtmlText.Write(_w, o.Acronym);
            _w.Write("</td><td>");
            HtmlText.Write(_w, o.Country);
            _w.Write("</td><td>");
            HtmlText.Write(_w, o.Sector);
            _w.Write("</td><td>");
            WriteMentions(o.Mentions);
            _w.Write("</td></tr>\n");
        }
        _w.Write("</tbody></table>\n");
    }

    private void WriteCountries()
    {
        if (_result.Countries.Count == 0) return;
        TableStart("Countries", _result.Countries.Count, "countries", "<th>Country</th><th>Code</th><th>Mentions</th>");
        foreach (var c in _result.Countries)
        {
            RowStart(c.Id);
            NameCell(c.Name, c.Id);
            _w.Write("<td><span class=\"cc\">");
            HtmlText.Write(_w, c.Code);
            _w.Write("</span></td><td>");
            WriteMentions(c.Mentions);
            _w.Write("</td></tr>\n");
        }
        _w.Write("</tbody></table>\n");
    }

    private void WriteTimes()
    {
        if (_result.TimeExpressions.Count == 0) return;
        TableStart("Times", _result.TimeExpressions.Count, "times", "<th>As written</th><th>Value</th><th>Granularity</th>");
        foreach (var t in _result.TimeExpressions)
        {
            _w.Write("<tr><td>");
            Link(Anchor(t.Span), t.Text);
            _w.Write("</td><td>");
            if (t.Value is null) _w.Write("<span class=\"empty\">unresolved</span>");
            else Code(t.Value);
            _w.Write("</td><td>");
            _w.Write(t.Granularity.ToString().ToLowerInvariant());
            if (t.IsFuture) _w.Write(", future");
            _w.Write("</td></tr>\n");
        }
        _w.Write("</tbody></table>\n");
    }

    private void RowStart(string clusterId)
    {
        _w.Write("<tr");
        if (NewId(_prefix + "-" + clusterId) is { } id) Attr("id", id);
        Attr("data-cluster", clusterId);
        _w.Write('>');
    }

    private void WriteMentions(IReadOnlyList<Mention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (i > 0) _w.Write(", ");
            var m = mentions[i];
            string? anchor = m.EntityId is not null && _anchorByEntity.TryGetValue(m.EntityId, out var a) ? a : Anchor(m.Span);
            Link(anchor, m.Text);
        }
    }

    // ---- small writers ----

    private void Term(string name)
    {
        _w.Write("<dt>");
        _w.Write(name);
        _w.Write("</dt><dd>");
    }

    private void Link(string? anchor, string text)
    {
        if (anchor is null)
        {
            HtmlText.Write(_w, text);
            return;
        }
        _w.Write("<a href=\"#");
        HtmlText.Write(_w, anchor);
        _w.Write("\">");
        HtmlText.Write(_w, text);
        _w.Write("</a>");
    }

    private void Code(string? value)
    {
        if (value is null)
        {
            _w.Write("<span class=\"empty\">none</span>");
            return;
        }
        _w.Write("<code>");
        HtmlText.Write(_w, value);
        _w.Write("</code>");
    }

    private void Attr(string name, string value) => Attr(_w, name, value);

    private static void Attr(TextWriter w, string name, string value)
    {
        w.Write(' ');
        w.Write(name);
        w.Write("=\"");
        HtmlText.Write(w, value);
        w.Write('"');
    }

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Count(int n, string singular, string? plural = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    private static string Label(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Role => "ROLE",
        EntityType.Organization => "ORG",
        EntityType.Location => "PLACE",
        EntityType.Nationality => "NAT",
        EntityType.Date => "DATE",
        EntityType.Money => "MONEY",
        EntityType.Percent => "PERCENT",
        EntityType.Quantity => "QTY",
        _ => type.ToString().ToUpperInvariant(),
    };
}
