import java.io.IOException;
import java.util.List;

public class NetTools {

    public Process ping(String host) throws IOException {
        // ruleid: java.lang.runtime-exec-concat
        return Runtime.getRuntime().exec("ping -c 1 " + host);
    }

    public Process lookup(String domain) throws IOException {
        Runtime rt = Runtime.getRuntime();
        // ruleid: java.lang.runtime-exec-concat
        return rt.exec(String.format("nslookup %s", domain));
    }

    public Process grep(String pattern, String file) throws IOException {
        // ruleid: java.lang.runtime-exec-concat
        return Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "grep " + pattern + " " + file});
    }

    public Process archive(String dir) throws IOException {
        String cmd = "tar czf /tmp/out.tgz " + dir;
        // ruleid: java.lang.runtime-exec-concat
        return new ProcessBuilder("bash", "-c", cmd).start();
    }

    public Process pingSafe(String host) throws IOException {
        // ok: java.lang.runtime-exec-concat
        return new ProcessBuilder("ping", "-c", "1", host).start();
    }

    public Process uptime() throws IOException {
        // ok: java.lang.runtime-exec-concat
        return Runtime.getRuntime().exec(new String[] {"sh", "-c", "uptime | cut -d, -f1"});
    }

    public Process lookupSafe(String domain) throws IOException {
        // ok: java.lang.runtime-exec-concat
        return Runtime.getRuntime().exec(new String[] {"nslookup", domain});
    }

    public Process run(List<String> argv) throws IOException {
        // ok: java.lang.runtime-exec-concat
        return new ProcessBuilder(argv).inheritIO().start();
    }
}
