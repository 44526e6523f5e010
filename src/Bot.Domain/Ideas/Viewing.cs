namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// How one person stands to an idea they are shown: whether they support it, follow it, or wrote it (then there is
/// nothing to follow), and whether it is offered in their language by machine translation.
/// </summary>
public readonly record struct Viewing(bool Supported, bool Following, bool Own = false, bool Translatable = false);
