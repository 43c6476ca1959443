using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sobes.Web.Infrastructure;

/// <summary>
/// The one way a page makes a change: "change, message, redirect". The change runs only when the form bound cleanly;
/// on success the message is kept for the next page (shown by <c>Pages/Shared/_Messages.cshtml</c>) and the browser goes to
/// <paramref name="redirectTo"/>; a rule violation becomes a Russian message next to its field (under <paramref name="prefix"/>),
/// the page is loaded again and shown with the user's input, and nothing is saved.
/// </summary>
public static class PageChanges
{
    public const string MessageKey = "Message";

    public static async Task<IActionResult> ChangeAsync(this PageModel page, string prefix, Func<Task> change, string message,
        string redirectTo, Func<Task> reload)
    {
        if (page.ModelState.IsValid && await page.ModelState.TryAsync(prefix, change))
        {
            page.TempData[MessageKey] = message;
            return new RedirectResult(redirectTo);
        }
        await reload();
        return new PageResult();
    }
}
