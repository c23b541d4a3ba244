import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.*;

public class DirectoryServlet extends HttpServlet {
    private DirContext ctx;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String user = req.getParameter("user");
        String filter = "(&(objectClass=person)(uid=" + user + "))";
        // ruleid: java.web.ldap-injection
        NamingEnumeration<SearchResult> r = ctx.search("ou=people,dc=example,dc=com", filter, new SearchControls());

        // ok: java.web.ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + LdapEncoder.filterEncode(user) + ")", new SearchControls());

        // ok: java.web.ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {user}, new SearchControls());

        // ok: java.web.ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(objectClass=person)", new SearchControls());
    }
}

@RestController
class LookupController {
    private final LdapTemplate ldapTemplate;

    LookupController(LdapTemplate ldapTemplate) {
        this.ldapTemplate = ldapTemplate;
    }

    @GetMapping("/lookup")
    public Object lookup(@RequestParam String mail) {
        // ruleid: java.web.ldap-injection
        return ldapTemplate.search("", "(mail=" + mail + ")", (AttributesMapper<String>) a -> a.get("cn").get().toString());
    }
}

// Input from outside the program that is not an HTTP request.
class DirectoryCli {
    void run(DirContext ctx) throws Exception {
        java.io.BufferedReader console = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, "UTF-8"));
        String name = console.readLine();
        // ruleid: java.web.ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(cn=" + name + ")", new SearchControls());
        // ok: java.web.ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(cn={0})", new Object[] {name}, new SearchControls());
    }
}
