import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

public class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        // ruleid: java.spring.csrf-disabled
        http
            .csrf(AbstractHttpConfigurer::disable)
            .formLogin(form -> form.loginPage("/login"));
        return http.build();
    }

    SecurityFilterChain legacy(HttpSecurity http) throws Exception {
        // ruleid: java.spring.csrf-disabled
        http.csrf().disable().authorizeRequests().anyRequest().authenticated();
        return http.build();
    }

    SecurityFilterChain lambda(HttpSecurity http) throws Exception {
        // ruleid: java.spring.csrf-disabled
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }

    // --- Safe versions ---

    SecurityFilterChain api(HttpSecurity http) throws Exception {
        // ok: java.spring.csrf-disabled
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**"));
        return http.build();
    }
}
