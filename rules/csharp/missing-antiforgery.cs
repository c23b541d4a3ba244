using System.Web.Mvc;

public class AccountController : Controller
{
    [HttpGet]
    public ActionResult ChangeEmail()
    {
        return View();
    }

    // ruleid: csharp.aspnet.missing-antiforgery
    [HttpPost]
    public ActionResult ChangeEmail(string email)
    {
        _users.SetEmail(User.Identity.Name, email);
        return RedirectToAction("Index");
    }

    [Authorize]
    // ruleid: csharp.aspnet.missing-antiforgery
    [HttpPost, ActionName("Delete")]
    public ActionResult DeleteConfirmed(int id)
    {
        _users.Delete(id);
        return RedirectToAction("Index");
    }

    // ok: csharp.aspnet.missing-antiforgery
    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult ChangePassword(string password)
    {
        _users.SetPassword(User.Identity.Name, password);
        return RedirectToAction("Index");
    }

    // ok: csharp.aspnet.missing-antiforgery
    [ValidateAntiForgeryToken]
    [HttpPost]
    public ActionResult Rename(string name)
    {
        _users.Rename(User.Identity.Name, name);
        return RedirectToAction("Index");
    }

    // ok: csharp.aspnet.missing-antiforgery
    [HttpPost, ValidateAntiForgeryToken]
    public ActionResult Leave()
    {
        return RedirectToAction("Index");
    }

    // ok: csharp.aspnet.missing-antiforgery
    [HttpGet]
    public ActionResult Index()
    {
        return View();
    }

    private readonly UserService _users = new UserService();
}
