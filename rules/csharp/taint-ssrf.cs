using System.Net.Http;
using Microsoft.AspNetCore.Mvc;

[ApiController]
public class PreviewController : ControllerBase
{
    private readonly HttpClient _http;

    [HttpGet("preview")]
    public async Task<IActionResult> Preview([FromQuery] string url)
    {
        // ruleid: csharp.aspnet.ssrf
        var html = await _http.GetStringAsync(url);

        // ruleid: csharp.aspnet.ssrf
        var request = new HttpRequestMessage(HttpMethod.Post, Request.Query["callback"]);
        // ok: csharp.aspnet.ssrf
        await _http.GetStringAsync("https://status.example.com/health");

        // ok: csharp.aspnet.ssrf
        await _http.GetStringAsync("https://api.example.com/search?q=" + Uri.EscapeDataString(url));
        return Ok(html);
    }

    [HttpPost("hooks")]
    public async Task<IActionResult> Register(HookRequest hook)
    {
        await Notify(hook.Url);
        return Accepted();
    }

    private async Task Notify(string target)
    {
        // ruleid: csharp.aspnet.ssrf
        await _http.PostAsync(target, new StringContent("{}"));
    }
}
