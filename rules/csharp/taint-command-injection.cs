using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("tools")]
public class ToolsController : ControllerBase
{
    private static readonly Regex HostPattern = new Regex("^[a-zA-Z0-9.-]{1,253}$");

    [HttpGet("ping")]
    public IActionResult Ping([FromQuery] string host)
    {
        // ruleid: csharp.aspnet.command-injection
        Process.Start("cmd.exe", "/c ping -n 1 " + host);

        var psi = new ProcessStartInfo("/bin/sh");
        // ruleid: csharp.aspnet.command-injection
        psi.Arguments = $"-c \"nslookup {host}\"";
        // The start info holds request data too.
        // ruleid: csharp.aspnet.command-injection
        Process.Start(psi);

        // ok: csharp.aspnet.command-injection
        Process.Start("ping", "-n 1 localhost");

        if (HostPattern.IsMatch(host))
        {
            var checkedInfo = new ProcessStartInfo("ping");
            checkedInfo.ArgumentList.Add(host);
            // ok: csharp.aspnet.command-injection
            Process.Start(checkedInfo);
        }

        var init = new ProcessStartInfo
        {
            FileName = "/bin/bash",
            // Engine gap: object initializers are not evaluated.
            // todoruleid: csharp.aspnet.command-injection
            Arguments = "-c \"dig " + host + "\"",
        };
        return Ok();
    }

    [HttpPost("convert")]
    public IActionResult Convert(string file)
    {
        // ruleid: csharp.aspnet.command-injection
        var p = Process.Start(new ProcessStartInfo("convert", file + " out.png"));
        RunTool(Request.Query["tool"]);
        return Ok();
    }

    private static void RunTool(string tool)
    {
        // ruleid: csharp.aspnet.command-injection
        Process.Start(tool);
    }
}
