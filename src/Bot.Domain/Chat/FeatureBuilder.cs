using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>What a feature registers, each piece once.</summary>
public sealed class FeatureBuilder(IServiceCollection services, IFeatureSettings settings)
{
    /// <summary>
    /// A command, button handler or flow (or one class that is several of them), registered once per update
    /// and offered as each of its roles, so a flow that is also its own command is one object.
    /// </summary>
    public FeatureBuilder Handles<T>()
        where T : class
    {
        var roles = new[] { typeof(ICommand), typeof(IButtonHandler), typeof(Conversations.IFlow), typeof(IPollAnswerHandler) }.Where(role => role.IsAssignableFrom(typeof(T))).ToList();
        if (roles.Count == 0)
        {
            throw new ArgumentException($"{typeof(T).Name} is neither a command, a button handler nor a flow; register it with Uses or Shares.");
        }

        services.AddScoped<T>();
        foreach (var role in roles)
        {
            services.AddScoped(role, sp => sp.GetRequiredService<T>());
        }

        return this;
    }

    /// <summary>A service made for each update (it may hold the update's repositories).</summary>
    public FeatureBuilder Uses<T>()
        where T : class
    {
        services.AddScoped<T>();
        return this;
    }

    /// <summary>One of several implementations of an extension point another feature reads (a part of the digest, say), made for each update.</summary>
    public FeatureBuilder Adds<TService, TImplementation>()
        where TService : class
        where TImplementation : class, TService
    {
        services.AddScoped<TService, TImplementation>();
        return this;
    }

    /// <summary>A service shared by all updates (it holds no per-update state).</summary>
    public FeatureBuilder Shares<T>()
        where T : class
    {
        services.AddSingleton<T>();
        return this;
    }

    /// <summary>The feature's settings, from its configuration section.</summary>
    public FeatureBuilder Settings<TOptions>(string sectionName)
        where TOptions : class, new()
    {
        settings.Add<TOptions>(services, sectionName);
        return this;
    }
}
