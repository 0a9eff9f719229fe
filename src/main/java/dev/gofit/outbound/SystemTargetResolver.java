package dev.gofit.outbound;

import io.quarkus.arc.DefaultBean;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * The JDK resolver (system DNS), bounded to 5 s and 16 lookups at once ({@link TimeBoundResolver});
 * used unless another {@link TargetResolver} bean exists.
 */
@DefaultBean
@ApplicationScoped
public class SystemTargetResolver implements TargetResolver {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int MAX_IN_FLIGHT = 16;

    private final TimeBoundResolver bounded =
            new TimeBoundResolver(host -> List.of(InetAddress.getAllByName(host)), TIMEOUT, MAX_IN_FLIGHT);

    @Override
    public List<InetAddress> resolve(String asciiHost) throws UnknownHostException {
        return bounded.resolve(asciiHost);
    }

    @PreDestroy
    void close() {
        bounded.close();
    }
}
