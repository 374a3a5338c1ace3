using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>
/// Resolves the candidate entities that earlier components appended (model, lexicon, rules, patterns) into the final
/// entity layer with ids, following the precedence documented on <see cref="EntityMerger"/>, after dropping the
/// headline artefacts that <see cref="HeadlineOrganizationFilter"/> describes and the agreement, meeting and programme
/// names that <see cref="NonOrganizationNameFilter"/> describes, and trimming a country's possessive from the front of
/// an organization (<see cref="OrganizationOwnerTrim"/>). Then the rules add what the tagger missed or mistyped
/// (<see cref="PersonAfterTitleRule"/>, <see cref="OrganizationNameRule"/>, <see cref="OrganizationAfterDescriptorRule"/>,
/// <see cref="DatelineRule"/>, <see cref="NameRepeatRule"/>, <see cref="DiplomacyHeadRule"/>) and the candidates are merged again, without an organization that is a title and a name
/// (<see cref="TitledNameOrganizationFilter"/>). Runs after every entity producer and
/// before the people stage.
/// </summary>
public sealed class EntityMergeComponent : IPipelineComponent
{
    private static readonly Lazy<HeadlineOrganizationFilter> DefaultHeadlineFilter =
        new(() => new HeadlineOrganizationFilter(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<NonOrganizationNameFilter> DefaultNonOrganizationFilter =
        new(() => new NonOrganizationNameFilter(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<OrganizationOwnerTrim> DefaultOwnerTrim =
        new(() => new OrganizationOwnerTrim(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<DatelineRule> DefaultDateline =
        new(() => new DatelineRule(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly OrganizationAfterDescriptorRule DescriptorRule = new();

    private static readonly Lazy<NameRepeatRule> DefaultNameRepeat =
        new(() => new NameRepeatRule(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<PersonAfterTitleRule> DefaultPersonAfterTitle =
        new(() => new PersonAfterTitleRule(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<OrganizationNameRule> DefaultOrganizationNames =
        new(() => new OrganizationNameRule(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public string Name => "entity-merge";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.Entities;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Sentences.Count > 0) DefaultHeadlineFilter.Value.Apply(context.Text, context.Tokens, context.Sentences, context.Entities);
        DefaultNonOrganizationFilter.Value.Apply(context.Text, context.Tokens, context.Entities);
        DefaultOwnerTrim.Value.Apply(context.Text, context.Tokens, context.Entities);
        TitledNameOrganizationFilter.Apply(context.Entities);
        var merged = EntityMerger.Merge(context.Entities, context.Options.MinEntityConfidence);
        // Names the tagger left untagged or mistyped (a name right after a title, an organization name ending in a head
        // word, a name after "the group", a dateline): add them as candidates and merge again (only when a rule found
        // something; merging is linear).
        if (context.Sentences.Count > 0
            && DefaultPersonAfterTitle.Value.Find(context.Text, context.Tokens, context.Sentences, merged, context.Entities)
             + DefaultOrganizationNames.Value.Find(context.Text, context.Tokens, context.Sentences, merged, context.Entities)
             + DescriptorRule.Find(context.Text, context.Tokens, context.Sentences, merged, context.Entities)
             + DefaultDateline.Value.Find(context.Text, context.Tokens, merged, context.Entities)
             + DefaultNameRepeat.Value.Find(context.Text, context.Tokens, merged, context.Entities)
             + DiplomacyHeadRule.Find(context.Text, context.Tokens, merged, context.Entities) > 0)
        {
            // (the first merge numbered the candidates in place; the second renumbers them with copies)
            TitledNameOrganizationFilter.Apply(context.Entities);
            merged = EntityMerger.Merge(context.Entities, context.Options.MinEntityConfidence);
        }
        context.Entities.Clear();
        context.Entities.AddRange(merged);
    }
}
