namespace GenYCity.Bot.Domain.Privacy;

/// <summary>Yes (erase everything) or No under /forgetme's question.</summary>
public sealed record ForgetMePress(bool Erase);
