using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;

public class Cache
{
    public object Load(string path)
    {
        using var stream = File.OpenRead(path);
        var formatter = new BinaryFormatter();
        // ruleid: csharp.serialization.insecure-formatter
        return formatter.Deserialize(stream);
    }

    public object FromBytes(byte[] data)
    {
        using var ms = new MemoryStream(data);
        // ruleid: csharp.serialization.insecure-formatter
        return new BinaryFormatter().Deserialize(ms);
    }

    public T Read<T>(Stream s, BinaryFormatter bf)
    {
        // ruleid: csharp.serialization.insecure-formatter
        return (T)bf.Deserialize(s);
    }

    public T LoadJson<T>(string path)
    {
        using var stream = File.OpenRead(path);
        // ok: csharp.serialization.insecure-formatter
        return JsonSerializer.Deserialize<T>(stream);
    }
}
