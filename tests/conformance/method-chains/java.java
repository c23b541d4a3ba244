class A {
    void f() {
        // ruleid: conf.method-chains.java
        registry.addMapping("/**").allowedOrigins("*").allowCredentials(true);
        // ruleid: conf.method-chains.java
        cors.allowedOrigins(o).allowCredentials(true);
        // ok: conf.method-chains.java
        cors.allowedOrigins(o).allowCredentials(false);
        // ok: conf.method-chains.java
        cors.allowCredentials(true);
        // todoruleid: conf.method-chains.java.ellipsis
        x.open().a().b().close();
        // todoruleid: conf.method-chains.java.ellipsis
        x.open().close();
        // ok: conf.method-chains.java.ellipsis
        x.reopen().close();
    }
}
