using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Domain.Chat;

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
