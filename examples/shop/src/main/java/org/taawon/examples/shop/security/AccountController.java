package org.taawon.examples.shop.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and where a fresh login lands: the back office or the cooperative's dashboard. */
@Controller
public class AccountController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/account")
    String account(Authentication authentication) {
        if (authentication == null) {
            return "redirect:/login";
        }
        boolean operator = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + SecurityConfiguration.OPERATOR));
        return operator ? "redirect:/admin" : "redirect:/dashboard";
    }
}
