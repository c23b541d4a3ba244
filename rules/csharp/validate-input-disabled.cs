using System.Web.Mvc;

public class PagesController : Controller
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    // ruleid: csharp.aspnet.validate-input-disabled
    [ValidateInput(false)]
    public ActionResult Edit(int id, string html)
    {
        return Content("ok");
    }

    // ruleid: csharp.aspnet.validate-input-disabled
    [HttpPost, ValidateInput(false)]
    public ActionResult Save(string body)
    {
        return Content("ok");
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    // ok: csharp.aspnet.validate-input-disabled
    [ValidateInput(true)]
    public ActionResult Comment(string text)
    {
        return Content("ok");
    }
}
