using System.Diagnostics;

public class NetworkTools
{
    public string Ping(string host)
    {
        // ruleid: csharp.process.shell-command-injection
        var p = Process.Start("cmd.exe", "/c ping -n 1 " + host);
        p.WaitForExit();
        return p.ExitCode.ToString();
    }

    public Process Lookup(string domain)
    {
        var psi = new ProcessStartInfo
        {
            FileName = "/bin/bash",
            // ruleid: csharp.process.shell-command-injection
            Arguments = $"-c \"dig +short {domain}\"",
            RedirectStandardOutput = true,
        };
        return Process.Start(psi);
    }

    public Process Archive(string dir)
    {
        // ruleid: csharp.process.shell-command-injection
        var psi = new ProcessStartInfo("powershell.exe", string.Format("-Command Compress-Archive {0} out.zip", dir));
        return Process.Start(psi);
    }

    public Process PingSafe(string host)
    {
        var psi = new ProcessStartInfo("ping") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("1");
        // ok: csharp.process.shell-command-injection
        psi.ArgumentList.Add(host);
        return Process.Start(psi);
    }

    public Process ListFiles()
    {
        // ok: csharp.process.shell-command-injection
        return Process.Start("cmd.exe", "/c dir C:\\logs");
    }

    public Process OpenEditor(string path)
    {
        // ok: csharp.process.shell-command-injection
        return Process.Start("notepad.exe", path);
    }
}
