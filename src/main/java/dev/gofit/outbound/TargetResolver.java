package dev.gofit.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to all its addresses; tests replace it so no real DNS is asked. */
public interface TargetResolver {

    List<InetAddress> resolve(String asciiHost) throws UnknownHostException;
}
