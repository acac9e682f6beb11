package org.mekong.server.console;

import org.mekong.server.agency.Caller;
import org.mekong.server.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The console's own filter chain, beside the API's key-based one: form login with a session cookie
 * (HttpOnly, SameSite=Strict, 15 minutes idle), CSRF tokens on every form, logout. API keys are not
 * accepted here, and the session cookie is not accepted by the API.
 */
@Configuration
class ConsoleSecurity {

  /** The paths the console serves; everything else belongs to the API's chain. */
  static final String[] PATHS = {
    "/",
    "/login",
    "/logout",
    "/console/**",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/vendor/**",
    "/favicon.ico"
  };

  @Bean
  @Order(1)
  SecurityFilterChain console(HttpSecurity http, ConsoleLogin login, AuditLog audit)
      throws Exception {
    http.securityMatcher(PATHS)
        .authenticationManager(new ProviderManager(login))
        .httpBasic(basic -> basic.disable())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .authenticationDetailsSource(ConsoleLogin.details())
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, failure) -> {
                          String reason =
                              switch (failure) {
                                case ConsoleLogin.ThrottledException t -> "throttled";
                                case LockedException l -> "locked";
                                default -> "credentials";
                              };
                          response.sendRedirect("/login?error=" + reason);
                        })
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .addLogoutHandler(
                        (request, response, authentication) -> {
                          if (authentication != null
                              && authentication.getPrincipal() instanceof Caller caller) {
                            audit.append(
                                caller.auditName(),
                                "console-logout",
                                "account",
                                caller.auditName(),
                                "ok");
                          }
                        })
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies(ConsoleWeb.SESSION_COOKIE))
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login", "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/favicon.ico")
                    .permitAll()
                    .anyRequest()
                    .hasRole("PERSON"))
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
    return http.build();
  }
}
