using DiplomacyNlp.Entities;

namespace DiplomacyNlp.Rendering;

/// <summary>What an HTML page made by <see cref="HtmlRenderer"/> shows. Immutable; the defaults show everything.</summary>
public sealed record HtmlRenderOptions
{
    /// <summary>The default options: every layer shown, with labels and the small inline script.</summary>
    public static HtmlRenderOptions Default { get; } = new();

    /// <summary>The page title; by default the document id for a single document, otherwise "DiplomacyNlp".</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Include a small inline script (default true) that, on hover, lights up an event's trigger and evidence together
    /// with its card, and every mention of the same person, organization or country. Without it the page is plain
    /// HTML and CSS; links between cards and spans still work as anchors.
    /// </summary>
    public bool IncludeScript { get; init; } = true;

    /// <summary>Show a small type label after each highlighted entity (default true). Labels are drawn by CSS, so they are not part of the page's text.</summary>
    public bool ShowEntityLabels { get; init; } = true;

    /// <summary>Show event cards and highlight each event's trigger and evidence in the text (default true).</summary>
    public bool ShowEvents { get; init; } = true;

    /// <summary>Show the tables of people (with their roles), organizations, countries and time expressions (default true).</summary>
    public bool ShowTables { get; init; } = true;

    /// <summary>The entity types to highlight, or null (the default) for all of them.</summary>
    public IReadOnlyCollection<EntityType>? EntityTypes { get; init; }

    /// <summary>Entities below this confidence are not highlighted (default 0: all are).</summary>
    public double MinEntityConfidence { get; init; }
}
