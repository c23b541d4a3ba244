import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import javax.servlet.http.HttpServletRequest;

public class Batch {
    private static final int MAX_ITEMS = 1000;

    void web(HttpServletRequest request) throws Exception {
        int count = Integer.parseInt(request.getParameter("count"));
        // ruleid: java.web.resource-exhaustion
        byte[] buffer = new byte[count];
        // ruleid: java.web.resource-exhaustion
        ArrayList<String> items = new ArrayList<String>(count);
        // ruleid: java.web.resource-exhaustion
        Thread.sleep(Long.parseLong(request.getParameter("delay")));
        // ruleid: java.web.resource-exhaustion
        for (int i = 0; i < count; i++) {
            items.add("x");
        }

        if (count > 0 && count <= MAX_ITEMS) {
            // ok: java.web.resource-exhaustion
            byte[] bounded = new byte[count];
        }
        // ok: java.web.resource-exhaustion
        HashMap<String, String> clamped = new HashMap<String, String>(Math.min(count, 64));
        // ok: java.web.resource-exhaustion
        byte[] fixed = new byte[4096];
        String name = request.getParameter("name");
        // Content, not a size.
        // ok: java.web.resource-exhaustion
        StringBuilder greeting = new StringBuilder(name);
        String[] values = request.getParameterValues("v");
        // ok: java.web.resource-exhaustion
        ArrayList<String> copy = new ArrayList<String>(java.util.Arrays.asList(values));
        // ok: java.web.resource-exhaustion
        for (int v = 0; v < values.length; v++) {
            copy.add(values[v]);
        }
        // ok: java.web.resource-exhaustion
        for (int i = 0; i < 10; i++) {
            items.add("y");
        }
    }

    void socket() throws Exception {
        ServerSocket listener = new ServerSocket(9000);
        Socket socket = listener.accept();
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), "UTF-8"));
        int rows = Integer.parseInt(reader.readLine().trim());
        int i;
        // ruleid: java.web.resource-exhaustion
        for (i = 0; i < rows; i++) {
            System.out.println(i);
        }
        if (rows < 100) {
            // ok: java.web.resource-exhaustion
            for (i = 0; i < rows; i++) {
                System.out.println(i);
            }
        }
    }

    void configured() throws Exception {
        // Sizes from the deployment's environment are the operator's choice.
        int workers = Integer.parseInt(System.getenv("WORKERS"));
        // ok: java.web.resource-exhaustion
        ArrayList<Thread> pool = new ArrayList<Thread>(workers);
    }
}
