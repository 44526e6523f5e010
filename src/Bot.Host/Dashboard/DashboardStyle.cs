namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The dashboard's one stylesheet, served from /dashboard/dashboard.css (no build step, no inline styles, so the
/// pages' content security policy can forbid them). Colours keep a contrast of at least 4.5:1; the keyboard's
/// focus is always visible; the report prints without the menu.
/// </summary>
internal static class DashboardStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #4a5360; --line: #c9ced6; --accent: #0b57a4; --bad: #a4260b; --ok: #1d6b2f; --paper: #ffffff; --wash: #f3f5f8; }
        * { box-sizing: border-box; }
        /* The page is the window's height at least, header included: main grows into what is left (it was 100vh below the header, so every page scrolled by the header's height). */
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--wash); min-height: 100vh; min-height: 100dvh; display: flex; flex-direction: column; overflow-wrap: break-word; }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; }
        .skip:focus { left: .5rem; z-index: 10; }
        header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .5rem 1rem; background: #12355b; color: #fff; }
        header a { color: #fff; }
        header .brand { margin: 0; font-weight: 700; }
        nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
        nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
        .signout { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
        main { flex: 1 0 auto; width: 100%; max-width: 72rem; margin: 0 auto; padding: 1rem; background: var(--paper); }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        /* A table wider than the page scrolls inside its own box; the page itself never scrolls sideways. */
        .scroll { max-width: 100%; overflow-x: auto; margin: .5rem 0 1rem; }
        .scroll > table { margin: 0; }
        th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        form.inline { display: inline; }
        label { display: block; font-weight: 600; margin: .5rem 0 .25rem; }
        label.choice { display: flex; gap: .5rem; font-weight: 400; }
        input[type=text], input[type=search], input[type=number], input[type=date], input[type=datetime-local], select, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #6b7480; border-radius: 4px; max-width: 100%; }
        textarea { width: 100%; min-height: 6rem; }
        /* A form's boxes take the form's width, so a title or a place fits; the filters' boxes keep to their row. */
        form:not(.filters) input[type=text], form:not(.filters) select { width: 100%; }
        button, .button { font: inherit; padding: .4rem .9rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
        button.secondary, .button.secondary { background: var(--paper); color: var(--accent); }
        button.danger { background: var(--bad); border-color: var(--bad); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr)); gap: .75rem; list-style: none; margin: 0 0 1.5rem; padding: 0; }
        .figures li { display: flex; flex-direction: column; border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 6px; padding: .5rem .75rem; }
        .figures li.attention { border-left-color: #b85c00; }
        .figures a { display: flex; flex-direction: column; text-decoration: none; }
        .figure-name { font-weight: 600; }
        .figure { font-size: 2rem; line-height: 1.2; font-variant-numeric: tabular-nums; color: var(--ink); }
        .said { border-left: 4px solid var(--ok); background: #eef7f0; padding: .25rem 1rem; margin-bottom: 1rem; }
        .problem { border-left: 4px solid var(--bad); background: #fbefec; padding: .25rem 1rem; }
        .muted { color: var(--muted); }
        .text { white-space: pre-line; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
        .card h2 { margin-top: 0; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
        .filters label { margin: 0 0 .25rem; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr)); gap: 1rem 1.5rem; align-items: start; }
        .chart { min-width: 0; border-top: 1px solid var(--line); padding-top: .5rem; }
        .chart svg { display: block; width: 100%; max-width: 44rem; height: auto; }
        .chart svg.genycity-chart-narrow { display: none; max-width: 28rem; }
        .chart table { font-size: .9rem; }
        summary { cursor: pointer; color: var(--accent); padding: .25rem 0; }
        /* On a phone the chart drawn for a phone's width, whose words stay as large as the page's small print. */
        @media (max-width: 36rem) {
            main { padding: .75rem; }
            .chart svg.genycity-chart-wide { display: none; }
            .chart svg.genycity-chart-narrow { display: block; }
        }
        .photo { display: block; max-width: min(100%, 24rem); height: auto; border-radius: 4px; }
        progress { width: 20rem; max-width: 100%; height: 1.25rem; }
        @media print {
            header, .skip, .noprint, form { display: none !important; }
            body, main { background: #fff; max-width: none; padding: 0; }
            a { color: inherit; text-decoration: none; }
            .chart { break-inside: avoid; }
            .scroll { overflow: visible; }
        }
        """;
}
