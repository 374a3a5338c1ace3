using DiplomacyNlp.Lexicons;
using DiplomacyNlp.People;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>Builds people (with roles), organizations and countries from the merged entities (see <see cref="PeopleResolver"/>).</summary>
public sealed class PeopleComponent : IPipelineComponent
{
    private static readonly Lazy<PeopleResolver> DefaultResolver = new(() => new PeopleResolver(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly PeopleResolver? _resolver;

    /// <summary>Uses the embedded lexicons.</summary>
    public PeopleComponent()
    {
    }

    /// <summary>Uses the given resolver.</summary>
    public PeopleComponent(PeopleResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolver = resolver;
    }

    /// <inheritdoc />
    public string Name => "people";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens | AnalysisLayers.Sentences | AnalysisLayers.Entities;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.People;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        PersonSpanRefiner.Refine(context.Text, context.Tokens, context.Entities);
        var resolver = _resolver ?? DefaultResolver.Value;
        resolver.RemoveImplausiblePeople(context.Tokens, context.Entities);
        resolver.MarkCapitalsStandingForGovernments(context.Text, context.Tokens, context.Entities);
        resolver.Resolve(context.Text, context.Tokens, context.Sentences, context.Entities, context.People, context.Organizations, context.Countries);
    }
}
