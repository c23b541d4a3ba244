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
