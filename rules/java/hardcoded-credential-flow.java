import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.PasswordAuthentication;
import java.sql.Connection;
import java.sql.DriverManager;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.kerberos.KerberosKey;
import javax.security.auth.kerberos.KerberosPrincipal;

public class Credentials {
    Connection open(boolean production) throws Exception {
        String password = "";
        if (production) {
            password = "s3cr3t-Pa55";
        }
        // ruleid: java.lang.hardcoded-credential-flow
        return DriverManager.getConnection("jdbc:postgresql://db/app", "app", password);
    }

    PasswordAuthentication proxy() {
        String secret = "hunter22";
        // ruleid: java.lang.hardcoded-credential-flow
        return new PasswordAuthentication("proxy", secret.toCharArray());
    }

    SecretKeySpec key() throws Exception {
        String material = "0123456789abcdef";
        // ruleid: java.lang.hardcoded-credential-flow
        return new SecretKeySpec(material.getBytes("UTF-8"), "AES");
    }

    KerberosKey kerberos(KerberosPrincipal principal) {
        String pw = "Winter2024!";
        // ruleid: java.lang.hardcoded-credential-flow
        return new KerberosKey(principal, pw.toCharArray(), null);
    }

    Connection fromEnvironment() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        // ok: java.lang.hardcoded-credential-flow
        return DriverManager.getConnection("jdbc:postgresql://db/app", "app", password);
    }

    Connection fromConsole() throws Exception {
        String password = "";
        try {
            BufferedReader console = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
            password = console.readLine();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        // ok: java.lang.hardcoded-credential-flow
        return DriverManager.getConnection("jdbc:postgresql://db/app", "app", password);
    }

    PasswordAuthentication fromVault(Vault vault) {
        String secret = vault.read("proxy-password");
        // ok: java.lang.hardcoded-credential-flow
        return new PasswordAuthentication("proxy", secret.toCharArray());
    }

    interface Vault {
        String read(String name);
    }
}
