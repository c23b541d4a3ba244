using System.Diagnostics;
using P = System.Diagnostics.Process;

class A {
    void F(string c) {
        // ruleid: conf.imports.csharp
        Process.Start(c);
        // ruleid: conf.imports.csharp
        P.Start(c);
        // ruleid: conf.imports.csharp
        System.Diagnostics.Process.Start(c);
        // ok: conf.imports.csharp
        Other.Start(c);
    }
}
