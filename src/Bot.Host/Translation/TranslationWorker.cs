using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Translation;

/// <summary>
/// Takes up the Translate presses that wait for the service, outside any update, so a slow or broken service holds
/// up no one: takes a request (under its unit of work, so two instances never take the same one), asks the
/// service for what is not kept yet with no transaction open, then keeps the translations and sends the reader
/// the translation, or a polite apology, in one unit of work. A request taken by an instance that stopped is
/// taken again after <see cref="TakenFor"/>.
/// </summary>
internal sealed class TranslationWorker(UnitOfWork unitOfWork, IServiceScopeFactory scopes, ITranslator translator, TimeProvider clock, ILogger<TranslationWorker> logger) : BackgroundService
{
    /// <summary>How often the waiting presses are looked for.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(300);

    /// <summary>A request taken this long ago and not done is taken again: far longer than a page's calls can take.</summary>
    public static readonly TimeSpan TakenFor = TimeSpan.FromMinutes(15);


    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Without a service no press waits: nothing to look for.
        if (!translator.IsOn)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await TakeOneAsync(stoppingToken) is { } request)
                {
                    await AnswerAsync(request, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not answer a translation request; it is taken again later");
            }

            try
            {
                await Task.Delay(Every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<TranslationRequest?> TakeOneAsync(CancellationToken ct)
    {
        // A look without the unit of work first: most of the time nothing waits, and SQLite's one writer is left alone.
        var stale = clock.GetUtcNow() - TakenFor;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<TranslationRequest>().AnyAsync(r => r.TakenAt == null || r.TakenAt < stale, ct))
            {
                return null;
            }
        }

        var (_, taken) = await unitOfWork.RunAsync<TranslationRequest?>(async services =>
        {
            var db = services.GetRequiredService<BotDbContext>();
            var now = clock.GetUtcNow();
            var request = await db.Set<TranslationRequest>().Where(r => r.TakenAt == null || r.TakenAt < stale).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
            if (request is null)
            {
                return (null, null);
            }

            db.Entry(request).Property(r => r.TakenAt).CurrentValue = now;
            return (request, []);
        }, ct);
        return taken;
    }

    private async Task AnswerAsync(TranslationRequest request, CancellationToken ct)
    {
        // What to translate, read with no transaction open; the service is asked outside any too.
        IReadOnlyList<TranslationPiece> missing;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var reader = await services.GetRequiredService<IMemberRepository>().FindByIdAsync(request.MemberId, ct);
            var translations = services.GetRequiredService<Translations>();
            var idea = reader is null ? null : await translations.IdeaAsync(request.IdeaId, reader, ct);
            var pieces = reader is null || idea is null ? [] : await translations.PiecesAsync(request.What, idea, request.Page, reader, ct);
            var kept = await services.GetRequiredService<ITranslationRepository>().FindAsync(pieces, request.Target, ct);
            missing = [.. pieces.Where(p => !kept.ContainsKey((p.Kind, p.SubjectId)))];
        }

        var (made, failed) = await PieceTranslations.MakeAsync(translator, missing, request.Target, logger, ct);

        try
        {
            await KeepAndAnswerAsync(request, made, failed, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // What could not be kept is not tried for ever: the request goes, with the apology.
            logger.LogWarning(ex, "Could not keep a translation into {Language}; the reader gets an apology", request.Target);
            await KeepAndAnswerAsync(request, [], failed: true, ct);
        }
    }

    private async Task KeepAndAnswerAsync(TranslationRequest request, List<(TranslationPiece Piece, string Text)> made, bool failed, CancellationToken ct)
    {
        await unitOfWork.RunAsync(async services =>
        {
            var store = services.GetRequiredService<ITranslationRepository>();
            if (await store.FindRequestAsync(request.Id, ct) is not { } waiting)
            {
                return null;
            }

            store.RemoveRequest(waiting);
            var now = clock.GetUtcNow();
            foreach (var (piece, text) in made)
            {
                await store.KeepAsync(TranslatedText.Of(piece, request.Target, text, now), ct);
            }

            var apology = new OutboundMessage(request.ReplyTo, TranslationTexts.For(request.Target).Failed);
            if (failed || await services.GetRequiredService<IMemberRepository>().FindByIdAsync(request.MemberId, ct) is not { } reader)
            {
                return [apology];
            }

            var translations = services.GetRequiredService<Translations>();
            return await translations.IdeaAsync(request.IdeaId, reader, ct) is { } idea
                && await translations.TranslatedAsync(request.What, idea, request.Page, reader, request.ReplyTo, now, ct) is { } translated
                ? [translated]
                : [apology];
        }, ct);
    }
}
