namespace GenYCity.Bot.Domain.Ideas;

/// <summary>A page of a longer list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Count, int Total)
{
    /// <summary>Back and Next, where there is a page before or after; <paramref name="button"/> makes one for a label and a page number.</summary>
    public IReadOnlyList<Messaging.Button> Navigation(Texts.Phrasebook t, Func<string, int, Messaging.Button> button)
    {
        var row = new List<Messaging.Button>();
        if (Number > 1)
        {
            row.Add(button(t.Back, Number - 1));
        }

        if (Number < Count)
        {
            row.Add(button(t.Next, Number + 1));
        }

        return row;
    }
}
