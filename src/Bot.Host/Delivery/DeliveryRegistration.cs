using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Delivery;

public static class DeliveryRegistration
{
    /// <summary>The outbox worker; channels add their <see cref="IChannelSender"/>.</summary>
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DeliveryOptions>(DeliveryOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) => options.BindChannels(configuration.GetSection(DeliveryOptions.SectionName)));
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<MessagingWindows>();
        builder.Services.AddScoped<Persistence.IPersonalDataPart, OutboxPersonalData>();
        builder.Services.AddSingleton<DeliveryStore>();
        builder.Services.AddSingleton<ChannelLeases>();
        builder.Services.AddSingleton<DeliveryWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        builder.Services.AddSingleton<BroadcastWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BroadcastWorker>());
        return builder;
    }
}
