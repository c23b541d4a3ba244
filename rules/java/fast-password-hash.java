import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public class PasswordStore {

    public byte[] hash(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        // ruleid: java.security.fast-password-hash
        return md.digest(password.getBytes(StandardCharsets.UTF_8));
    }

    public String legacy(String password) {
        // ruleid: java.security.fast-password-hash
        return DigestUtils.sha256Hex(password);
    }

    // --- Safe versions ---

    public String hashSafe(String password) {
        // ok: java.security.fast-password-hash
        return new BCryptPasswordEncoder().encode(password);
    }

    public byte[] checksum(byte[] data) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        // ok: java.security.fast-password-hash
        return md.digest(data);
    }
}
