using DiplomacyNlp.Text;

namespace DiplomacyNlp.People;

/// <summary>One mention of a person, organization or country: the entity (if any) and its span.</summary>
/// <param name="EntityId">The id of the entity that is the mention, or null for a mention without an entity (a pronoun, a handle, a description).</param>
/// <param name="Span">The span in the text.</param>
/// <param name="Text">The covered text.</param>
public sealed record Mention(string? EntityId, SourceSpan Span, string Text);
