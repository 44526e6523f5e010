using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// The city's approved templates (WhatsApp:Templates), and a message's template filled from its values, in the order the
/// settings give: each one line of plain text (the Cloud API refuses new lines, tabs and runs of spaces in one). A
/// template's body holds at most 1,024 characters with its own words, so the values share <see cref="MaxValuesLength"/>:
/// each short one (a title, a time) keeps to <see cref="MaxShortValue"/>, and the message's text has what is left, cut at a word.
/// </summary>
internal sealed class WhatsAppTemplates(IOptions<WhatsAppOptions> options, BusinessInitiatedLimit limit) : IWindowTemplates
{
    /// <summary>What the values of one template may add up to, leaving the template's own words room within 1,024.</summary>
    public const int MaxValuesLength = 800;

    /// <summary>The most a value other than the message's text keeps.</summary>
    public const int MaxShortValue = 120;

    public ChannelKind Channel => ChannelKind.WhatsApp;

    public bool Has(string kind, Language language) => options.Value.Template(kind, language) is not null;

    public Task<int> RemainingAsync(CancellationToken ct) => limit.RemainingAsync(ct);

    /// <summary>The "template" object of a message that fills the city's template, or null when it has none for the kind and language.</summary>
    public JsonObject? Fill(WindowTemplate fill, Language language)
    {
        if (options.Value.Template(fill.Kind, language) is not { } template)
        {
            return null;
        }

        var body = new JsonObject
        {
            ["name"] = template.Name,
            ["language"] = new JsonObject { ["code"] = string.IsNullOrWhiteSpace(template.Language) ? language.Code : template.Language },
        };
        if (template.Parameters.Count > 0)
        {
            var shortValues = template.Parameters.Where(name => name != WindowTemplate.Text).Select(name => Value(fill.Values.GetValueOrDefault(name), MaxShortValue)).ToList();
            var room = Math.Max(MaxShortValue, MaxValuesLength - shortValues.Sum(v => v.Length));
            var parameters = template.Parameters
                .Select(name => (JsonNode)new JsonObject { ["type"] = "text", ["text"] = Value(fill.Values.GetValueOrDefault(name), name == WindowTemplate.Text ? room : MaxShortValue) })
                .ToArray();
            body["components"] = new JsonArray(new JsonObject { ["type"] = "body", ["parameters"] = new JsonArray(parameters) });
        }

        return body;
    }

    /// <summary>One line, its paragraphs joined by " · ", at most <paramref name="max"/> characters; never empty (the API refuses an empty parameter).</summary>
    public static string Value(string? text, int max)
    {
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var flat = new StringBuilder();
        foreach (var word in string.Join(" · ", lines).Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            flat.Append(flat.Length > 0 ? " " : string.Empty).Append(word);
        }

        var value = flat.Length > 0 ? flat.ToString() : "-";
        return value.Length <= max ? value : ButtonLabel.Fit(value, max);
    }

    /// <summary>For the log: a template's name and language, never its values (they may be a person's words).</summary>
    public static string Describe(JsonObject template) =>
        string.Create(CultureInfo.InvariantCulture, $"{template["name"]} ({template["language"]?["code"]})");
}
