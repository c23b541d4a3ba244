import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class Crypto {

    public byte[] encryptLegacy(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java.crypto.weak-cipher
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encryptEcb(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java.crypto.weak-cipher
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encryptDefault(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java.crypto.weak-cipher
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public Cipher tripleDes() throws GeneralSecurityException {
        // ruleid: java.crypto.weak-cipher
        return Cipher.getInstance("DESede");
    }

    public byte[] encryptGcm(SecretKey key, byte[] iv, byte[] data) throws GeneralSecurityException {
        // ok: java.crypto.weak-cipher
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public Cipher rsa() throws GeneralSecurityException {
        // ok: java.crypto.weak-cipher
        return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }

    public Cipher chacha() throws GeneralSecurityException {
        // ok: java.crypto.weak-cipher
        return Cipher.getInstance("ChaCha20-Poly1305");
    }

    public SecretKey desKey() throws GeneralSecurityException {
        // ruleid: java.crypto.weak-cipher
        KeyGenerator keyGen = KeyGenerator.getInstance("DES");
        return keyGen.generateKey();
    }

    public SecretKey tripleDesKey(byte[] raw) throws GeneralSecurityException {
        // ruleid: java.crypto.weak-cipher
        SecretKeyFactory factory = SecretKeyFactory.getInstance("DESede");
        // ruleid: java.crypto.weak-cipher
        return factory.generateSecret(new DESKeySpec(raw));
    }

    public SecretKeySpec rc4Key(byte[] raw) {
        // ruleid: java.crypto.weak-cipher
        return new SecretKeySpec(raw, "RC4");
    }

    public SecretKey aesKey() throws GeneralSecurityException {
        // ok: java.crypto.weak-cipher
        KeyGenerator keyGen = KeyGenerator.getInstance("AES");
        keyGen.init(256);
        return keyGen.generateKey();
    }

    public SecretKeySpec aesSpec(byte[] raw) {
        // ok: java.crypto.weak-cipher
        return new SecretKeySpec(raw, "AES");
    }
}
