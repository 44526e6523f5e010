using GenYCity.Bot.Domain.Exports;
using Microsoft.AspNetCore.Mvc;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>Downloads: the ideas and the events with their answers as CSV (the same files as /export csv), and the spreadsheet of /export.</summary>
public sealed class ExportsModel(Exporter exporter, TimeProvider clock) : DashboardPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetIdeasAsync(CancellationToken ct) =>
        Download(await exporter.IdeasCsvAsync(Language, clock.GetUtcNow(), ct), "text/csv; charset=utf-8");

    public async Task<IActionResult> OnGetEventsAsync(CancellationToken ct) =>
        Download(await exporter.EventsCsvAsync(Language, clock.GetUtcNow(), ct), "text/csv; charset=utf-8");

    public async Task<IActionResult> OnGetWorkbookAsync(CancellationToken ct)
    {
        if (await exporter.WorkbookAsync(Language, clock.GetUtcNow(), ct) is not { } workbook)
        {
            SaidLast = T.ExportEmpty;
            return Redirect("/dashboard/exports");
        }

        return Download(workbook.File, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private FileContentResult Download(ExportFile file, string type) => File(file.Content, type, file.Name);
}
