package org.taawon.examples.shop.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the language and direction, links to the same page in the other
 * languages (its query kept), and who is logged in.
 */
@ControllerAdvice
public class PageModel {

    @ModelAttribute
    public void layout(Model model, HttpServletRequest request) {
        String language = Languages.current();
        model.addAttribute("lang", language);
        model.addAttribute("dir", Languages.isRightToLeft(language) ? "rtl" : "ltr");
        model.addAttribute("path", request.getRequestURI());
        Map<String, String> links = new LinkedHashMap<>();
        for (String other : Languages.SUPPORTED) {
            links.put(other, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("lang", other).build().toUriString());
        }
        model.addAttribute("languageLinks", links);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        model.addAttribute("username", loggedIn ? auth.getName() : null);
        model.addAttribute("isOperator", loggedIn && hasRole(auth, "ROLE_OPERATOR"));
        model.addAttribute("isCooperative", loggedIn && hasRole(auth, "ROLE_COOPERATIVE"));
    }

    private static boolean hasRole(Authentication auth, String role) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
