package org.taawon.examples.shop.security;

import java.security.Principal;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.examples.shop.showcase.DemoAccount;

/**
 * The cooperative a logged-in user acts for. A cooperative's pages take its id from here, never from
 * the request, so no URL can show one cooperative another's data.
 */
@Component
public class CurrentCooperative {

    private final Map<String, CooperativeId> byUsername = DemoAccount.all().stream()
            .filter(a -> a.cooperative().isPresent())
            .collect(Collectors.toUnmodifiableMap(DemoAccount::username, a -> a.cooperative().orElseThrow()));

    public CooperativeId of(Principal principal) {
        if (principal == null || !byUsername.containsKey(principal.getName())) {
            throw new AccessDeniedException("not a cooperative's login");
        }
        return byUsername.get(principal.getName());
    }
}
