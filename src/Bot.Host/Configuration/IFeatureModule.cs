namespace GenYCity.Bot.Host.Configuration;

/// <summary>
/// The host side of one capability, in the capability's own folder: its repositories behind the domain's
/// ports, its share of /mydata and /forgetme, the audiences its broadcasts go to, what counts as taking part
/// in it for the report, its jobs, and what it must hear of its messages' delivery. Its tables are configured
/// by the <c>IEntityTypeConfiguration</c> classes next to it, which the context finds on its own.
/// </summary>
public interface IFeatureModule
{
    void Register(FeatureModuleBuilder module);
}
