package dev.gofit.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port, with Quarkus Mailer pointed at it (not the mock):
 * e-mail is on for the test classes that use this resource.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.from", "GoFit <gofit@test.gofit>",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false",
                // A fresh connection per message: GreenMail ends idle sessions, and a pooled one it
                // has ended made a send wait 30 s and fail with 421.
                "quarkus.mailer.keep-alive", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static GreenMail server() {
        return server;
    }

    /**
     * The messages for one address once there are {@code count} of them (GreenMail stores a message on
     * its own thread after the SMTP exchange, so a check right after a send may be early); fails after 20 s.
     */
    public static List<MimeMessage> await(String address, int count) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> to(address), received -> received.size() >= count);
    }

    /** The messages received so far for one address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of the part of {@code type} ("text/plain" or "text/html") of a message, however it is nested. */
    public static String part(MimeMessage message, String type) throws Exception {
        String found = find(message.getContent(), type);
        return found == null ? GreenMailUtil.getBody(message) : found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
