package org.taawon.examples.shop.showcase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;

/**
 * A demo login: the operator, or the login of one cooperative. The passwords are public (the README
 * lists them) and only ever stored hashed.
 *
 * @param username    the login
 * @param password    its demo password, in clear, only to be hashed at start
 * @param cooperative the cooperative it acts for, empty for the operator
 */
public record DemoAccount(String username, String password, Optional<CooperativeId> cooperative) {

    public DemoAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(cooperative, "cooperative");
    }

    public boolean isOperator() {
        return cooperative.isEmpty();
    }

    public static List<DemoAccount> all() {
        return List.of(
                new DemoAccount("operator", "operator-2026", Optional.empty()),
                cooperative("tafyoucht", "argan-2026", "coop-tafyoucht"),
                cooperative("izourane", "tapis-2026", "coop-izourane"),
                cooperative("tamount", "couture-2026", "coop-tamount"),
                cooperative("palmeraie", "dattes-2026", "coop-palmeraie"),
                cooperative("nnuqra", "bijoux-2026", "coop-nnuqra"),
                cooperative("azaghar", "plantes-2026", "coop-azaghar"));
    }

    private static DemoAccount cooperative(String username, String password, String cooperative) {
        return new DemoAccount(username, password, Optional.of(CooperativeId.of(cooperative)));
    }
}
