package vn.ocop.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal round-robin TCP entry point on the loopback interface for {@code ./run-local.sh --replicas N}: each new
 * client connection goes to the next instance (an instance that refuses the connection is skipped), and bytes are piped
 * both ways until either side closes. Balancing is per connection, so a keep-alive HTTP client stays on one instance.
 */
public final class RoundRobinProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private final ServerSocket server;
    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();

    private RoundRobinProxy(ServerSocket server, List<Integer> backends) {
        this.server = server;
        this.backends = List.copyOf(backends);
    }

    /** Listens on {@code 127.0.0.1:port} and forwards to the instances listening on {@code backendPorts}. */
    public static RoundRobinProxy start(int port, List<Integer> backendPorts) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        RoundRobinProxy proxy = new RoundRobinProxy(server, backendPorts);
        Thread acceptor = new Thread(proxy::accept, "proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread handler = new Thread(() -> forward(client), "proxy-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                // closed, or one failed accept: go on while open
            }
        }
    }

    private void forward(Socket client) {
        Socket backend = connect();
        if (backend == null) {
            close(client);
            return;
        }
        Thread upstream = new Thread(() -> pipe(client, backend), "proxy-upstream");
        upstream.setDaemon(true);
        upstream.start();
        pipe(backend, client);
    }

    private Socket connect() {
        for (int tried = 0; tried < backends.size(); tried++) {
            int port = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
                return socket;
            } catch (IOException e) {
                close(socket); // that instance is down: try the next one
            }
        }
        return null;
    }

    private static void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
