using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// Which class answers each command, button prefix and flow: learnt once, from one instance of each
/// (their names are theirs to say), so that an update then makes only the one handler it needs rather
/// than every handler of every feature with all they depend on.
/// </summary>
public sealed class HandlerCatalog(IServiceScopeFactory scopes)
{
    private readonly Lazy<(Dictionary<string, Type> Commands, Dictionary<string, Type> Buttons, Dictionary<string, Type> Flows)> types = new(() =>
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        return (
            services.GetServices<ICommand>().ToDictionary(c => c.Info.Name, c => c.GetType(), StringComparer.Ordinal),
            services.GetServices<IButtonHandler>().ToDictionary(b => b.Prefix, b => b.GetType(), StringComparer.Ordinal),
            services.GetServices<Conversations.IFlow>().ToDictionary(f => f.Name, f => f.GetType(), StringComparer.Ordinal));
    }, LazyThreadSafetyMode.PublicationOnly);

    internal Type? Command(string name) => types.Value.Commands.GetValueOrDefault(name);

    internal Type? Button(string prefix) => types.Value.Buttons.GetValueOrDefault(prefix);

    internal Type? Flow(string name) => types.Value.Flows.GetValueOrDefault(name);
}

/// <summary>The handlers of one update, each made from the update's scope when first asked for.</summary>
public sealed class Handlers(HandlerCatalog catalog, IServiceProvider services)
{
    public ICommand? Command(string name) => Make<ICommand>(catalog.Command(name));

    public IButtonHandler? Button(string prefix) => Make<IButtonHandler>(catalog.Button(prefix));

    public Conversations.IFlow? Flow(string name) => Make<Conversations.IFlow>(catalog.Flow(name));

    /// <summary>Who takes answers in native polls, when a feature does.</summary>
    public IPollAnswerHandler? PollAnswers => services.GetService<IPollAnswerHandler>();

    /// <summary>
    /// By its own type, as features register them; one registered only as its role (a test's own handler)
    /// is found among the role's.
    /// </summary>
    private TRole? Make<TRole>(Type? type)
        where TRole : class =>
        type is null ? null : services.GetService(type) as TRole ?? services.GetServices<TRole>().First(h => h.GetType() == type);
}
