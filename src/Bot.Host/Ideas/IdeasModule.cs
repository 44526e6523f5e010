using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Ideas;

/// <summary>The ideas' host side: their tables, what a person sent in /mydata, and submitting and supporting as taking part.</summary>
public sealed class IdeasModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IIdeaRepository, IdeaRepository>()
        .PersonalData<IdeasPersonalData>()
        .Shares<Dashboard.IUploadUser, IdeaPhotos>()
        .Participation((db, from, to) =>
            db.Ideas.Where(i => i.AuthorId != null && i.CreatedAt >= from && i.CreatedAt < to).Select(i => i.AuthorId!.Value)
                .Union(db.IdeaSupports.Where(s => s.CreatedAt >= from && s.CreatedAt < to).Select(s => s.MemberId)));
}
