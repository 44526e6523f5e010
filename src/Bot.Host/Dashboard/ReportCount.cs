using System.Globalization;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>Small-count suppression: a count of 1 to 4 is shown as "&lt; 5"; 0 as "0"; 5 and more as the number.</summary>
public static class ReportCount
{
    public const int Threshold = 5;

    public const string Suppressed = "< 5";

    public static string Show(int count) => count switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative."),
        0 => "0",
        < Threshold => Suppressed,
        _ => count.ToString(CultureInfo.InvariantCulture),
    };
}
