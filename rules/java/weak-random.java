import java.io.IOException;
import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.spec.IvParameterSpec;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Tokens {

    private static final Random RNG = new Random();
    private final SecureRandom secure = new SecureRandom();

    public void rememberMe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        float rand = new java.util.Random().nextFloat();
        // ruleid: java.crypto.weak-random
        String rememberMeKey = Float.toString(rand).substring(2);
        // ruleid: java.crypto.weak-random
        Cookie cookie = new Cookie("rememberMe", rememberMeKey);
        cookie.setSecure(true);
        // ruleid: java.crypto.weak-random
        request.getSession().setAttribute("rememberMe", rememberMeKey);
        response.addCookie(cookie);
    }

    public void sessionValue(HttpServletRequest request) {
        double value = java.lang.Math.random();
        String v = Double.toString(value);
        // ruleid: java.crypto.weak-random
        request.getSession().setAttribute("key", v);
    }

    public void cookieBytes(HttpServletResponse response) {
        byte[] bytes = new byte[10];
        new java.util.Random().nextBytes(bytes);
        String encoded = java.util.Base64.getEncoder().encodeToString(bytes);
        // ruleid: java.crypto.weak-random
        response.addCookie(new Cookie("id", encoded));
    }

    public IvParameterSpec iv() {
        byte[] ivBytes = new byte[16];
        RNG.nextBytes(ivBytes);
        // ruleid: java.crypto.weak-random
        return new IvParameterSpec(ivBytes);
    }

    public String generateResetToken() {
        long l = RNG.nextLong();
        // ruleid: java.crypto.weak-random
        return Long.toHexString(l);
    }

    public String generatePassword(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        // ruleid: java.crypto.weak-random
        return sb.toString();
    }

    public void otp(User user) {
        Random random = new Random();
        int code = 100000 + random.nextInt(900000);
        // ruleid: java.crypto.weak-random
        user.setOtp(String.valueOf(code));
        // ruleid: java.crypto.weak-random
        String sessionId = "s" + random.nextInt();
        user.setName(sessionId);
    }

    public String generateApiKey(String a, String b, String c, String d) {
        // Method declarations with `...` parameters do not parse as patterns
        // yet; four parameters are not spelled out.
        // todoruleid: java.crypto.weak-random
        return a + b + c + d + RNG.nextInt();
    }

    // --- Safe versions ---

    public void rememberMeSecure(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[16];
        secure.nextBytes(bytes);
        String key = java.util.Base64.getEncoder().encodeToString(bytes);
        // ok: java.crypto.weak-random
        Cookie cookie = new Cookie("rememberMe", key);
        // ok: java.crypto.weak-random
        request.getSession().setAttribute("rememberMe", key);
        response.addCookie(cookie);
    }

    public String generateToken() {
        // ok: java.crypto.weak-random
        return UUID.randomUUID().toString();
    }

    public void rememberMeSecureRandom(HttpServletRequest request) throws Exception {
        java.util.Random numGen = java.security.SecureRandom.getInstance("SHA1PRNG");
        double rand = getNextNumber(numGen);
        String rememberMeKey = Double.toString(rand).substring(2);
        // ok: java.crypto.weak-random
        request.getSession().setAttribute("rememberMe", rememberMeKey);
    }

    double getNextNumber(java.util.Random generator) {
        return generator.nextDouble();
    }

    public int rollDice() {
        // ok: java.crypto.weak-random
        return RNG.nextInt(6) + 1;
    }

    public void shuffleDelay(HttpServletRequest request) throws InterruptedException {
        int delay = new Random().nextInt(500);
        Thread.sleep(delay);
        // ok: java.crypto.weak-random
        request.getSession().setAttribute("visits", 1);
        // ok: java.crypto.weak-random
        String cacheKey = "item-" + RNG.nextInt(100);
        System.out.println(cacheKey);
    }

    static class User {
        void setOtp(String otp) {}
        void setName(String name) {}
    }
}
