package dev.gofit.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Verifies a password against a bcrypt hash in Modular Crypt Format. */
@ApplicationScoped
public class PasswordVerifier {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    /** Compared against when the account is unknown, so that both paths cost one bcrypt. */
    private final String dummyHash = BcryptUtil.bcryptHash("not-a-real-password");

    public boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash != null ? hash : dummyHash));
            return factory.verify(stored, password.toCharArray()) && hash != null;
        } catch (Exception e) {
            return false;
        }
    }
}
