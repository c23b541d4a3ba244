import java.io.IOException;

public class Runner {

    private static final String LIST = "pm list packages";

    public Process run(String command) throws IOException {
        // ruleid: java.lang.runtime-exec-variable
        return Runtime.getRuntime().exec(command);
    }

    public Process runIn(String cmdLine, java.io.File dir) throws IOException {
        Runtime rt = Runtime.getRuntime();
        // ruleid: java.lang.runtime-exec-variable
        return rt.exec(cmdLine, null, dir);
    }

    public Process fixed() throws IOException {
        // ok: java.lang.runtime-exec-variable
        return Runtime.getRuntime().exec("uptime");
    }

    public Process constant() throws IOException {
        // ok: java.lang.runtime-exec-variable
        return Runtime.getRuntime().exec(LIST);
    }

    public Process fromHelper() throws IOException {
        String cmd = Config.commandFor("backup");
        // ok: java.lang.runtime-exec-variable
        return Runtime.getRuntime().exec(cmd);
    }

    public Process argv(String file) throws IOException {
        String[] args = {"ls", "-l", file};
        // ok: java.lang.runtime-exec-variable
        return Runtime.getRuntime().exec(args);
    }
}
