package com.example.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class AccountService {
    private final Connection conn;
    private final SecretKey key;

    public AccountService(Connection conn, SecretKey key) {
        this.conn = conn;
        this.key = key;
    }

    public boolean login(String user, String password) throws SQLException, GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("MD5");
        String hash = Base64.getEncoder().encodeToString(md.digest(password.getBytes(StandardCharsets.UTF_8)));
        Statement stmt = conn.createStatement();
        ResultSet rs = stmt.executeQuery(
            "SELECT id FROM accounts WHERE user = '" + user + "' AND hash = '" + hash + "'");
        return rs.next();
    }

    public String encryptToken(String token) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(cipher.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    }

    public Object restorePreferences(String cookie) throws IOException, ClassNotFoundException {
        byte[] data = Base64.getDecoder().decode(cookie);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return in.readObject();
        }
    }

    public Process exportAccount(String user) throws IOException {
        return Runtime.getRuntime().exec("/opt/tools/export.sh " + user);
    }
}
