using DiplomacyNlp.Pipeline.Components;

namespace DiplomacyNlp.Pipeline;

/// <summary><c>Use*</c> extensions for people, roles, organizations and countries.</summary>
public static class PeoplePipelineExtensions
{
    /// <summary>
    /// Adds the people stage: person clusters with every mention, their roles (title, canonical title, country, sector,
    /// qualifiers), organizations and countries. Adds the entity stages it needs when missing. Idempotent.
    /// </summary>
    public static DiplomacyPipelineBuilder UsePeople(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Components.Contains<PeopleComponent>()) return builder;
        if (!builder.Components.Contains<EntityMergeComponent>())
        {
            builder.UseLexicons().UseEntityModel().UseEntityMerge();
        }
        builder.Components.Add(new PeopleComponent());
        return builder;
    }

    /// <summary>The same as <see cref="UsePeople"/>: roles are linked to their holders in the people stage.</summary>
    public static DiplomacyPipelineBuilder UseRoles(this DiplomacyPipelineBuilder builder) => builder.UsePeople();
}
