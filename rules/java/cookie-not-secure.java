import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cookies {

    public void insecure(HttpServletRequest request, HttpServletResponse response, String str) {
        javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SomeCookie", str);
        // ruleid: java.servlet.cookie-not-secure
        cookie.setSecure(false);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getRequestURI());
        response.addCookie(cookie);
    }

    public void neverSecured(HttpServletResponse response, String token) {
        Cookie session = new Cookie("session", token);
        session.setHttpOnly(true);
        session.setPath("/");
        // ruleid: java.servlet.cookie-not-secure
        response.addCookie(session);
    }

    public void secure(HttpServletResponse response, String token) {
        Cookie session = new Cookie("session", token);
        // ok: java.servlet.cookie-not-secure
        session.setSecure(true);
        session.setHttpOnly(true);
        // ok: java.servlet.cookie-not-secure
        response.addCookie(session);
    }

    public void followsRequest(HttpServletRequest request, HttpServletResponse response, String token) {
        Cookie session = new Cookie("session", token);
        session.setSecure(request.isSecure());
        // ok: java.servlet.cookie-not-secure
        response.addCookie(session);
    }

    public void logout(HttpServletResponse response) {
        Cookie session = new Cookie("session", "");
        session.setMaxAge(0);
        // ok: java.servlet.cookie-not-secure
        response.addCookie(session);
    }
}

class SpringCookies {
    org.springframework.http.ResponseCookie build(String token) {
        // ruleid: java.servlet.cookie-not-secure
        return org.springframework.http.ResponseCookie.from("session", token).httpOnly(true).secure(false).build();
    }

    org.springframework.http.ResponseCookie buildSecure(String token) {
        // ok: java.servlet.cookie-not-secure
        return org.springframework.http.ResponseCookie.from("session", token).httpOnly(true).secure(true).build();
    }
}
