import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.*;

public class PingServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        // ruleid: java.web.command-injection
        Runtime.getRuntime().exec("ping -c 1 " + host);

        String[] cmd = {"/bin/sh", "-c", "nslookup " + req.getParameter("domain")};
        // ruleid: java.web.command-injection
        Runtime.getRuntime().exec(cmd);

        Runtime rt = Runtime.getRuntime();
        // ruleid: java.web.command-injection
        rt.exec(String.format("traceroute %s", host));

        // ok: java.web.command-injection
        Runtime.getRuntime().exec("uptime");

        String[] env = {"LANG=" + req.getHeader("Accept-Language")};
        // ruleid: java.web.command-injection
        Runtime.getRuntime().exec(new String[] {"/usr/bin/report"}, env);

        int count = Integer.parseInt(req.getParameter("count"));
        // ok: java.web.command-injection
        Runtime.getRuntime().exec("ping -c " + count + " localhost");

        String mode = req.getParameter("mode");
        if (!mode.matches("[a-z]{1,8}")) {
            throw new IllegalArgumentException("bad mode");
        }
        // ok: java.web.command-injection
        new ProcessBuilder("report", "--mode", mode).start();

        // The flow through the helper is reported inside it.
        archive(host);
    }

    private void archive(String name) throws IOException {
        List<String> args = new ArrayList<>();
        args.add("tar");
        args.add("czf");
        args.add("/backups/" + name + ".tgz");
        // ruleid: java.web.command-injection
        new ProcessBuilder(args).start();
    }
}

@RestController
class ToolController {
    @PostMapping("/convert")
    public String convert(@RequestParam String file, @RequestParam("fmt") String format) throws Exception {
        // ruleid: java.web.command-injection
        Process p = new ProcessBuilder("sh", "-c", "convert " + file + " out." + format).start();
        ProcessBuilder pb = new ProcessBuilder();
        // ruleid: java.web.command-injection
        pb.command("gzip", "-k", file);
        // ok: java.web.command-injection
        pb.command("gzip", "-k", "/var/data/export.csv");
        return "ok";
    }

    @GetMapping("/version")
    public String version(String unused) throws Exception {
        String tool = "git";
        // ok: java.web.command-injection
        new ProcessBuilder(tool, "--version").start();
        return tool;
    }
}

// Input from outside the program that is not an HTTP request.
class Housekeeping {
    void run() throws Exception {
        java.util.Scanner in = new java.util.Scanner(System.in);
        String dir = in.nextLine();
        // ruleid: java.web.command-injection
        Runtime.getRuntime().exec("ls -l " + dir);

        String target = System.getProperty("backup.target");
        // ruleid: java.web.command-injection
        new ProcessBuilder("sh", "-c", "tar czf " + target + " /data").start();

        String os = System.getProperty("os.name");
        // ok: java.web.command-injection
        Runtime.getRuntime().exec(os.startsWith("Windows") ? "cmd /c dir" : "ls " + os.length());
    }
}
