import java.net.PasswordAuthentication;
import java.sql.Connection;
import java.sql.DriverManager;
import javax.crypto.spec.SecretKeySpec;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

public class Database {
    // ruleid: java.lang.hardcoded-credential
    private static final String DB_PASSWORD = "Adm1n!2024";
    // ruleid: java.lang.hardcoded-credential
    private String apiKey = "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY";
    // ok: java.lang.hardcoded-credential
    private static final String PASSWORD_FROM_ENV = System.getenv("DB_PASSWORD");
    // ok: java.lang.hardcoded-credential
    private static final String PASSWORD_PARAM = "password";
    // ok: java.lang.hardcoded-credential
    private String apiKeyPlaceholder = "YOUR_API_KEY";
    // ok: java.lang.hardcoded-credential
    private String tokenType = "Bearer";

    public Connection open(String url) throws Exception {
        // ruleid: java.lang.hardcoded-credential
        return DriverManager.getConnection(url, "root", "toor1234");
    }

    public Connection openFromEnv(String url) throws Exception {
        // ok: java.lang.hardcoded-credential
        return DriverManager.getConnection(url, "root", System.getenv("DB_PASSWORD"));
    }

    public PasswordAuthentication auth() {
        // ruleid: java.lang.hardcoded-credential
        return new PasswordAuthentication("mailer", "m4il3r-pass".toCharArray());
    }

    public String token(String user) {
        // ruleid: java.lang.hardcoded-credential
        Algorithm algorithm = Algorithm.HMAC256("jwt-signing-secret");
        return JWT.create().withSubject(user).sign(algorithm);
    }

    public SecretKeySpec key() {
        // ruleid: java.lang.hardcoded-credential
        return new SecretKeySpec("0123456789abcdef".getBytes(), "AES");
    }

    public void local() {
        // ruleid: java.lang.hardcoded-credential
        String password = "letmein123";
        // ok: java.lang.hardcoded-credential
        String passwordHint = "at least 12 characters";
        System.out.println(password + passwordHint);
    }
}
