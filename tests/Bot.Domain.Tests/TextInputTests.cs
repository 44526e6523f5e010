using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Tests;

public sealed class TextInputTests
{
    [Theory]
    [InlineData("Parks\u0000 ar\u0007 soliņiem", "Parks ar soliņiem")]
    [InlineData("\u001B[1;31mSarkans\u001B[0m teksts", "Sarkans teksts")]
    [InlineData("Virsraksts\u001B]0;title\u0007 beigas", "Virsraksts beigas")]
    [InlineData("Rinda 1\r\nRinda 2\rRinda 3\nRinda 4", "Rinda 1\nRinda 2\nRinda 3\nRinda 4")]
    [InlineData("a\tb", "a b")]
    [InlineData("👨‍👩‍👧 ģimene", "👨‍👩‍👧 ģimene")]
    public void Clean_TakesOutWhatIsNotText_AndKeepsLinesAndEmoji(string typed, string kept) =>
        Assert.Equal(kept, TextInput.Clean(typed));
}
