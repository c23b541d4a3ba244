using System.Web;
using Microsoft.AspNetCore.Http;

public class CookieWriter
{
    public void Login(HttpResponse response, string token)
    {
        // ruleid: csharp.aspnet.insecure-cookie
        response.Cookies.Append("access_token", token);
    }

    public void Remember(HttpResponse response, string value)
    {
        response.Cookies.Append("remember_me", value, new CookieOptions
        {
            HttpOnly = true,
            // ruleid: csharp.aspnet.insecure-cookie
            Secure = false,
        });
    }

    public HttpCookie Legacy(string sid)
    {
        var cookie = new HttpCookie("ASP.NET_SessionId", sid);
        // ruleid: csharp.aspnet.insecure-cookie
        cookie.HttpOnly = false;
        return cookie;
    }

    public void LoginSafe(HttpResponse response, string token)
    {
        // ok: csharp.aspnet.insecure-cookie
        response.Cookies.Append("access_token", token, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
    }

    public void Theme(HttpResponse response, string theme)
    {
        // ok: csharp.aspnet.insecure-cookie
        response.Cookies.Append("theme", theme);
    }
}
