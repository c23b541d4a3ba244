using System.Diagnostics;
class A {
    void F(string cmd) {
        // ruleid: conf.pattern.csharp
        Process.Start(cmd);
        // ruleid: conf.pattern.csharp
        var p = Process.Start("cmd.exe /c " + cmd);
        // ok: conf.pattern.csharp
        Process.Start(cmd, args);
        // ok: conf.pattern.csharp
        Process.GetProcesses();
    }
}
