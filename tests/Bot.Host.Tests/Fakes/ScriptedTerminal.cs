using System.Text;
using System.Threading.Channels;
using GenYCity.Bot.Host.Channels.Console;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A terminal a test types into and reads from, in place of the real console.</summary>
public sealed class ScriptedTerminal
{
    private readonly Channel<string> typed = Channel.CreateUnbounded<string>();
    private readonly Screen screen = new();
    private int read;

    public ScriptedTerminal() => Terminal = new ConsoleTerminal(new Keyboard(typed.Reader), screen, useColour: false);

    public ConsoleTerminal Terminal { get; }

    public string Everything => screen.Text;

    public void Type(string line) => typed.Writer.TryWrite(line);

    /// <summary>Waits until the screen shows this text after what was read before; returns the new output up to and including it.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var all = screen.Text;
            var at = all.IndexOf(text, read, StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = at + text.Length;
                var shown = all[read..end];
                read = end;
                return shown;
            }

            try
            {
                await Task.Delay(20, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The console never showed '{text}'. It shows:\n{all[read..]}");
            }
        }
    }

    /// <summary>Waits until the text is anywhere on the screen, without moving the reading position (for messages to different chats, whose order is not kept).</summary>
    public async Task ShowsAsync(string text)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!screen.Text.Contains(text, StringComparison.Ordinal))
        {
            try
            {
                await Task.Delay(20, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The console never showed '{text}'. It shows:\n{screen.Text}");
            }
        }
    }

    private sealed class Keyboard(ChannelReader<string> lines) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            await lines.WaitToReadAsync(cancellationToken) && lines.TryRead(out var line) ? line : null;
    }

    private sealed class Screen : TextWriter
    {
        private readonly StringBuilder text = new();
        private readonly Lock gate = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (gate)
                {
                    return text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (gate)
            {
                text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (gate)
            {
                text.Append(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (gate)
            {
                text.Append(buffer, index, count);
            }
        }
    }
}
