import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.codec.digest.DigestUtils;

public class Hashes {

    public static byte[] passwordHash(String password) throws NoSuchAlgorithmException {
        // ruleid: java.security.weak-message-digest
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(password.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] tokenDigest(byte[] token) throws NoSuchAlgorithmException {
        // ruleid: java.security.weak-message-digest
        return MessageDigest.getInstance("SHA-1").digest(token);
    }

    public static String legacy(String s) {
        // ruleid: java.security.weak-message-digest
        return DigestUtils.md5Hex(s);
    }

    public static byte[] tokenDigestSafe(byte[] token) throws NoSuchAlgorithmException {
        // ok: java.security.weak-message-digest
        return MessageDigest.getInstance("SHA-256").digest(token);
    }

    public static String modern(String s) {
        // ok: java.security.weak-message-digest
        return DigestUtils.sha256Hex(s);
    }

    public static MessageDigest strong() throws NoSuchAlgorithmException {
        // ok: java.security.weak-message-digest
        return MessageDigest.getInstance("SHA3-256");
    }
}
