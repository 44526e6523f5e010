using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>Where a feature's settings come from: the host binds and validates a configuration section, tests give instances.</summary>
public interface IFeatureSettings
{
    void Add<TOptions>(IServiceCollection services, string sectionName)
        where TOptions : class, new();
}
