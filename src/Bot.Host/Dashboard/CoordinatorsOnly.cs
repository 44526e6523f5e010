using GenYCity.Bot.Domain;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>Lets a page or form through only for a signed-in coordinator; anyone else gets the "signed out" page.</summary>
public sealed class CoordinatorsOnly : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var bot = http.RequestServices.GetRequiredService<BotOptions>();
        if (await DashboardEndpoints.SignedInCoordinatorAsync(http, http.RequestServices.GetRequiredService<BotDbContext>(), bot) is not { } member)
        {
            context.Result = DashboardEndpoints.SignedOutPage(http, bot);
            return;
        }

        // A form posted to a page that takes none (or to a handler it lacks): refused, rather than a page drawn without its data.
        if (context.HandlerMethod is null && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        http.Items[typeof(DashboardPage)] = member;
        await next();
    }
}
