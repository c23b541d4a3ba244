class A {
    void f(String cmd) throws Exception {
        // ruleid: conf.pattern.java
        Runtime.getRuntime().exec(cmd);
        Runtime rt = Runtime.getRuntime();
        // ruleid: conf.pattern.java
        rt.exec("ls " + cmd);
        // ok: conf.pattern.java
        rt.exec(new String[] {"ls"}, env);
        // ok: conf.pattern.java
        rt.execute(cmd);
    }
}
