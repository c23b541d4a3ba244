using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class GreetController : Controller
{
    public IActionResult Hello(string name)
    {
        // ruleid: csharp.aspnet.xss
        return Content("<h1>Hello, " + name + "</h1>", "text/html");
    }

    public IActionResult HelloSafe(string name)
    {
        // ok: csharp.aspnet.xss
        return Content("<h1>Hello, " + HtmlEncoder.Default.Encode(name) + "</h1>", "text/html");
    }

    public IActionResult Plain(string name)
    {
        // ok: csharp.aspnet.xss
        return Content("Hello, " + name, "text/plain");
    }

    public IActionResult Bio()
    {
        // ruleid: csharp.aspnet.xss
        ViewBag.Bio = new HtmlString(Request.Form["bio"]);
        // ok: csharp.aspnet.xss
        ViewBag.Safe = new HtmlString(WebUtility.HtmlEncode(Request.Form["bio"]));
        return View();
    }
}

public class LegacyHandler
{
    public async Task Invoke(HttpContext context)
    {
        var q = context.Request.Query["q"];
        // ruleid: csharp.aspnet.xss
        await context.Response.WriteAsync("<p>Results for " + q + "</p>");
        // ok: csharp.aspnet.xss
        await context.Response.WriteAsync("<p>Results for " + HtmlEncoder.Default.Encode(q) + "</p>");
    }
}
