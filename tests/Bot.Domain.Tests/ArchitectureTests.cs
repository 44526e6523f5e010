using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Tests;

public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Telegram.Bot")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Quartz")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.Extensions.Hosting")]
    public void TheDomain_ReferencesNoTransportStorageOrSchedulingAssembly(string forbidden)
    {
        var references = typeof(Member).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, name => name.StartsWith(forbidden, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheDomain_SaysWhatToSend_TheOutboxIsTheHosts()
    {
        var types = typeof(Member).Assembly.GetTypes();

        Assert.DoesNotContain(types, t => t.Namespace?.EndsWith(".Delivery", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(types, t => t.GetProperties().Any(p => p.Name is "Attempts" or "NextAttemptAt" or "PayloadJson"));
    }
}
