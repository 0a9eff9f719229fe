package dev.gofit.takehome;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The JDK resolver (system DNS); used unless another {@link TargetResolver} bean exists. */
@DefaultBean
@ApplicationScoped
public class SystemTargetResolver implements TargetResolver {

    @Override
    public List<InetAddress> resolve(String asciiHost) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(asciiHost));
    }
}
