using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    public IActionResult Login(string returnUrl)
    {
        // ruleid: csharp.aspnet.open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult LoginChecked(string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp.aspnet.open-redirect
            return Redirect(returnUrl);
        }
        // ok: csharp.aspnet.open-redirect
        return RedirectToAction("Index", "Home");
    }

    public IActionResult LoginLocal(string returnUrl)
    {
        // ok: csharp.aspnet.open-redirect
        return LocalRedirect(returnUrl);
    }

    public IActionResult Logout()
    {
        var next = Request.Query["next"];
        // ruleid: csharp.aspnet.open-redirect
        Response.Redirect(next);
        // ok: csharp.aspnet.open-redirect
        return Redirect("/account/login?next=" + Uri.EscapeDataString(next));
    }
}

public class AccountActions
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult LogOn(LogOnModel model, string returnUrl)
    {
        if (!String.IsNullOrEmpty(returnUrl))
        {
            // ruleid: csharp.aspnet.open-redirect
            return Redirect(returnUrl);
        }
        return RedirectToAction("Index", "Home");
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult LogOnChecked(LogOnModel model, string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp.aspnet.open-redirect
            return Redirect(returnUrl);
        }
        return RedirectToAction("Index", "Home");
    }

    [HttpGet]
    public ActionResult Back(string returnUrl)
    {
        if (IsLocalUrl(returnUrl))
        {
            // ok: csharp.aspnet.open-redirect
            return Redirect(returnUrl);
        }
        return RedirectToAction("Index", "Home");
    }

    private bool IsLocalUrl(string url) =>
        url.StartsWith("/") && !url.StartsWith("//") && !url.StartsWith("/\\");
}
