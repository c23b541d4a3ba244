class A {
    void F() {
        // ruleid: conf.method-chains.csharp
        policy.WithOrigins("*").AllowCredentials();
        // ruleid: conf.method-chains.csharp
        b.AllowAnyHeader().WithOrigins(o).AllowCredentials();
        // ok: conf.method-chains.csharp
        policy.WithOrigins("*").AllowAnyHeader();
        // ok: conf.method-chains.csharp
        policy.AllowCredentials();
        // todoruleid: conf.method-chains.csharp.ellipsis
        x.open().a().b().close();
        // todoruleid: conf.method-chains.csharp.ellipsis
        x.open().close();
        // ok: conf.method-chains.csharp.ellipsis
        x.reopen().close();
    }
}
