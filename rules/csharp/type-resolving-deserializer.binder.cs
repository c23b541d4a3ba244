using Newtonsoft.Json;

public class KnownTypesOnly
{
    public Shape Read(string json)
    {
        var settings = new JsonSerializerSettings
        {
            // ok: csharp.serialization.type-resolving-deserializer
            TypeNameHandling = TypeNameHandling.Auto,
            SerializationBinder = new ShapeBinder(),
        };
        return JsonConvert.DeserializeObject<Shape>(json, settings);
    }
}
