using System.Text.Json;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// A participatory budget: a sum of money, in whole euros, that residents share out among projects by voting in
/// chat between <see cref="OpensAt"/> and <see cref="ClosesAt"/>, under one rule. Until it opens a coordinator may
/// change anything; once open, only the descriptions. It opens and closes once: the announcement and the
/// closing are recorded with the version in the unit of work that starts their broadcasts, so only one run makes each.
/// </summary>
public sealed class Budget
{
    public const int MaxTitleLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const long MaxTotal = 1_000_000_000;

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>At most this many projects on one ballot, and in a rule's limit.</summary>
    public const int MostProjects = 60;

    private Budget()
    {
        TitleJson = "{}";
        DescriptionJson = "{}";
    }

    public long Id { get; private set; }

    /// <summary>The title in each of the city's languages, as a JSON object by language code.</summary>
    public string TitleJson { get; private set; }

    public string DescriptionJson { get; private set; }

    /// <summary>The money to share out, in whole euros.</summary>
    public long Total { get; private set; }

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public BudgetRuleKind Rule { get; private set; }

    /// <summary>Knapsack: the least share of <see cref="Total"/>, in per cent, a ballot must spend; null for none.</summary>
    public int? MinPercent { get; private set; }

    /// <summary>The most projects a ballot may choose (always set for approval; optional for knapsack).</summary>
    public int? MaxProjects { get; private set; }

    public BudgetStatus Status { get; private set; }

    /// <summary>When the opening was announced to the subscribers; null until then.</summary>
    public DateTimeOffset? AnnouncedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The coordinator who made it; null once they are forgotten.</summary>
    public long? CreatedById { get; private set; }

    public int Version { get; private set; }

    public LocalizedText Titles => Read(TitleJson);

    public LocalizedText Descriptions => Read(DescriptionJson);

    /// <summary>The title in a language, or in the first language that has one.</summary>
    public string Title(Language language) => In(Titles, language);

    public string Description(Language language) => In(Descriptions, language);

    /// <summary>The least a knapsack ballot must spend, in euros; 0 without a minimum.</summary>
    public long MinimumSpend => MinPercent is { } percent ? (Total * percent + 99) / 100 : 0;

    public BudgetStage StageAt(DateTimeOffset now) =>
        Status == BudgetStatus.Closed ? BudgetStage.Closed
        : now < OpensAt ? BudgetStage.Upcoming
        : now < ClosesAt ? BudgetStage.Voting
        : BudgetStage.Counting;

    public static Budget Create(BudgetFields fields, long? createdById, DateTimeOffset now)
    {
        var budget = new Budget { CreatedAt = now, CreatedById = createdById, Status = BudgetStatus.Planned };
        budget.Set(fields);
        return budget;
    }

    /// <summary>Changes everything; only before it opens (false after, and nothing changes).</summary>
    public bool Edit(BudgetFields fields, DateTimeOffset now)
    {
        if (StageAt(now) != BudgetStage.Upcoming)
        {
            return false;
        }

        Set(fields);
        Version++;
        return true;
    }

    /// <summary>Changes the descriptions alone, which may be put better while the vote runs (not once its time is up).</summary>
    public bool EditDescriptions(LocalizedText descriptions, DateTimeOffset now)
    {
        if (StageAt(now) is not (BudgetStage.Upcoming or BudgetStage.Voting))
        {
            return false;
        }

        DescriptionJson = Write(descriptions);
        Version++;
        return true;
    }

    /// <summary>Records that its opening was announced; false when it was already.</summary>
    public bool Announce(DateTimeOffset now)
    {
        if (AnnouncedAt is not null)
        {
            return false;
        }

        AnnouncedAt = now;
        Version++;
        return true;
    }

    /// <summary>Closes the vote; false when it was closed already (the second of two runs, say).</summary>
    public bool Close(DateTimeOffset now)
    {
        if (Status == BudgetStatus.Closed)
        {
            return false;
        }

        Status = BudgetStatus.Closed;
        ClosedAt = now;
        Version++;
        return true;
    }

    /// <summary>The text in a language, or in the first language of the table that has one.</summary>
    public static string In(LocalizedText texts, Language language) =>
        texts.For(language) is { Length: > 0 } text ? text
        : Languages.All.Select(texts.For).FirstOrDefault(t => t.Length > 0) ?? texts.Values.FirstOrDefault(v => v.Length > 0) ?? string.Empty;

    public static LocalizedText Read(string json)
    {
        var read = new LocalizedText();
        foreach (var (code, text) in JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
        {
            read[code] = text;
        }

        return read;
    }

    /// <summary>Latvian and Cyrillic as they are, the empty ones left out.</summary>
    public static string Write(LocalizedText texts) => JsonSerializer.Serialize(
        texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key.ToLowerInvariant(), t => t.Value.Trim()), JsonOptions);

    private void Set(BudgetFields fields)
    {
        TitleJson = Write(fields.Titles);
        DescriptionJson = Write(fields.Descriptions);
        Total = fields.Total;
        OpensAt = fields.OpensAt;
        ClosesAt = fields.ClosesAt;
        Rule = fields.Rule;
        MinPercent = fields.Rule == BudgetRuleKind.Knapsack ? fields.MinPercent : null;
        MaxProjects = fields.MaxProjects;
    }
}
