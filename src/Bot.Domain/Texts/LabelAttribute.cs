namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// Marks a text shown on a button: it must fit <see cref="Messaging.ButtonLabel.MaxLength"/> in every
/// language (a test goes over them all), since Messenger cuts longer ones.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class LabelAttribute : Attribute
{
}
