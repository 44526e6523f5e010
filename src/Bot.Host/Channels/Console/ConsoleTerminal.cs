namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>The terminal the console chat talks through; tests give it pipes instead of the real console.</summary>
public sealed class ConsoleTerminal(TextReader input, TextWriter output, bool useColour)
{
    public TextReader Input { get; } = input;

    public TextWriter Output { get; } = output;

    /// <summary>Whether bold text may be shown with ANSI escapes.</summary>
    public bool UseColour { get; } = useColour;

    public static ConsoleTerminal System() =>
        new(global::System.Console.In, global::System.Console.Out, !global::System.Console.IsOutputRedirected);
}
