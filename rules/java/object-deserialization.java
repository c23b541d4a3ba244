import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.Socket;

public class SessionStore {

    public Object readSession(byte[] cookie) throws IOException, ClassNotFoundException {
        // ruleid: java.io.object-deserialization
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(cookie));
        return in.readObject();
    }

    public Object receive(Socket socket) throws IOException, ClassNotFoundException {
        // ruleid: java.io.object-deserialization
        try (ObjectInputStream ois = new ObjectInputStream(socket.getInputStream())) {
            return ois.readObject();
        }
    }

    public Object fromXml(InputStream body) {
        // ruleid: java.io.object-deserialization
        XMLDecoder decoder = new XMLDecoder(body);
        return decoder.readObject();
    }

    public Object readFiltered(byte[] data) throws IOException, ClassNotFoundException {
        // ok: java.io.object-deserialization
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data));
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.Session;!*"));
        return in.readObject();
    }

    public Object receiveFiltered(Socket socket) throws IOException, ClassNotFoundException {
        // ok: java.io.object-deserialization
        try (ObjectInputStream ois = new ObjectInputStream(socket.getInputStream())) {
            ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.*;!*"));
            return ois.readObject();
        }
    }

    public void writeSession(Object session, OutputStream out) throws IOException {
        // ok: java.io.object-deserialization
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(session);
        }
    }
}
