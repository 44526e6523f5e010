namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The dashboard's one script, served from /dashboard/dashboard.js: on a broadcast's page it asks for the counts
/// every two seconds and writes them into the page (its status line is a polite live region, so a screen reader
/// hears the progress without the page reloading and the focus moving), with the reasons messages failed for (as
/// text, never as markup), and stops once the broadcast is done. Without JavaScript the page refreshes itself instead.
/// </summary>
internal static class DashboardScript
{
    public const string Js = """
        "use strict";
        (() => {
            const box = document.querySelector("[data-progress]");
            if (!box) {
                return;
            }

            const show = (selector, text) => {
                const element = document.querySelector(selector);
                if (element && element.textContent !== text) {
                    element.textContent = text;
                }
            };

            const tick = async () => {
                let answer;
                try {
                    const response = await fetch(box.dataset.progress, { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" });
                    if (!response.ok) {
                        setTimeout(tick, 5000);
                        return;
                    }

                    answer = await response.json();
                } catch {
                    setTimeout(tick, 5000);
                    return;
                }

                for (const [name, value] of Object.entries(answer.counts)) {
                    show(`[data-count="${name}"]`, String(value));
                }

                const failures = document.querySelector("#failures");
                if (failures && Array.isArray(answer.failures)) {
                    const list = failures.querySelector("ul");
                    const shown = answer.failures.join("\n");
                    if (list.dataset.shown !== shown) {
                        list.replaceChildren(...answer.failures.map(line => {
                            const item = document.createElement("li");
                            item.textContent = line;
                            return item;
                        }));
                        list.dataset.shown = shown;
                    }

                    failures.hidden = answer.failures.length === 0;
                }

                show("#progress-state", answer.state);
                show("#progress-text", answer.text);
                const bar = document.querySelector("progress");
                if (bar) {
                    bar.hidden = answer.counts.queued === 0;
                    bar.max = Math.max(1, answer.counts.queued);
                    bar.value = answer.counts.finished;
                    bar.setAttribute("aria-label", answer.text);
                }

                if (answer.done) {
                    box.classList.add("said");
                    document.querySelectorAll("[data-while-sending]").forEach(element => element.remove());
                } else {
                    setTimeout(tick, 2000);
                }
            };

            setTimeout(tick, 2000);
        })();
        """;
}
