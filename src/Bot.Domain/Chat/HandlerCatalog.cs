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
