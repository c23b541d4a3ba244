using System.Diagnostics;
using System.Text.RegularExpressions;

public class ToolRunner
{
    private const string Tool = "/usr/bin/convert";

    public Process Run(string command)
    {
        // ruleid: csharp.process.start-non-literal
        return Process.Start(command);
    }

    public Process RunWith(string program, string arguments)
    {
        // ruleid: csharp.process.start-non-literal
        return Process.Start(program, arguments);
    }

    public static void Convert(string options)
    {
        // ruleid: csharp.process.start-non-literal
        using var p = Process.Start("convert", "input.png " + options);
        p.WaitForExit();
    }

    internal Process Launch(int timeout, string file)
    {
        var process = new Process();
        // ruleid: csharp.process.start-non-literal
        process.StartInfo.FileName = file;
        process.Start();
        return process;
    }

    public Process Fixed()
    {
        // ok: csharp.process.start-non-literal
        return Process.Start("uptime");
    }

    public Process FixedWithConstant(string ignored)
    {
        // ok: csharp.process.start-non-literal
        return Process.Start(Tool, "-version");
    }

    public Process SafeArguments(string file)
    {
        var psi = new ProcessStartInfo("convert") { UseShellExecute = false };
        psi.ArgumentList.Add(file);
        // ok: csharp.process.start-non-literal
        return Process.Start(psi);
    }

    public Process Validated(string branch)
    {
        if (!Regex.IsMatch(branch, "^[A-Za-z0-9_-]+$"))
        {
            return null;
        }
        // ok: csharp.process.start-non-literal
        return Process.Start("git", "checkout " + Regex.Escape(branch));
    }

    public Process FromConfig()
    {
        string tool = Settings.ToolPath();
        // ok: csharp.process.start-non-literal
        return Process.Start(tool);
    }

    public Process Shell(string host)
    {
        // ok: csharp.process.start-non-literal
        return Process.Start("cmd.exe", "/c ping " + host);
    }

    public Process Initializer(string file)
    {
        // todoruleid: csharp.process.start-non-literal
        var psi = new ProcessStartInfo { FileName = file };
        return Process.Start(psi);
    }
}

public class ToolsController : Controller
{
    public IActionResult Ping(string host)
    {
        // ok: csharp.process.start-non-literal
        var p = Process.Start("ping", host);
        return Ok();
    }
}
