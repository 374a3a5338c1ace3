using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyNlp.Pipeline;

/// <summary>Registers DiplomacyNlp with Microsoft.Extensions.DependencyInjection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers a built <see cref="DiplomacyPipeline"/> as a singleton. Without <paramref name="configure"/>,
    /// the default English pipeline is used.
    /// </summary>
    public static IServiceCollection AddDiplomacyNlp(this IServiceCollection services, Action<DiplomacyPipelineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(_ =>
        {
            var builder = DiplomacyPipeline.CreateBuilder();
            if (configure is null) builder.UseDefaultEnglish();
            else configure(builder);
            return builder.Build();
        });
        return services;
    }
}
