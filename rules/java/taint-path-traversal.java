import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

public class DownloadServlet extends HttpServlet {
    private static final String BASE = "/var/app/files";

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        // ruleid: java.web.path-traversal
        InputStream in = new FileInputStream(BASE + "/" + name);

        File f = new File(BASE, req.getParameter("doc"));
        // ruleid: java.web.path-traversal
        byte[] data = Files.readAllBytes(f.toPath());

        // ruleid: java.web.path-traversal
        Files.readString(Paths.get(BASE, name));

        // ok: java.web.path-traversal
        Files.readAllBytes(Paths.get(BASE, FilenameUtils.getName(name)));

        String bare = Paths.get(name).getFileName().toString();
        // ok: java.web.path-traversal
        new FileInputStream(new File(BASE, bare));

        File checked = new File(BASE, name);
        if (!checked.getCanonicalPath().startsWith(new File(BASE).getCanonicalPath() + File.separator)) {
            resp.sendError(400);
            return;
        }
        // ok: java.web.path-traversal
        new FileInputStream(checked);

        Path base = Paths.get(BASE).toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (target.startsWith(base)) {
            // ok: java.web.path-traversal
            Files.copy(target, resp.getOutputStream());
        }

        // ok: java.web.path-traversal
        new FileInputStream(BASE + "/index.html");

        remove(name);
    }

    private void remove(String file) throws IOException {
        Path p = Paths.get("/tmp/uploads").resolve(file);
        // ruleid: java.web.path-traversal
        Files.deleteIfExists(p);
    }
}

@RestController
class UploadController {
    @PostMapping("/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        File dest = new File("/srv/uploads", file.getOriginalFilename());
        // ruleid: java.web.path-traversal
        file.transferTo(dest);
        // ok: java.web.path-traversal
        Files.copy(file.getInputStream(), Paths.get("/srv/uploads", "latest.bin"));
        // ruleid: java.web.path-traversal
        Files.copy(file.getInputStream(), Paths.get("/srv/uploads", file.getOriginalFilename()));
        return "stored";
    }

    @GetMapping("/logs/{name}")
    public String log(@PathVariable String name) throws IOException {
        // ruleid: java.web.path-traversal
        try (FileInputStream in = new FileInputStream("/var/log/app/" + name)) {
            return new String(in.readAllBytes());
        }
    }

    @GetMapping("/export")
    public void export(@RequestParam String report) throws IOException {
        String out = "/tmp/export-" + System.currentTimeMillis() + ".csv";
        // ok: java.web.path-traversal
        try (FileOutputStream fos = new FileOutputStream(out)) {
            fos.write(report.getBytes());
        }
    }
}

// Input from outside the program that is not an HTTP request.
class FileFetcher {
    void serve(java.net.Socket socket) throws IOException {
        java.io.BufferedReader peer = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), "UTF-8"));
        String requested = peer.readLine();
        // ruleid: java.web.path-traversal
        java.io.FileInputStream in = new java.io.FileInputStream("/srv/files/" + requested);
        // ok: java.web.path-traversal
        java.io.FileInputStream bare = new java.io.FileInputStream("/srv/files/" + new File(requested).getName());

        // Directories from the environment are the operator's choice.
        String home = System.getenv("APP_HOME");
        // ok: java.web.path-traversal
        java.io.FileInputStream config = new java.io.FileInputStream(home + "/config.yml");
    }
}
