package dev.gofit.hiring;

import dev.gofit.account.CurrentUser;

/** Who is asking, for the visibility rules: an account id and whether it is an admin. */
public record Viewer(long userId, boolean admin) {

    public static Viewer of(CurrentUser user) {
        return new Viewer(user.id(), user.isAdmin());
    }
}
