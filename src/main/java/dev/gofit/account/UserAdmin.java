package dev.gofit.account;

import dev.gofit.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Map;
import java.util.TreeMap;

/** Adds staff accounts and switches them on and off; shared by the admin pages and the JSON API. */
@ApplicationScoped
public class UserAdmin {

    private final Validator validator;

    public UserAdmin(Validator validator) {
        this.validator = validator;
    }

    /** Every problem with {@code user}, field name → message, sorted; empty when it can be created. */
    @Transactional
    public Map<String, String> problems(NewUser user) {
        Map<String, String> problems = new TreeMap<>();
        validator.validate(user).forEach(v -> problems.merge(v.getPropertyPath().toString(), v.getMessage(),
                (a, b) -> a + "; " + b));
        if (!problems.containsKey("email") && User.findByEmail(user.email()).isPresent()) {
            problems.put("email", "is already used by another account");
        }
        return problems;
    }

    /** Creates the account; call {@link #problems} first (a duplicate e-mail still fails here). */
    @Transactional
    public User create(NewUser user) {
        return User.create(user.email(), user.displayName(), user.password(), user.roles());
    }

    /**
     * Enables or disables an account. A disabled account cannot log in, and its open sessions stop
     * working at the next request. Admins cannot disable themselves (nobody could undo it).
     */
    @Transactional
    public User setEnabled(long id, boolean enabled, Long actingUserId) {
        User user = User.<User>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("user " + id));
        if (!enabled && actingUserId != null && actingUserId == id) {
            throw ProblemException.conflict("You cannot disable your own account.");
        }
        user.enabled = enabled;
        return user;
    }
}
