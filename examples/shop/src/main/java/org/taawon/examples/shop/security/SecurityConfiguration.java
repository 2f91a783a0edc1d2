package org.taawon.examples.shop.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.taawon.examples.shop.showcase.DemoAccount;

/**
 * Form login with hashed passwords and CSRF tokens on every form. The storefront is open; the
 * cooperative dashboard needs a cooperative's login, the back office the operator's.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String COOPERATIVE = "COOPERATIVE";
    public static final String OPERATOR = "OPERATOR";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dashboard", "/dashboard/**").hasRole(COOPERATIVE)
                        .requestMatchers("/admin", "/admin/**").hasRole(OPERATOR)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/account", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // Stripe signs its webhook deliveries; it cannot carry a CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/stripe/webhook"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (DemoAccount account : DemoAccount.all()) {
            users.add(User.withUsername(account.username())
                    .password(encoder.encode(account.password()))
                    .roles(account.isOperator() ? OPERATOR : COOPERATIVE)
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
