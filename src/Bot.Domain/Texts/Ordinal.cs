namespace GenYCity.Bot.Domain.Texts;

/// <summary>English ordinals (1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 111th); Latvian writes "3.", Russian "3-й".</summary>
public static class Ordinal
{
    public static string En(int number)
    {
        var (lastTwo, last) = (Math.Abs(number) % 100, Math.Abs(number) % 10);
        var suffix = lastTwo is >= 11 and <= 13 ? "th" : last switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{number}{suffix}";
    }
}
