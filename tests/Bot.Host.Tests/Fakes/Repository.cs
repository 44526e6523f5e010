namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>The repository the tests run in: its root is the folder with GenYCity.Bot.sln, above the test's binaries.</summary>
public static class Repository
{
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GenYCity.Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
